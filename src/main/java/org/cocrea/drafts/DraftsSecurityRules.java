package org.cocrea.drafts;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Shared drafts of public initiatives are readable anonymously; the controller asks the initiatives API per request. */
@Component
class DraftsSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/drafts/{id:\\d+}",
                        "/drafts/{id:\\d+}/{doc:\\d+}",
                        "/drafts/{id:\\d+}/{doc:\\d+}/document.pdf",
                        "/drafts/{id:\\d+}/{doc:\\d+}/amendments/{amendment:\\d+}",
                        "/drafts/{id:\\d+}/{doc:\\d+}/versions",
                        "/drafts/{id:\\d+}/{doc:\\d+}/versions/{n:\\d{1,9}}",
                        "/drafts/{id:\\d+}/{doc:\\d+}/compare")
                .permitAll();
    }
}
