package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.ChosenLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in with a passkey (ADR 0031), in place of Spring Security's WebAuthn provider and JSON handlers on
 * {@code POST /login/webauthn}:
 * <ul>
 *   <li>the assertion is checked by Spring Security's relying party (webauthn4j: challenge, origin, relying party id,
 *       signature, user verification required); then the passkey must still exist and its account be one that may
 *       sign in, read from the database now (a removed passkey or a deleted account opens nothing);
 *   <li>the session's person is the account's {@link CocreaUser}, as after a password, and the sign-in passes the
 *       second factor: a passkey with user verification is two factors by itself;
 *   <li>the answer is the JSON Spring Security's script expects ({@code authenticated}, {@code redirectUrl}): the page
 *       the step-up interrupted, or the one asked for before signing in, or the home page.
 * </ul>
 * Not a bean: sign-in with a password goes through the one {@code AuthenticationProvider} bean.
 */
final class PasskeySignIn
        implements AuthenticationProvider, AuthenticationSuccessHandler, AuthenticationFailureHandler {
    private static final Logger log = LoggerFactory.getLogger(PasskeySignIn.class);
    private static final JsonMapper JSON = new JsonMapper();

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final PasskeyRepository passkeys;
    private final PersonRepository people;
    private final SignIn signIn;

    PasskeySignIn(
            WebAuthnRelyingPartyOperations relyingParty,
            PasskeyRepository passkeys,
            PersonRepository people,
            SignIn signIn) {
        this.relyingParty = relyingParty;
        this.passkeys = passkeys;
        this.people = people;
        this.signIn = signIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var request = ((WebAuthnAuthenticationRequestToken) authentication).getWebAuthnRequest();
        var credentialId = request.getPublicKey().getRawId();
        try {
            relyingParty.authenticate(request);
        } catch (RuntimeException refused) {
            log.info("Passkey sign-in refused: {}", refused.getMessage());
            throw new BadCredentialsException("passkey", refused);
        }
        // Removed while it was being checked, or its account deleted: it opens nothing.
        long personId = passkeys.personOf(credentialId).orElseThrow(() -> {
            log.info("Passkey sign-in refused: the passkey was removed or its account deleted");
            return new BadCredentialsException("passkey");
        });
        var person = people.findById(personId).filter(p -> !p.deleted());
        var credentials = people.credentials(personId);
        if (person.isEmpty() || credentials.isEmpty()) {
            throw new BadCredentialsException("passkey");
        }
        var user = CocreaUser.of(
                person.get(),
                credentials.get().passwordHash(),
                false,
                credentials.get().stamps());
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            log.info("Passkey sign-in of person {} refused: the account may not sign in", personId);
            throw new BadCredentialsException("passkey");
        }
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(SecondFactors.PASSED));
        return UsernamePasswordAuthenticationToken.authenticated(user.withoutCredentials(), null, authorities);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var user = (CocreaUser) authentication.getPrincipal();
        String next = SecondFactorController.next(request, response);
        ChosenLanguage.remember(request, response, user.language());
        // A new session id, the second factor passed, a step owed after a password settled.
        signIn.passSecondFactor(user, request, response);
        log.info("Person {} signed in with a passkey", user.id());
        var body = new LinkedHashMap<String, Object>();
        body.put("authenticated", true);
        body.put("redirectUrl", request.getContextPath() + next);
        write(response, HttpServletResponse.SC_OK, body);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        write(response, HttpServletResponse.SC_UNAUTHORIZED, Map.of("authenticated", false, "error", "failed"));
    }

    static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
