package org.cocrea.pacts;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The registers, their maps, the pacts' pages and PDFs of public initiatives are readable anonymously; the controller
 * asks the initiatives API per instance. The form and every change need a signed-in person.
 */
@Component
class PactsSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/pacts",
                        "/pacts/map.geojson",
                        "/pacts/{id:\\d+}",
                        "/pacts/{id:\\d+}/map.geojson",
                        "/pacts/{id:\\d+}/{pact:\\d+}",
                        "/pacts/{id:\\d+}/{pact:\\d+}/pact.pdf")
                .permitAll();
    }
}
