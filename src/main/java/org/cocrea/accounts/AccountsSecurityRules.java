package org.cocrea.accounts;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cocrea.platform.SecurityRules;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
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
    private final OidcProviders providers;
    private final OidcSignIn oidcSignIn;

    AccountsSecurityRules(
            PersonRepository people,
            SignIn signIn,
            SecondFactors factors,
            PasskeyRepository passkeys,
            WebAuthnRelyingPartyOperations passkeyOperations,
            PublicKeyCredentialRpEntity passkeyRelyingParty,
            OidcProviders providers,
            OidcAccounts oidcAccounts,
            Residents residents) {
        this.stamps = new SessionStamps(people, signIn);
        this.secondFactor = new SecondFactorGate(factors);
        this.passkeyGuard = new PasskeyGuard(factors, signIn);
        this.passkeySignIn = new PasskeySignIn(passkeyOperations, passkeys, people, signIn);
        this.relyingParty = passkeyRelyingParty;
        this.providers = providers;
        this.oidcSignIn = new OidcSignIn(oidcAccounts, residents, signIn, providers);
    }

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        "/login", "/register", "/verify", "/password/forgot", "/password/reset", "/login/oidc/**")
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
        oidc(http);
    }

    /**
     * With OpenID Connect providers configured (ADR 0029): Spring Security's OAuth2 login (authorization code with
     * PKCE even for a confidential client, state, nonce, the ID token's signature checked against the issuer's keys),
     * whose outcome {@link OidcSignIn} turns into an account's sign-in or a clear error; signing out also ends the
     * provider's session. Without providers nothing changes.
     */
    private void oidc(HttpSecurity http) throws Exception {
        if (!providers.any()) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(providers)
                .authorizedClientRepository(new NothingKept())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver()))
                .successHandler(oidcSignIn)
                .failureHandler(oidcSignIn));
        http.logout(logout -> logout.addLogoutHandler(oidcSignIn).logoutSuccessHandler(oidcSignIn));
    }

    @Override
    public List<String> formActionOrigins() {
        return providers.origins();
    }

    /** PKCE on every authorization request; an unknown or undiscoverable provider is no authorization request. */
    private OAuth2AuthorizationRequestResolver resolver() {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(providers, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                try {
                    return resolver.resolve(request);
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                try {
                    return resolver.resolve(request, registrationId);
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
            }
        };
    }

    /**
     * The provider's access and refresh tokens are of no use to Cocrea once the person is known: none is kept in the
     * session (the ID token alone is, as the hint of the provider's sign-out).
     */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
