package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.platform.ChosenLanguage;
import org.springframework.security.authentication.LockedException;
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
 * Everything around signing in: the person's language is applied, failures are counted for
 * throttling, and a programmatic sign-in (after registration) renews the session id like a form
 * sign-in does.
 */
@Component
class SignIn extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {
    private final LoginThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignIn(LoginThrottle throttle) {
        this.throttle = throttle;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof CocreaUser user) {
            throttle.clear(user.email());
            ChosenLanguage.remember(request, response, user.language());
            replacePrincipal(user.withoutCredentials(), request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        String reason = "bad";
        if (exception instanceof LockedException) {
            reason = "locked";
        } else if (email != null && !email.isBlank()) {
            throttle.recordFailure(email);
        }
        var flash = new org.springframework.web.servlet.FlashMap();
        flash.put("email", email == null ? "" : email.length() > 254 ? email.substring(0, 254) : email);
        flash.setTargetRequestPath("/login");
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    /** Signs the person in from code (after registration), with a new session id against fixation. */
    void signIn(CocreaUser user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        ChosenLanguage.remember(request, response, user.language());
        replacePrincipal(user.withoutCredentials(), request, response);
    }

    /** Puts an up-to-date principal in the session, e.g. after a profile change. */
    void replacePrincipal(CocreaUser user, HttpServletRequest request, HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
