package org.cocrea.map;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Maps of public initiatives are readable anonymously; the controller asks the initiatives API per request. */
@Component
class MapSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/map/{tool:\\d+}",
                        "/map/{tool:\\d+}/features/{feature:\\d+}",
                        "/map/{tool:\\d+}/export.geojson")
                .permitAll();
    }
}
