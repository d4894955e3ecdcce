package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cocrea.initiatives.Objective;

/** (Public because the precompiled templates read it.) An indicator as defined by a facilitator. */
public record Indicator(
        long id,
        long instanceId,
        Objective objective,
        String name,
        String unit,
        Direction direction,
        BigDecimal baseline,
        LocalDate baselineOn,
        BigDecimal target,
        LocalDate targetOn,
        String source,
        String method,
        String measureKey) {

    public Progress progress(BigDecimal latest) {
        return Progress.of(baseline, target, latest);
    }
}
