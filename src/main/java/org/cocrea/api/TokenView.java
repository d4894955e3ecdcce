package org.cocrea.api;

import java.time.OffsetDateTime;
import java.util.List;

/** (Public for the templates.) One of the person's API tokens as their page lists it; never the token itself. */
public record TokenView(
        long id,
        String name,
        List<String> scopes,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime revokedAt,
        OffsetDateTime lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expired() {
        return !expiresAt.isAfter(OffsetDateTime.now());
    }
}
