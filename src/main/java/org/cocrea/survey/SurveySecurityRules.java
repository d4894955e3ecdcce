package org.cocrea.survey;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A public initiative's survey page, and its results and downloads once published, are readable anonymously; the
 * controller asks the initiatives API per instance. Answering and building need a signed-in person, except answering
 * with a voting code.
 */
@Component
class SurveySecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/survey/{id:\\d+}",
                        "/survey/{id:\\d+}/results",
                        "/survey/{id:\\d+}/export.csv",
                        "/survey/{id:\\d+}/export.json")
                .permitAll();
        // Holders of a voting code answer without an account (ADR 0033); the controller opens the instance as usual.
        routes.requestMatchers("/survey/{id:\\d+}/code").permitAll();
    }
}
