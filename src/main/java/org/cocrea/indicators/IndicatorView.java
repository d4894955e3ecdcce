package org.cocrea.indicators;

import java.util.List;

/**
 * (Public because the precompiled templates read it.) An indicator with its readings, oldest first, the latest
 * (null before the first) and the progress that reading stored.
 */
public record IndicatorView(Indicator indicator, List<IndicatorReading> readings) {
    public IndicatorReading latest() {
        return readings.isEmpty() ? null : readings.get(readings.size() - 1);
    }

    public Progress progress() {
        var latest = latest();
        return latest == null ? null : latest.progressOf();
    }

    public LineChart chart() {
        return LineChart.of(indicator, readings);
    }
}
