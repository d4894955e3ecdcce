package org.cocrea.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID Connect providers people may sign in with (ADR 0029), under {@code cocrea.oidc.providers.<id>}; none by
 * default, and then the sign-in and registration pages are as without this feature.
 *
 * @param providers by the id that names each in its redirect URI ({@code /login/oauth2/code/<id>})
 */
@ConfigurationProperties("cocrea.oidc")
record OidcSettings(Map<String, Provider> providers) {
    OidcSettings {
        providers = providers == null ? Map.of() : new LinkedHashMap<>(providers);
    }

    /**
     * @param issuer the issuer URL; its {@code /.well-known/openid-configuration} is read at the first sign-in
     * @param clientId the client id Cocrea is registered with at the provider
     * @param clientSecret its secret
     * @param scopes the scopes asked for ({@code openid profile email} unless set)
     * @param label the button's words, e.g. "SPID / CIE"
     * @param logo the path of an image on this site (or a {@code data:} URL) shown on the button; may be empty
     */
    record Provider(
            String issuer,
            String clientId,
            String clientSecret,
            @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
            String label,
            @DefaultValue("") String logo) {}
}
