package org.cocrea.platform;

import jakarta.servlet.Filter;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL authorisation rules. Rules of all modules are applied before the platform's
 * catch-all "authenticated", so every route is decided server-side.
 */
public interface SecurityRules {
    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

    /**
     * Filters run on every request once the session's sign-in is known and its CSRF token checked, before
     * any authorisation decision: e.g. the accounts module ends or refreshes a session whose account changed.
     */
    default List<Filter> sessionChecks() {
        return List.of();
    }

    /**
     * Anything else a module sets on the one security chain, once the routes' rules are applied: e.g. the accounts
     * module's passkey endpoints ({@code http.webAuthn(...)}).
     */
    default void configure(HttpSecurity http) throws Exception {}
}
