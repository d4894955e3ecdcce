package org.cocrea.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The step-up (issue 19, ADR 0027), on every signed-in request after {@link SessionStamps} has put the account's
 * current rights in the session:
 * <ul>
 *   <li>a person who signed in with a password and has a second factor owes its code: until they give it, every page
 *       but the second factor's own (and signing out) sends them to {@code /second-factor};
 *   <li>a professional or an administrator (by the rights the account has now, so a promotion in an open session
 *       counts) opens an individual plan ({@code /plans/**}, {@code /api/plans/**}) or administers anything
 *       ({@code /admin/**}, {@code /organisations/**}) only in a session that passed the second factor; else they
 *       are sent to enter their code, or to set one up if they have none.
 * </ul>
 * Not a bean, so that the servlet container does not run it a second time.
 */
final class SecondFactorGate extends OncePerRequestFilter {
    private final SecondFactors factors;

    SecondFactorGate(SecondFactors factors) {
        this.factors = factors;
    }

    /** Where the step-up is asked for. */
    static boolean guarded(String path) {
        return path.equals("/plans")
                || path.startsWith("/plans/")
                || path.startsWith("/api/plans")
                || path.equals("/admin")
                || path.startsWith("/admin/")
                || path.startsWith("/organisations/");
    }

    /** What a person who still owes their code may reach. */
    static boolean open(String path) {
        return path.equals("/second-factor")
                || path.startsWith("/second-factor/")
                // Passing it with a passkey (ADR 0031): its options, then the sign-in with it.
                || path.equals("/webauthn/authenticate/options")
                || path.equals("/login/webauthn")
                || path.equals("/logout")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/webjars/")
                || path.equals("/favicon.ico")
                || path.equals("/error")
                || path.equals("/language");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CocreaUser user) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            var session = request.getSession(false);
            if (!open(path) && !SecondFactors.passed(authentication)) {
                boolean owes = SecondFactors.pending(session, user.id());
                if (owes || (guarded(path) && factors.mustHave(user))) {
                    if ("GET".equals(request.getMethod())) {
                        String query = request.getQueryString();
                        request.getSession()
                                .setAttribute(SecondFactorController.RETURN, query == null ? path : path + "?" + query);
                    }
                    String target = owes || factors.has(user.id()) ? "/second-factor" : "/second-factor/setup";
                    response.sendRedirect(request.getContextPath() + target);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
