package org.cocrea.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Around Spring Security's passkey registration endpoints (ADR 0031), on every request after {@link SecondFactorGate}:
 * <ul>
 *   <li>a person who has a second factor adds or removes a passkey only in a session that passed it: a password alone
 *       never changes the second factor (as for the authenticator app, ADR 0027);
 *   <li>a passkey added by a person who had no second factor passes it for the session, as setting up the app does;
 *   <li>a name refused, or an answer of the browser that does not verify, is a 400 with a reason the page shows, never
 *       a 500; nothing is stored then.
 * </ul>
 * Not a bean, so that the servlet container does not run it a second time.
 */
final class PasskeyGuard extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(PasskeyGuard.class);

    static final String REGISTER = "/webauthn/register";
    static final String REGISTER_OPTIONS = "/webauthn/register/options";

    private final SecondFactors factors;
    private final SignIn signIn;

    PasskeyGuard(SecondFactors factors, SignIn signIn) {
        this.factors = factors;
        this.signIn = signIn;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals(REGISTER) && !path.startsWith(REGISTER + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof CocreaUser user)) {
            // Not signed in: Spring Security answers (400 for options, the sign-in page for the rest).
            chain.doFilter(request, response);
            return;
        }
        boolean passed = SecondFactors.passed(authentication);
        if (!passed && factors.has(user.id())) {
            log.info("Passkeys of person {} not changed: the session has not passed the second factor", user.id());
            PasskeySignIn.write(response, HttpServletResponse.SC_FORBIDDEN, Map.of("error", "secondFactorFirst"));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod()) || !path.equals(REGISTER)) {
            chain.doFilter(request, response);
            return;
        }
        var answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (PasskeyRepository.LabelRefused refused) {
            PasskeySignIn.write(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", "label"));
            return;
        } catch (RuntimeException refused) {
            log.info("Passkey of person {} not added: {}", user.id(), refused.getMessage());
            PasskeySignIn.write(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", "failed"));
            return;
        }
        if (answer.getStatus() == HttpServletResponse.SC_OK) {
            log.info("Person {} added a passkey", user.id());
            if (!passed) {
                // Made with user verification by a person who had no second factor: it is theirs now, as an app set
                // up is (ADR 0027). A new session id, before the answer is sent.
                signIn.passSecondFactor(user, request, response);
            }
        } else if (answer.getContentSize() == 0) {
            answer.setContentType("application/json");
            answer.getWriter().write("{\"error\":\"failed\"}");
        }
        answer.copyBodyToResponse();
    }
}
