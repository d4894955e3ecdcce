package org.cocrea.initiatives;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reading is open to everybody at the URL level; what each person may see is decided per initiative by
 * {@link Initiatives}. Every change needs a signed-in person (the platform's catch-all).
 */
@Component
class InitiativesSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/initiatives",
                        "/initiatives/{id:\\d+}",
                        "/typology",
                        "/api/initiatives",
                        "/api/initiatives/{id:\\d+}",
                        "/api/typology",
                        "/openapi.yaml",
                        "/proposals",
                        "/proposals/{id:\\d+}")
                .permitAll();
    }
}
