package org.cocrea.accounts;

import java.time.OffsetDateTime;

/**
 * A passkey as its owner sees it in their profile (ADR 0031): its credential id (base64url), the name they gave it,
 * when it was added and when it was last used (null: never). Public only because compiled templates read it.
 */
public record PasskeyView(String id, String label, OffsetDateTime created, OffsetDateTime lastUsed) {}
