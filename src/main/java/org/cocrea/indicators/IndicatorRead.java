package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;

/**
 * A reading of an indicator, published inside the storing transaction for the evidence module: where it was read
 * (initiative, instance, phase), which indicator and objective, the value with the baseline and target it is
 * judged against, the direction that says which way is better, the day it refers to, the reading's id (the
 * evidence module keeps each reading once by it), and the indicator's name and unit as the facilitator wrote them.
 */
public record IndicatorRead(
        long initiativeId,
        long instanceId,
        Phase phase,
        long indicatorId,
        Objective objective,
        BigDecimal value,
        BigDecimal baseline,
        BigDecimal target,
        Direction direction,
        LocalDate on,
        long readingId,
        String name,
        String unit) {}
