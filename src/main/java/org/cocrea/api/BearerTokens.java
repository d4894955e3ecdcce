package org.cocrea.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} on every request of the JSON API and puts the token's caller in the
 * security context for this request only (the API's chain keeps no session). A request without the header goes
 * on anonymously; one with a bad token ends here with a 401 JSON answer. Not a bean, so that the servlet container
 * does not run it a second time.
 */
final class BearerTokens extends OncePerRequestFilter {
    private final ApiTokens tokens;

    BearerTokens(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null) {
            try {
                if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    throw new ApiProblem(401, "invalid_token", "Send the token as 'Authorization: Bearer <token>'.");
                }
                var caller = tokens.authenticate(header.substring(7).strip(), request.getRemoteAddr());
                var authorities = caller.scopes().stream()
                        .map(s -> new SimpleGrantedAuthority("SCOPE_" + s.code()))
                        .toList();
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities));
                SecurityContextHolder.setContext(context);
            } catch (ApiProblem problem) {
                write(response, problem);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        response.setStatus(problem.status());
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.json());
    }
}
