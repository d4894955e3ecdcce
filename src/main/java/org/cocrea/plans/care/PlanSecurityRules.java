package org.cocrea.plans.care;

import org.cocrea.platform.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Open at the filter so that an anonymous visitor gets the same "not found" as any outsider instead of a
 * login redirect, which would reveal that a plan exists; the controller refuses everyone outside the plan.
 */
@Component
class PlanSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/plans/**").permitAll();
    }
}
