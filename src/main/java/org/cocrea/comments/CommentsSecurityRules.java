package org.cocrea.comments;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Threads of public initiatives are readable anonymously; the controller asks the initiatives API each time. */
@Component
class CommentsSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/comments/initiative/{initiative:\\d+}",
                        "/comments/tool/{instance:\\d+}/{kind}/{item:\\d+}")
                .permitAll();
    }
}
