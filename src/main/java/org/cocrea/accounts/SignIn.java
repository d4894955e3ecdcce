package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.platform.ChosenLanguage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Everything around signing in: the person's language is applied, failures are told apart only as
 * "wrong" or "wait" ({@link ThrottledSignIn} counts them).
 */
@Component
class SignIn extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final SecondFactors secondFactors;

    SignIn(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof CocreaUser user) {
            ChosenLanguage.remember(request, response, user.language());
            replacePrincipal(user.withoutCredentials(), request, response);
            // Issue 19: with a second factor the password alone opens nothing until the code is given; a
            // professional or administrator without one is guided to set it up.
            if (secondFactors.has(user.id())) {
                request.getSession().setAttribute(SecondFactors.PENDING, user.id());
                response.sendRedirect(request.getContextPath() + "/second-factor");
                return;
            }
            if (secondFactors.mustHave(user)) {
                response.sendRedirect(request.getContextPath() + "/second-factor/setup");
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        // The same two answers whether or not the address has an account: wrong, or wait a moment.
        String reason = exception instanceof ThrottledSignIn.Delayed ? "wait" : "bad";
        var flash = new org.springframework.web.servlet.FlashMap();
        flash.put("email", email == null ? "" : email.length() > 254 ? email.substring(0, 254) : email);
        flash.setTargetRequestPath("/login");
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    /**
     * Puts an up-to-date principal in the session, e.g. after a profile change; a second factor the session passed
     * stays passed.
     */
    void replacePrincipal(CocreaUser user, HttpServletRequest request, HttpServletResponse response) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        boolean passed = current != null
                && current.getPrincipal() instanceof CocreaUser signedIn
                && signedIn.id() == user.id()
                && SecondFactors.passed(current);
        store(user, passed, request, response);
    }

    /** The session's person passed the second factor: its sign-in carries {@link SecondFactors#PASSED} from now on. */
    void passSecondFactor(CocreaUser user, HttpServletRequest request, HttpServletResponse response) {
        SecondFactors.clearSteps(request.getSession());
        // A new session id once the second factor is passed, as at sign-in.
        request.changeSessionId();
        store(user, true, request, response);
    }

    private void store(
            CocreaUser user, boolean secondFactor, HttpServletRequest request, HttpServletResponse response) {
        var authorities =
                new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(user.getAuthorities());
        if (secondFactor) {
            authorities.add(
                    new org.springframework.security.core.authority.SimpleGrantedAuthority(SecondFactors.PASSED));
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
