package org.cocrea.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import oidcprovider.TestOidcProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real port with three OpenID Connect providers configured, all served by the tests' own
 * provider ({@link TestOidcProvider}, ADR 0029): {@code test}, {@code consent} (asks for consent) and {@code slow} (its
 * codes live a second). Cocrea is reached as {@code 127.0.0.1} (the provider refuses {@code localhost} redirect URIs,
 * as OAuth 2.1 says) and the provider as {@code localhost}, so their cookies never mix. The second factor is required of
 * professionals and administrators, as in production. All such tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "cocrea.security.require-second-factor=true",
            "cocrea.oidc.providers.test.client-id=cocrea",
            "cocrea.oidc.providers.test.client-secret=secret-of-cocrea",
            "cocrea.oidc.providers.test.label=Test ID",
            "cocrea.oidc.providers.test.logo=/img/cocrea.svg",
            "cocrea.oidc.providers.consent.client-id=cocrea-consent",
            "cocrea.oidc.providers.consent.client-secret=secret-of-cocrea-consent",
            "cocrea.oidc.providers.consent.label=Consent ID",
            "cocrea.oidc.providers.slow.client-id=cocrea-slow",
            "cocrea.oidc.providers.slow.client-secret=secret-of-cocrea-slow",
            "cocrea.oidc.providers.slow.label=Slow ID"
        })
@ContextConfiguration(initializers = OidcTest.Provider.class)
@ActiveProfiles("test")
public @interface OidcTest {
    /** Starts the provider before the application and registers the application's clients once its port is known. */
    final class Provider implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var provider = TestOidcProvider.get();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "oidc-test-provider",
                            Map.of(
                                    "cocrea.oidc.providers.test.issuer", provider.issuer(),
                                    "cocrea.oidc.providers.consent.issuer", provider.issuer(),
                                    "cocrea.oidc.providers.slow.issuer", provider.issuer())));
            context.addApplicationListener(event -> {
                if (event instanceof WebServerInitializedEvent started
                        && !"management".equals(started.getApplicationContext().getServerNamespace())) {
                    provider.allow("http://127.0.0.1:" + started.getWebServer().getPort());
                }
            });
        }
    }
}
