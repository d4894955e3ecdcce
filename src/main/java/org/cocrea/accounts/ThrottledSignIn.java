package org.cocrea.accounts;

import org.cocrea.platform.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a sign-in's password only after taking a slot for its account address and its network address
 * ({@link AccountLimits}), so a burst of parallel guesses on any number of nodes gets at most the limit of
 * password checks. The slot is taken before the account is looked up, so known and unknown addresses are
 * delayed alike, and the password check itself (Spring's, which also spends the same time on unknown
 * addresses) answers "bad credentials" for both.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {
    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    /** Thrown when the sign-in waits for its delay; the page says "try again in a moment". */
    static final class Delayed extends AuthenticationException {
        Delayed() {
            super("too many sign-in attempts");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final Throttle throttle;

    ThrottledSignIn(CocreaUserDetailsService users, PasswordEncoder encoder, Throttle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = AccountService.normaliseEmail(authentication.getName());
        if (email.length() > 254) {
            email = email.substring(0, 254);
        }
        String network = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        if (!throttle.tryAcquire(AccountLimits.SIGN_IN_NETWORK, network)) {
            log.info("Sign-in delayed: too many failed attempts from one network address");
            throw new Delayed();
        }
        if (!throttle.tryAcquire(AccountLimits.SIGN_IN_ACCOUNT, email)) {
            log.info("Sign-in delayed: too many failed attempts for one account address");
            throw new Delayed();
        }
        Authentication signedIn = passwords.authenticate(authentication);
        throttle.reset(AccountLimits.SIGN_IN_ACCOUNT, email);
        throttle.release(AccountLimits.SIGN_IN_NETWORK, network);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
