package org.cocrea.rating;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** A rating of a public initiative is readable anonymously (published results); rating needs a signed-in person. */
@Component
class RatingSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/rating/{id:\\d+}").permitAll();
    }
}
