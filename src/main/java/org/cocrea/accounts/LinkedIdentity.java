package org.cocrea.accounts;

import java.time.OffsetDateTime;

/**
 * An identity at an OpenID Connect provider as its owner sees it among their ways to sign in (ADR 0029): the
 * provider's id, its label (the id when the provider is no longer configured) and when it was connected. Public only
 * because compiled templates read it.
 */
public record LinkedIdentity(String provider, String label, OffsetDateTime linkedAt) {}
