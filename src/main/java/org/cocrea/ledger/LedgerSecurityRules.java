package org.cocrea.ledger;

import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A public initiative's ledger and its CSV are readable anonymously, as the initiative is (the controller asks the
 * initiatives API per request and answers 404 otherwise); the rest of the ledger needs a signed-in person.
 */
@Component
class LedgerSecurityRules implements SecurityRules {
    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET, "/ledger/initiatives/{id:\\d+}", "/ledger/initiatives/{id:\\d+}/entries.csv")
                .permitAll();
    }
}
