/**
 * Indicators (issue 18): each tied to one of an initiative's declared objectives, with unit, direction, baseline,
 * target and readings over time, entered by facilitators or taken from a {@link org.cocrea.indicators.MeasureSource}
 * that another module offers (a survey question, the contribution ledger, the individual plan's scores).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Indicators tool",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.indicators;
