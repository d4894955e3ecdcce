package org.cocrea.commissioning;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Budgets of public initiatives and their results are readable anonymously; every change needs a sign-in. */
@Component
class BudgetSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET, "/budget/{id:\\d+}", "/budget/{id:\\d+}/results", "/budget/{id:\\d+}/export.pb")
                .permitAll();
        routes.requestMatchers(HttpMethod.POST, "/budget/{id:\\d+}/total").permitAll();
        // Holders of a one-time voting code vote without an account.
        routes.requestMatchers("/budget/{id:\\d+}/code").permitAll();
    }
}
