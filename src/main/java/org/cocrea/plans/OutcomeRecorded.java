package org.cocrea.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cocrea.initiatives.Phase;

/**
 * An individual plan's outcome after a goal's GAS score or an outcome-ladder reading was recorded, published inside
 * the storing transaction for the evidence module (issue 18, ADR 0028): which scale, where (initiative, tool instance
 * and its phase), the plan's first value (the summary GAS T-score on the first scoring day, or the first ladder
 * reading's mean 1–10) and its latest, each with its day. It names nobody and carries no goal or area text: only
 * the two figures the portfolio needs. {@code revision} is the highest score or reading id of the plan, so the
 * evidence module keeps one row per plan and scale and only a higher revision replaces it; the same event twice, or
 * an older one arriving late, changes nothing.
 */
public record OutcomeRecorded(
        Scale scale,
        long initiativeId,
        long instanceId,
        Phase phase,
        long revision,
        LocalDate firstOn,
        BigDecimal first,
        LocalDate latestOn,
        BigDecimal latest) {

    /** Goal attainment scaling (summary T-score) or the outcome ladder (mean of the areas, 1–10). */
    public enum Scale {
        GAS,
        LADDER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
