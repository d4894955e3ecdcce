package org.cocrea.pacts;

import java.time.OffsetDateTime;

/**
 * Every party of a pact has signed its current text (the last matching signature was just given; the pact becomes
 * active once the office approved it too); published in the signing transaction, for the organisations' webhooks.
 * {@code textSha256} is the signed text's hash, so a re-signing after an edit is another event.
 */
public record PactSigned(long initiativeId, long instanceId, long pactId, String textSha256, OffsetDateTime signedAt) {}
