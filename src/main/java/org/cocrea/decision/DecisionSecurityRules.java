package org.cocrea.decision;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Decisions of public initiatives are readable anonymously; the controller asks the initiatives API per instance. */
@Component
class DecisionSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/decision/{id:\\d+}", "/decision/{id:\\d+}/{decision:\\d+}")
                .permitAll();
    }
}
