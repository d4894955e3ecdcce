package org.cocrea.plans.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of the plan's T-score trend, drawn on the server as SVG so it needs no script. The drawing is
 * {@link #WIDTH} units wide and shown at most a little wider than a phone, so its 14-unit labels stay at least
 * 12 px tall on a 375 px screen; dates run left to right, T-scores bottom to top, 50 (the expected outcome of
 * every goal) marked by a dashed line. The table under the chart holds the same numbers.
 */
public record TScoreChart(List<Point> points, List<Tick> ticks, double expectedY, LocalDate first, LocalDate last) {
    public static final int WIDTH = 360;
    public static final int HEIGHT = 230;
    static final double LEFT = 40;
    static final double RIGHT = 345;
    static final double TOP = 14;
    static final double BOTTOM = 190;

    /** One dated T-score at its place in the drawing. */
    public record Point(LocalDate on, double tScore, double x, double y) {
        public String cx() {
            return coordinate(x);
        }

        public String cy() {
            return coordinate(y);
        }
    }

    /** A horizontal grid line with its T-score. */
    public record Tick(int tScore, double y) {
        public String y1() {
            return coordinate(y);
        }
    }

    static TScoreChart of(List<PlanPage.DatedTScore> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        double min =
                scores.stream().mapToDouble(PlanPage.DatedTScore::tScore).min().orElse(50);
        double max =
                scores.stream().mapToDouble(PlanPage.DatedTScore::tScore).max().orElse(50);
        // T-scores centre on 50 with a spread of 10; 30–70 covers the usual range, wider only when needed.
        int low = (int) Math.min(30, Math.floor(min / 10) * 10);
        int high = (int) Math.max(70, Math.ceil(max / 10) * 10);
        LocalDate first = scores.get(0).on();
        LocalDate last = scores.get(scores.size() - 1).on();
        var points = scores.stream()
                .map(s -> new Point(s.on(), s.tScore(), x(s.on(), first, last), y(s.tScore(), low, high)))
                .toList();
        var ticks = new ArrayList<Tick>();
        for (int t = low; t <= high; t += 10) {
            ticks.add(new Tick(t, y(t, low, high)));
        }
        return new TScoreChart(points, List.copyOf(ticks), y(50, low, high), first, last);
    }

    public String line() {
        return points.stream().map(p -> p.cx() + "," + p.cy()).collect(Collectors.joining(" "));
    }

    public String expected() {
        return coordinate(expectedY);
    }

    static double x(LocalDate on, LocalDate first, LocalDate last) {
        long span = ChronoUnit.DAYS.between(first, last);
        if (span <= 0) {
            return (LEFT + RIGHT) / 2;
        }
        return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(first, on) / span;
    }

    static double y(double tScore, int low, int high) {
        return BOTTOM - (tScore - low) / (high - low) * (BOTTOM - TOP);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
