package org.cocrea.tracking;

import java.time.OffsetDateTime;

/**
 * A facilitator recorded progress on a tracked result (one dated update: status, per cent, money spent); published
 * in the recording transaction, for the organisations' webhooks. No author, no text, no photo.
 */
public record ProjectProgressed(
        long initiativeId,
        long instanceId,
        long resultId,
        long updateId,
        ResultStatus status,
        int progress,
        long spentCents,
        OffsetDateTime at) {}
