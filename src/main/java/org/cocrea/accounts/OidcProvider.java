package org.cocrea.accounts;

/**
 * An OpenID Connect provider as the sign-in and registration pages offer it (ADR 0029).
 *
 * @param id the provider's id in the configuration; its button leads to {@code /login/oidc/<id>}
 * @param label the button's words
 * @param logo the image shown beside them, or empty
 */
public record OidcProvider(String id, String label, String logo) {}
