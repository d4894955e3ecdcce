package org.cocrea.meetings;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Meetings of public initiatives, their .ics files and the public initiative feed are readable anonymously (the
 * controllers ask the initiatives API per request); so is a personal feed, whose token in the path is its key.
 */
@Component
class MeetingsSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/meetings/{id:\\d+}",
                        "/meetings/{id:\\d+}/meeting/{meeting:\\d+}",
                        "/meetings/{id:\\d+}/meeting/{meeting:\\d+}.ics",
                        "/meetings/initiative/{initiative:\\d+}/calendar.ics",
                        "/meetings/calendar/{token:[A-Za-z0-9_-]+}.ics")
                .permitAll();
    }
}
