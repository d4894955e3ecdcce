package oidcprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the tests (ADR 0029): Spring Authorization Server in its own small Spring
 * application on its own port, with discovery, the authorization code flow with PKCE required, consent where a
 * client asks for it, signed ID tokens, a user-info endpoint and RP-initiated logout. It lives outside
 * {@code org.cocrea} so that the application's component scan never picks it up, and it names its session cookie
 * {@code PROVIDERSESSION}: besides, the tests reach it as {@code localhost} and Cocrea as {@code 127.0.0.1}, so the
 * two never share cookies.
 *
 * <p>Three clients: {@code cocrea} (no consent page), {@code cocrea-consent} (asks for consent) and {@code
 * cocrea-slow} (an authorization code lives one second).
 */
public final class TestOidcProvider {
    /** A person who can sign in at the provider, with the claims it sends about them. */
    public record Person(
            String username, String password, String email, boolean emailVerified, String name, String fiscalNumber) {}

    private static TestOidcProvider started;

    private final ConfigurableApplicationContext context;
    private final int port;

    private TestOidcProvider() {
        this.context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        "spring.config.name=oidc-test-provider",
                        "server.port=0",
                        "server.servlet.session.cookie.name=PROVIDERSESSION",
                        "spring.main.banner-mode=off",
                        "logging.level.org.springframework.security=INFO")
                .run();
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The one provider of this test run, started at the first call. */
    public static synchronized TestOidcProvider get() {
        if (started == null) {
            started = new TestOidcProvider();
        }
        return started;
    }

    public String issuer() {
        return "http://localhost:" + port;
    }

    /** Registers the clients for Cocrea answering at {@code appBase} (e.g. {@code http://127.0.0.1:8080}). */
    public void allow(String appBase) {
        var clients = context.getBean(InMemoryRegisteredClientRepository.class);
        clients.save(client("cocrea", "test", appBase, false, Duration.ofMinutes(5)));
        clients.save(client("cocrea-consent", "consent", appBase, true, Duration.ofMinutes(5)));
        clients.save(client("cocrea-slow", "slow", appBase, false, Duration.ofSeconds(1)));
    }

    private static RegisteredClient client(
            String clientId, String registrationId, String appBase, boolean consent, Duration codeLife) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret("{noop}secret-of-" + clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(appBase + "/login/oauth2/code/" + registrationId)
                .postLogoutRedirectUri(appBase + "/?signedOut")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(consent)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .authorizationCodeTimeToLive(codeLife)
                        .build())
                .build();
    }

    /** Adds a person who can sign in at the provider. */
    public Person add(Person person) {
        var people = context.getBean(People.class);
        people.byName.put(person.username(), person);
        context.getBean(InMemoryUserDetailsManager.class)
                .createUser(User.withUsername(person.username())
                        .password("{noop}" + person.password())
                        .roles("USER")
                        .build());
        return person;
    }

    /** A new person with a unique username, an e-mail claim and no fiscal code. */
    public Person newPerson(String email, boolean emailVerified, String fiscalNumber) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        return add(new Person(username, "provider-password", email, emailVerified, "Test " + username, fiscalNumber));
    }

    /**
     * From now on ID tokens are signed with a key the provider does not publish (a forged or tampered token, as
     * Cocrea sees it), until called again with false.
     */
    public void forgeIdTokens(boolean forge) {
        context.getBean(People.class).forge = forge;
    }

    /** The provider's people and whether its ID tokens are forged now. */
    static final class People {
        final Map<String, Person> byName = new ConcurrentHashMap<>();
        volatile boolean forge;
    }

    @EnableWebSecurity
    @ImportAutoConfiguration({
        org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
        org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class
    })
    static class Application {
        @Bean
        People people() {
            return new People();
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(routes -> routes.anyRequest().authenticated())
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .exceptionHandling(
                            errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(routes -> routes.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        InMemoryRegisteredClientRepository registeredClients() {
            // A placeholder until the tests' Cocrea is up and allow(...) registers the real clients.
            return new InMemoryRegisteredClientRepository(
                    client("placeholder", "none", "http://127.0.0.1:1", false, Duration.ofMinutes(5)));
        }

        @Bean
        RSAKey publishedKey() throws Exception {
            return new RSAKeyGenerator(2048).keyID("published").generate();
        }

        @Bean
        JWKSource<SecurityContext> jwkSource(RSAKey publishedKey) throws Exception {
            RSAKey forger = new RSAKeyGenerator(2048).keyID("forger").generate();
            var publishedSet = new JWKSet(publishedKey);
            var forgerSet = new JWKSet(forger);
            // The key set endpoint and every ordinary signature see the published key alone; a token whose header
            // names the forger's key is signed with that key, which nobody can verify.
            return (selector, securityContext) -> {
                var keyIds = selector.getMatcher().getKeyIDs();
                return selector.select(keyIds != null && keyIds.contains("forger") ? forgerSet : publishedSet);
            };
        }

        @Bean
        JwtDecoder jwtDecoder(RSAKey publishedKey) throws Exception {
            return org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withPublicKey(publishedKey.toRSAPublicKey())
                    .build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(People people) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                var person = people.byName.get(context.getPrincipal().getName());
                if (person != null) {
                    context.getClaims().claim("name", person.name());
                    if (person.email() != null) {
                        context.getClaims().claim("email", person.email());
                        context.getClaims().claim("email_verified", person.emailVerified());
                    }
                    if (person.fiscalNumber() != null) {
                        context.getClaims().claim("fiscal_number", person.fiscalNumber());
                    }
                }
                if (people.forge) {
                    context.getJwsHeader().keyId("forger");
                }
            };
        }
    }
}
