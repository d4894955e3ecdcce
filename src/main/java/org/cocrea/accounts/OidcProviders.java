package org.cocrea.accounts;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The configured OpenID Connect providers as Spring Security's OAuth2 client uses them. Each provider's endpoints and
 * keys come from its issuer's discovery document, read at the first sign-in with it (not at start-up, so that a
 * provider down when Cocrea starts only stops sign-in with that provider) and kept once read.
 */
@Component
@EnableConfigurationProperties(OidcSettings.class)
class OidcProviders implements ClientRegistrationRepository {
    private static final Logger log = LoggerFactory.getLogger(OidcProviders.class);

    private final OidcSettings settings;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    OidcProviders(OidcSettings settings) {
        this.settings = settings;
    }

    boolean any() {
        return !settings.providers().isEmpty();
    }

    /** The providers as the pages show them, in the configuration's order. */
    List<OidcProvider> choices() {
        return settings.providers().entrySet().stream()
                .map(e -> new OidcProvider(
                        e.getKey(),
                        e.getValue().label() == null || e.getValue().label().isBlank()
                                ? e.getKey()
                                : e.getValue().label(),
                        e.getValue().logo() == null ? "" : e.getValue().logo()))
                .toList();
    }

    Optional<OidcProvider> choice(String id) {
        return choices().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The origins of the providers' issuers, where signing out may lead (their end-session endpoints). */
    List<String> origins() {
        return settings.providers().values().stream()
                .map(p -> origin(p.issuer()))
                .filter(o -> !o.isEmpty())
                .distinct()
                .toList();
    }

    private static String origin(String issuer) {
        try {
            var uri = URI.create(issuer == null ? "" : issuer.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The provider's registration, discovering it if not done yet; null if unknown or its issuer cannot be read. */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (registrationId == null) {
            return null;
        }
        var known = discovered.get(registrationId);
        if (known != null) {
            return known;
        }
        var provider = settings.providers().get(registrationId);
        if (provider == null) {
            return null;
        }
        try {
            var registration = ClientRegistrations.fromIssuerLocation(provider.issuer())
                    .registrationId(registrationId)
                    .clientId(provider.clientId())
                    .clientSecret(provider.clientSecret())
                    .scope(provider.scopes())
                    .clientName(provider.label() == null ? registrationId : provider.label())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
            discovered.put(registrationId, registration);
            return registration;
        } catch (RuntimeException e) {
            log.warn(
                    "OpenID Connect provider {} cannot be discovered at {}: {}",
                    registrationId,
                    provider.issuer(),
                    e.getMessage());
            return null;
        }
    }
}
