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

    SignIn() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof CocreaUser user) {
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
        // The same two answers whether or not the address has an account: wrong, or wait a moment.
        String reason = exception instanceof ThrottledSignIn.Delayed ? "wait" : "bad";
        var flash = new org.springframework.web.servlet.FlashMap();
        flash.put("email", email == null ? "" : email.length() > 254 ? email.substring(0, 254) : email);
        flash.setTargetRequestPath("/login");
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
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
