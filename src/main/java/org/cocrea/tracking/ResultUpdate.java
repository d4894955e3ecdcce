package org.cocrea.tracking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * (Public because the precompiled templates read it.) One dated update of a result: what was written, the status,
 * progress and money spent after it, and the photo, if any. The author is null for the demo's.
 */
public record ResultUpdate(
        long id,
        long resultId,
        Long authorId,
        OffsetDateTime postedAt,
        String body,
        ResultStatus status,
        int progress,
        long spentCents,
        Long imageId) {
    public BigDecimal spent() {
        return BigDecimal.valueOf(spentCents, 2);
    }
}
