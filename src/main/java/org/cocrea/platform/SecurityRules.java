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
     * Further configuration of the one security chain, after every module's route rules: e.g. the accounts module
     * adds passkeys ({@code http.webAuthn(...)}), sign-in through OpenID Connect providers and what signing out
     * does with them.
     */
    default void configure(HttpSecurity http) throws Exception {}

    /**
     * Origins other than the site's own that a form may lead to through a redirect ({@code form-action} of the
     * content security policy): e.g. an identity provider's end-session endpoint after signing out.
     */
    default List<String> formActionOrigins() {
        return List.of();
    }
}
