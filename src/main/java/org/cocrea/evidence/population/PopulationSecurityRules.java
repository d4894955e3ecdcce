package org.cocrea.evidence.population;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A public initiative's comparison is readable anonymously, as the initiative is (the service asks the initiatives
 * API per request and answers 404 otherwise); the other population pages need a signed-in person.
 */
@Component
class PopulationSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/evidence/initiatives/{id:\\d+}/representation")
                .permitAll();
    }
}
