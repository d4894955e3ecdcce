package org.cocrea.tracking;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Tracked results are open data: their pages and exports are readable without signing in; the controllers ask the
 * initiatives API per instance (404 for an initiative the reader may not see), and the organisation-wide page
 * shows public initiatives only.
 */
@Component
class TrackingSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/tracking",
                        "/tracking/export.csv",
                        "/tracking/export.json",
                        "/tracking/{id:\\d+}",
                        "/tracking/{id:\\d+}/export.csv",
                        "/tracking/{id:\\d+}/export.json",
                        "/tracking/{id:\\d+}/{result:\\d+}")
                .permitAll();
    }
}
