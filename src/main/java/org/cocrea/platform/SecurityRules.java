package org.cocrea.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL authorisation rules. Rules of all modules are applied before the platform's
 * catch-all "authenticated", so every route is decided server-side.
 */
public interface SecurityRules {
    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
