package org.cocrea.accounts;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.cocrea.platform.Throttle;
import org.cocrea.platform.Throttle.Limit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (issue 19, ADR 0027): a TOTP authenticator with ten single-use recovery codes, or a passkey
 * (ADR 0031: signing in with one passes it, and so does using one after a password). Who must pass it,
 * and what the session remembers once they did, is decided here; {@link SecondFactorGate} applies it on every request.
 */
@Service
@EnableConfigurationProperties(SecondFactorSettings.class)
class SecondFactors {
    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

    /**
     * The authority a session's sign-in carries once its person passed the second factor (kept when the account's
     * rights are refreshed, dropped by signing out).
     */
    static final String PASSED = "FACTOR_SECOND";

    /** Session attribute: the id of a person who signed in with a password and still owes their code. */
    static final String PENDING = "cocrea.secondFactor.pending";

    /** Session attribute: a secret being set up, until a code from it confirms it. */
    static final String SETTING_UP = "cocrea.secondFactor.settingUp";

    /** Five wrong codes per person in a quarter of an hour, then none is checked until it has passed. */
    static final Limit WRONG_CODES = Limit.hard("second-factor", 5, Duration.ofMinutes(15));

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactorRepository repository;
    private final PasskeyRepository passkeys;
    private final SecondFactorSettings settings;
    private final Throttle throttle;
    private final Clock clock;

    SecondFactors(
            SecondFactorRepository repository,
            PasskeyRepository passkeys,
            SecondFactorSettings settings,
            Throttle throttle,
            org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.passkeys = passkeys;
        this.settings = settings;
        this.throttle = throttle;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Professionals and administrators, by the rights their account has now. */
    boolean mustHave(CocreaUser user) {
        return settings.requireSecondFactor() && (user.professional() || user.admin());
    }

    /** Whether the person has a second factor: an authenticator app or a passkey (ADR 0031). */
    boolean has(long personId) {
        return repository.has(personId) || passkeys.has(personId);
    }

    /** Whether the person has an authenticator app (TOTP), whose codes the second factor's page then asks for. */
    boolean hasApp(long personId) {
        return repository.has(personId);
    }

    boolean hasPasskey(long personId) {
        return passkeys.has(personId);
    }

    static boolean passed(org.springframework.security.core.Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> PASSED.equals(a.getAuthority()));
    }

    static boolean pending(HttpSession session, long personId) {
        return session != null && Long.valueOf(personId).equals(session.getAttribute(PENDING));
    }

    static void clearSteps(HttpSession session) {
        session.removeAttribute(PENDING);
        session.removeAttribute(SETTING_UP);
    }

    /** Whether the code is a current code of the person's authenticator not accepted before; spends it if so. */
    @Transactional
    boolean checkCode(long personId, String code) {
        String key = Long.toString(personId);
        if (!throttle.tryAcquire(WRONG_CODES, key)) {
            log.info("Second factor of person {} not checked: too many wrong codes", personId);
            return false;
        }
        var authenticator = repository.authenticator(personId);
        if (authenticator.isEmpty()) {
            return false;
        }
        long step = Totp.matchingStep(authenticator.get().secret(), code, clock.instant());
        if (step < 0 || step <= authenticator.get().lastStep() || !repository.spend(personId, step)) {
            log.info("Second factor of person {} refused: a wrong, old or already used code", personId);
            return false;
        }
        throttle.reset(WRONG_CODES, key);
        return true;
    }

    /** Whether the recovery code is one of the person's unused ones; uses it up if so. */
    @Transactional
    boolean useRecoveryCode(long personId, String code) {
        String key = Long.toString(personId);
        if (!throttle.tryAcquire(WRONG_CODES, key)) {
            log.info("Recovery code of person {} not checked: too many wrong codes", personId);
            return false;
        }
        if (code == null || code.length() > 40 || !repository.useRecoveryCode(personId, hash(code), clock.instant())) {
            log.info("Recovery code of person {} refused", personId);
            return false;
        }
        log.info(
                "Person {} signed in with a recovery code; {} left",
                personId,
                repository.unusedRecoveryCodes(personId));
        throttle.reset(WRONG_CODES, key);
        return true;
    }

    /**
     * Confirms a new authenticator with a code from it: stored with ten new recovery codes (returned to be shown
     * once), replacing any earlier one; null if the code does not match the secret.
     */
    @Transactional
    List<String> enrol(long personId, String secret, String code) {
        long step = Totp.matchingStep(secret, code, clock.instant());
        if (step < 0) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = newRecoveryCode();
            codes.add(recovery);
            hashes.add(hash(recovery));
        }
        repository.enrol(personId, secret, step, hashes, clock.instant());
        log.info("Person {} set up an authenticator app as second factor", personId);
        return codes;
    }

    int unusedRecoveryCodes(long personId) {
        return repository.unusedRecoveryCodes(personId);
    }

    /** Ten letters and digits that cannot be mistaken for each other, in two groups: {@code abcde-fghjk}. */
    static String newRecoveryCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /** SHA-256 of the code as typed, ignoring case, spaces and dashes. */
    static String hash(String code) {
        String normalised = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
