package org.cocrea.shifts;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Activities and shifts of public initiatives are readable anonymously (the controllers ask the initiatives API per
 * request; sign-ups and names are never on those pages for visitors); so is a personal feed, whose token is its key.
 */
@Component
class ShiftsSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/shifts/{id:\\d+}",
                        "/shifts/{id:\\d+}/activity/{activity:\\d+}",
                        "/shifts/{id:\\d+}/shift/{shift:\\d+}",
                        "/shifts/calendar/{token:[A-Za-z0-9_-]+}.ics")
                .permitAll();
    }
}
