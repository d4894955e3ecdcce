package org.cocrea.platform.admin;

import org.cocrea.platform.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The static pages are for everyone, signed in or not (terms and privacy already are, in the platform's rules). */
@Component
class PagesSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/about", "/accessibility").permitAll();
    }
}
