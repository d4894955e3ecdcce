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
    private final org.springframework.security.web.savedrequest.RequestCache requestCache =
            new org.springframework.security.web.savedrequest.HttpSessionRequestCache();

    private final SecondFactors secondFactors;
    private final OidcAccounts oidc;

    SignIn(SecondFactors secondFactors, OidcAccounts oidc) {
        this.secondFactors = secondFactors;
        this.oidc = oidc;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof CocreaUser user
                && oidc.linkPending(request.getSession(), user.id())) {
            // ADR 0029: the password proved the person holds this account; their provider identity now opens it.
            var flash = new org.springframework.web.servlet.FlashMap();
            flash.put("notice", "oidc.linked");
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        }
        signedIn(authentication, request, response);
    }

    /** A person signed in with a password: their language applies, and the second factor is asked or set up. */
    void signedIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof CocreaUser user) {
            String step = secondFactorStep(user, request, response);
            if (step != null) {
                response.sendRedirect(request.getContextPath() + step);
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * Signs in the account's person after an OpenID Connect provider vouched for them (ADR 0029), as a password does:
     * a new session id, their language, the second factor asked or its setting up guided to. Returns where to go next:
     * that step, the page saved before signing in, or the home page.
     */
    String signInThroughProvider(CocreaUser user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        String step = secondFactorStep(user, request, response);
        if (step != null) {
            return step;
        }
        var saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return "/";
    }

    private String secondFactorStep(CocreaUser user, HttpServletRequest request, HttpServletResponse response) {
        ChosenLanguage.remember(request, response, user.language());
        replacePrincipal(user.withoutCredentials(), request, response);
        // Issue 19: with a second factor the first factor alone opens nothing until the code is given; a
        // professional or administrator without one is guided to set it up.
        if (secondFactors.has(user.id())) {
            request.getSession().setAttribute(SecondFactors.PENDING, user.id());
            return "/second-factor";
        }
        if (secondFactors.mustHave(user)) {
            return "/second-factor/setup";
        }
        return null;
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
