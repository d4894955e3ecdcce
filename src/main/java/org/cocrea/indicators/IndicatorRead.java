package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;

/**
 * A reading of an indicator, published inside the storing transaction for the evidence module: where it was read
 * (initiative, instance, phase), which indicator and objective, the value with the baseline and target it is
 * judged against, the direction that says which way is better, and the day it refers to.
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
        LocalDate on) {}
