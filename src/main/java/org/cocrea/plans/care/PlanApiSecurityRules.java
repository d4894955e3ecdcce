package org.cocrea.plans.care;

import org.cocrea.platform.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Like the plan pages, the plan API answers an anonymous caller with "not found", not a login redirect. */
@Component
class PlanApiSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/api/plans/**").permitAll();
    }
}
