package org.cocrea.initiatives.web;

import org.cocrea.initiatives.Initiatives;
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
public class InitiativesSecurityRules implements SecurityRules {
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
                        "/petitions",
                        "/petitions/{id:\\d+}",
                        // the old addresses answer a permanent redirect to the new ones (OldProposalAddresses)
                        "/proposals",
                        "/proposals/**")
                .permitAll();
    }
}
