package org.cocrea.accounts;

import jakarta.servlet.Filter;
import java.util.List;
import org.cocrea.platform.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class AccountsSecurityRules implements SecurityRules {
    private final SessionStamps stamps;
    private final SecondFactorGate secondFactor;

    AccountsSecurityRules(PersonRepository people, SignIn signIn, SecondFactors factors) {
        this.stamps = new SessionStamps(people, signIn);
        this.secondFactor = new SecondFactorGate(factors);
    }

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/login", "/register", "/verify", "/password/forgot", "/password/reset")
                .permitAll();
    }

    @Override
    public List<Filter> sessionChecks() {
        // The account's current rights first, then the step-up that depends on them.
        return List.of(stamps, secondFactor);
    }
}
