package org.cocrea.accounts;

import jakarta.servlet.Filter;
import java.util.List;
import org.cocrea.platform.SecurityRules;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

@Component
class AccountsSecurityRules implements SecurityRules {
    private final SessionStamps stamps;
    private final SecondFactorGate secondFactor;
    private final PasskeyGuard passkeyGuard;
    private final PasskeySignIn passkeySignIn;
    private final PublicKeyCredentialRpEntity relyingParty;

    AccountsSecurityRules(
            PersonRepository people,
            SignIn signIn,
            SecondFactors factors,
            PasskeyRepository passkeys,
            WebAuthnRelyingPartyOperations passkeyOperations,
            PublicKeyCredentialRpEntity passkeyRelyingParty) {
        this.stamps = new SessionStamps(people, signIn);
        this.secondFactor = new SecondFactorGate(factors);
        this.passkeyGuard = new PasskeyGuard(factors, signIn);
        this.passkeySignIn = new PasskeySignIn(passkeyOperations, passkeys, people, signIn);
        this.relyingParty = passkeyRelyingParty;
    }

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/login", "/register", "/verify", "/password/forgot", "/password/reset")
                .permitAll();
    }

    @Override
    public List<Filter> sessionChecks() {
        // The account's current rights first, then the step-up that depends on them, then passkeys' changes.
        return List.of(stamps, secondFactor, passkeyGuard);
    }

    /**
     * Passkeys (ADR 0031): Spring Security's WebAuthn endpoints with the relying party of {@link PasskeyConfiguration}
     * (found as a bean, with its repositories), without its own registration page (the profile has one), and with
     * Cocrea's sign-in in place of its provider and JSON handlers ({@link PasskeySignIn}).
     */
    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.webAuthn(webAuthn -> webAuthn.rpName(relyingParty.getName())
                .rpId(relyingParty.getId())
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(new ProviderManager(passkeySignIn));
                        filter.setAuthenticationSuccessHandler(passkeySignIn);
                        filter.setAuthenticationFailureHandler(passkeySignIn);
                        return filter;
                    }
                }));
    }
}
