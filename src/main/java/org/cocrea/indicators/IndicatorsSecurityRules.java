package org.cocrea.indicators;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Indicators of public initiatives are readable anonymously; the controller asks the initiatives API per instance. */
@Component
class IndicatorsSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/indicators/{id:\\d+}", "/indicators/{id:\\d+}/{indicator:\\d+}")
                .permitAll();
    }
}
