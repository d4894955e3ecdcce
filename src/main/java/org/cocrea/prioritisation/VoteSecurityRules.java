package org.cocrea.prioritisation;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Votes of public initiatives, their results and the anonymised ballots are readable anonymously. */
@Component
class VoteSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET, "/vote/{id:\\d+}", "/vote/{id:\\d+}/results", "/vote/{id:\\d+}/ballots.csv")
                .permitAll();
    }
}
