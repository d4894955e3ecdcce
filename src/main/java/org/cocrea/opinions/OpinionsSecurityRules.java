package org.cocrea.opinions;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Conversations of public initiatives are readable anonymously; the controller asks the initiatives API. */
@Component
class OpinionsSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/opinions/{id:\\d+}",
                        "/opinions/{id:\\d+}/statements",
                        "/opinions/{id:\\d+}/results")
                .permitAll();
    }
}
