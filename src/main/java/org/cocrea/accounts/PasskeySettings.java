package org.cocrea.accounts;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passkeys (ADR 0031).
 *
 * @param rpId {@code cocrea.security.passkeys.rp-id}: the relying party id, the host name passkeys are bound to
 *     (the host of {@code cocrea.base-url} when unset); a passkey made for one id never works for another
 * @param origins {@code cocrea.security.passkeys.origins}: the addresses (scheme, host and port) pages asking for a
 *     passkey may be served from (the origin of {@code cocrea.base-url} when unset)
 */
@ConfigurationProperties("cocrea.security.passkeys")
record PasskeySettings(
        @DefaultValue("") String rpId, @DefaultValue List<String> origins) {

    /** The relying party id: the one set, or the base address's host. */
    String rpId(URI baseUrl) {
        return rpId.isBlank() ? baseUrl.getHost() : rpId.strip();
    }

    /** The allowed origins: those set, or the base address's own. */
    Set<String> origins(URI baseUrl) {
        if (origins != null && origins.stream().anyMatch(o -> !o.isBlank())) {
            return Set.copyOf(origins.stream()
                    .map(String::strip)
                    .filter(o -> !o.isEmpty())
                    .map(PasskeySettings::origin)
                    .toList());
        }
        return Set.of(origin(baseUrl.toString()));
    }

    /** The origin of an address: scheme, host and a port only when it is not the scheme's default. */
    static String origin(String address) {
        URI uri = URI.create(address);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "cocrea.security.passkeys.origins must be addresses such as https://cocrea.example.org; '" + address
                            + "' is not one");
        }
        int port = uri.getPort();
        boolean defaultPort = port < 0
                || ("https".equals(uri.getScheme()) && port == 443)
                || ("http".equals(uri.getScheme()) && port == 80);
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }
}
