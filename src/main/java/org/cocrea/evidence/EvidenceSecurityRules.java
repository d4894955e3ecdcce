package org.cocrea.evidence;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A public initiative's evidence and the public open data are readable anonymously (the controller asks the
 * initiatives API per request and answers 404 otherwise); the portfolio and an organisation's open data need a
 * signed-in person.
 */
@Component
class EvidenceSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/evidence/initiatives/{id:\\d+}", "/evidence/opendata.zip")
                .permitAll();
    }
}
