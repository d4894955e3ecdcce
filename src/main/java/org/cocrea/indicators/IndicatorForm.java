package org.cocrea.indicators;

/** (Public because the precompiled templates read it.) A new indicator as typed. */
public record IndicatorForm(
        String objective,
        String name,
        String unit,
        String direction,
        String baseline,
        String baselineOn,
        String target,
        String targetOn,
        String source,
        String method,
        String measure) {
    public static IndicatorForm empty() {
        return new IndicatorForm("", "", "", "higher", "", "", "", "", "", "", "");
    }
}
