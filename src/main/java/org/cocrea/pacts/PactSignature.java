package org.cocrea.pacts;

import java.time.OffsetDateTime;

/**
 * (Public because the precompiled templates read it.) A party's signature: the hash of the text they signed and
 * whether it still matches the pact's text as it is now.
 */
public record PactSignature(long personId, String contentSha256, OffsetDateTime signedAt, boolean stillMatches) {}
