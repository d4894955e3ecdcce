package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * (Public because the precompiled templates read it.) One reading: value, day, note, the progress computed when it
 * was read (raw), and, when taken from a measure source, its key and how many people the value came from.
 */
public record IndicatorReading(
        long id,
        long indicatorId,
        BigDecimal value,
        LocalDate on,
        String note,
        BigDecimal progress,
        String sourceKey,
        Integer people) {
    public Progress progressOf() {
        return new Progress(progress);
    }
}
