package org.cocrea.ideas;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Proposals of public initiatives are readable anonymously; the controllers ask the initiatives API per request. */
@Component
class IdeasSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/ideas/{tool:\\d+}",
                        "/ideas/{tool:\\d+}/{idea:\\d+}",
                        "/ideas/{tool:\\d+}/{idea:\\d+}/files/{file:\\d+}")
                .permitAll();
    }
}
