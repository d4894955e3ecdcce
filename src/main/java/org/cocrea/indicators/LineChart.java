package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * (Public because the precompiled templates read it.) An indicator's readings as a line, laid out here so the page
 * draws it as SVG without a script: time from the baseline's date to the later of the target's date and the last
 * reading across, values from the lowest to the highest of baseline, target and readings up; the baseline is the
 * first point, the target a dashed line. The table beside it gives the same figures.
 */
public record LineChart(List<Point> points, int baselineY, int targetY, int width, int height, String polyline) {
    static final int WIDTH = 360;
    static final int HEIGHT = 180;
    static final int PAD = 12;

    public record Point(int x, int y, LocalDate on, BigDecimal value) {}

    static LineChart of(Indicator indicator, List<IndicatorReading> readings) {
        LocalDate start = indicator.baselineOn();
        LocalDate end = indicator.targetOn();
        BigDecimal low = indicator.baseline().min(indicator.target());
        BigDecimal high = indicator.baseline().max(indicator.target());
        for (var r : readings) {
            if (r.on().isAfter(end)) {
                end = r.on();
            }
            if (r.on().isBefore(start)) {
                start = r.on();
            }
            low = low.min(r.value());
            high = high.max(r.value());
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double span = high.subtract(low).doubleValue();
        if (span == 0) {
            span = 1;
        }
        var points = new ArrayList<Point>();
        points.add(point(indicator.baselineOn(), indicator.baseline(), start, days, low, span));
        for (var r : readings) {
            points.add(point(r.on(), r.value(), start, days, low, span));
        }
        var line = new StringBuilder();
        for (var p : points) {
            line.append(p.x()).append(',').append(p.y()).append(' ');
        }
        return new LineChart(
                List.copyOf(points),
                y(indicator.baseline(), low, span),
                y(indicator.target(), low, span),
                WIDTH,
                HEIGHT,
                line.toString().trim());
    }

    private static Point point(
            LocalDate on, BigDecimal value, LocalDate start, long days, BigDecimal low, double span) {
        int x = PAD + (int) Math.round((WIDTH - 2.0 * PAD) * ChronoUnit.DAYS.between(start, on) / days);
        return new Point(x, y(value, low, span), on, value);
    }

    private static int y(BigDecimal value, BigDecimal low, double span) {
        return HEIGHT
                - PAD
                - (int) Math.round((HEIGHT - 2.0 * PAD) * value.subtract(low).doubleValue() / span);
    }
}
