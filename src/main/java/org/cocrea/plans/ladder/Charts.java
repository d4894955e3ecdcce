package org.cocrea.plans.ladder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The geometry of the ladder's SVG charts, drawn on the server so that they need no script. Scores run 1–10;
 * the radar puts area {@code i} of {@code n} at the angle −90° + 360°·i/n (the first area straight up) and a
 * score s at the distance R·s/10 from the centre; the progress chart maps dates to x and scores to y.
 */
final class Charts {
    static final double RADAR_CX = 260;
    static final double RADAR_CY = 200;
    static final double RADAR_R = 130;
    static final double LABEL_GAP = 18;

    static final double PLOT_LEFT = 50;
    static final double PLOT_RIGHT = 580;
    static final double PLOT_TOP = 20;
    static final double PLOT_BOTTOM = 240;

    /** A point of a chart, printed with one decimal as SVG coordinates. */
    record Point(double x, double y) {
        String text() {
            return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
        }

        public String x1() {
            return String.format(Locale.ROOT, "%.1f", x);
        }

        public String y1() {
            return String.format(Locale.ROOT, "%.1f", y);
        }
    }

    private Charts() {}

    static Point radar(int index, int count, double distance) {
        double angle = -Math.PI / 2 + 2 * Math.PI * index / count;
        return new Point(RADAR_CX + distance * Math.cos(angle), RADAR_CY + distance * Math.sin(angle));
    }

    /** The polygon of one reading: one corner per area, at its score. */
    static String polygon(List<Integer> scores) {
        return IntStream.range(0, scores.size())
                .mapToObj(i ->
                        radar(i, scores.size(), RADAR_R * scores.get(i) / 10.0).text())
                .collect(Collectors.joining(" "));
    }

    /** The outline of the whole radar at a score, for the grid rings (2, 4 ... 10). */
    static String ring(int count, int score) {
        return polygon(java.util.Collections.nCopies(count, score));
    }

    static Point axisEnd(int index, int count) {
        return radar(index, count, RADAR_R);
    }

    static Point label(int index, int count) {
        return radar(index, count, RADAR_R + LABEL_GAP);
    }

    /** Labels left of the centre end at their point, labels right of it start there, the others are centred. */
    static String anchor(int index, int count) {
        double dx = label(index, count).x() - RADAR_CX;
        if (Math.abs(dx) < 1) {
            return "middle";
        }
        return dx < 0 ? "end" : "start";
    }

    static double y(double score) {
        return PLOT_BOTTOM - (score - 1) / 9.0 * (PLOT_BOTTOM - PLOT_TOP);
    }

    /** Dates spread over the width between the first and the last; a single date sits in the middle. */
    static double x(LocalDate date, LocalDate first, LocalDate last) {
        long span = ChronoUnit.DAYS.between(first, last);
        if (span <= 0) {
            return (PLOT_LEFT + PLOT_RIGHT) / 2;
        }
        return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * ChronoUnit.DAYS.between(first, date) / span;
    }

    static Point progress(LocalDate date, double score, LocalDate first, LocalDate last) {
        return new Point(x(date, first, last), y(score));
    }
}
