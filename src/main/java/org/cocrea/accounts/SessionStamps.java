package org.cocrea.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights follow the account, not the session (issue 11, findings 2 and 3). On every request of a signed-in
 * person the account's stamps are read from the database (one primary-key query), so a change made on any
 * node reaches every session at its next request:
 * <ul>
 *   <li>a changed rights stamp (kind, admin flag, organisation) puts the current rights in the session;
 *   <li>a changed credentials stamp (password changed or reset) or a deleted account ends the session.
 * </ul>
 * It runs in Spring Security's chain right after the session's authentication is loaded, before any
 * authorisation decision. Not a bean, so that the servlet container does not run it a second time.
 */
final class SessionStamps extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(SessionStamps.class);

    private final PersonRepository people;
    private final SignIn signIn;

    SessionStamps(PersonRepository people, SignIn signIn) {
        this.people = people;
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CocreaUser user) {
            var current = people.stamps(user.id());
            if (current.isEmpty() || current.get().credentials() != user.credentialsVersion()) {
                log.info("Session of person {} ended: the account was deleted or its password changed", user.id());
                new SecurityContextLogoutHandler().logout(request, response, authentication);
            } else if (current.get().rights() != user.rightsVersion()) {
                var person = people.findById(user.id()).orElseThrow();
                log.info(
                        "Rights of person {} refreshed in an open session: admin {}, kind {}",
                        user.id(),
                        person.admin(),
                        person.kind().code());
                signIn.replacePrincipal(
                        CocreaUser.of(person, null, false, current.get()).withoutCredentials(), request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
