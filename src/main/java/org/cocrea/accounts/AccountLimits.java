package org.cocrea.accounts;

import java.time.Duration;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Throttle.Limit;
import org.springframework.stereotype.Component;

/**
 * How often anyone may try to sign in, ask for reset mails or create accounts (issue 11, findings 6–9). Each
 * limit is counted per account address and per network address in {@link org.cocrea.platform.Throttle}, so it
 * holds across nodes. Sign-in is never locked: past the limit, attempts are spaced by growing delays, the same
 * for addresses with and without an account.
 */
@Component
class AccountLimits {
    /** Five free attempts a day per account address, then 1 s, 2 s, 4 s... at most 15 minutes apart. */
    static final Limit SIGN_IN_ACCOUNT =
            Limit.growingDelays("sign-in-account", 5, Duration.ofDays(1), Duration.ofMinutes(15));

    /** Failed sign-ins from one network address (successes give their slot back), then growing delays. */
    static final Limit SIGN_IN_NETWORK =
            Limit.growingDelays("sign-in-network", 50, Duration.ofHours(1), Duration.ofMinutes(15));

    /** Reset mails to one address per hour; past it the page answers as usual and no mail goes out. */
    static final Limit RESET_ACCOUNT = Limit.hard("reset-account", 3, Duration.ofHours(1));

    /** Confirmation mails to one account per hour, the registration's included (the resend button's limit). */
    static final Limit VERIFICATION_MAILS =
            Limit.hard("verification-mail", AccountService.VERIFY_MAILS_PER_HOUR, Duration.ofHours(1));

    /** "Someone tried to register with your address" mails to one owner per day. */
    static final Limit REGISTRATION_NOTICE = Limit.hard("registration-notice", 3, Duration.ofDays(1));

    private final Limit registrationsPerNetwork;
    private final Limit resetsPerNetwork;

    AccountLimits(CocreaSettings settings) {
        int registrationsPerDay = settings.limits().registrationsPerAddressPerDay();
        int resetsPerHour = settings.limits().passwordResetsPerAddressPerHour();
        this.registrationsPerNetwork =
                Limit.hard("registration-network", Math.max(1, registrationsPerDay), Duration.ofDays(1));
        this.resetsPerNetwork = Limit.hard("reset-network", Math.max(1, resetsPerHour), Duration.ofHours(1));
    }

    /**
     * Reset requests from one network address per hour
     * ({@code cocrea.limits.password-resets-per-address-per-hour}).
     */
    Limit resetsPerNetwork() {
        return resetsPerNetwork;
    }

    /** Registrations from one network address per day ({@code cocrea.limits.registrations-per-address-per-day}). */
    Limit registrationsPerNetwork() {
        return registrationsPerNetwork;
    }
}
