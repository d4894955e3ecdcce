package org.cocrea.rating;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * (Public because the precompiled templates read it.) What the results of a rating show: the ratings counted by ISO
 * week (the days are already the organisation's, so a week runs Monday to Sunday where the service is), each week's
 * counts and shares per face, and the comparison before and after a date. A group of fewer than {@link #MIN_GROUP}
 * ratings is suppressed: it says "too few to show" and gives no count, so nobody's face can be told from a small
 * group. The chart is laid out here so the page draws it as SVG without a script.
 */
public record Results(List<Week> weeks, int total, Comparison comparison) {
    /** The smallest group whose counts are shown. */
    public static final int MIN_GROUP = 5;
    /** The most recent weeks drawn. */
    static final int WEEKS = 26;

    static final int WIDTH = 360;
    static final int ROW = 44;

    /** How many ratings of one score on one day. */
    record DayCount(LocalDate day, int score, int count) {}

    /** Counts of one group, negative, neutral, positive; null counts when suppressed. */
    public record Shares(int negative, int neutral, int positive) {
        public int total() {
            return negative + neutral + positive;
        }

        public boolean suppressed() {
            return total() < MIN_GROUP;
        }

        public int count(Face face) {
            return switch (face) {
                case NEGATIVE -> negative;
                case NEUTRAL -> neutral;
                case POSITIVE -> positive;
            };
        }

        /** The face's share in whole per cent (0 when empty). */
        public int percent(Face face) {
            return total() == 0 ? 0 : (int) Math.round(100.0 * count(face) / total());
        }
    }

    /** One ISO week: its Monday, its ISO year and number, the counts, and its row of the chart (top at {@code y}). */
    public record Week(LocalDate monday, int year, int number, Shares shares, int y) {
        /** The bar's segments, left to right: negative, neutral, positive, each {@code [x, width]}. */
        public List<Segment> segments() {
            var out = new ArrayList<Segment>();
            int x = 0;
            int left = WIDTH;
            Face[] faces = Face.values();
            for (int i = 0; i < faces.length; i++) {
                int width = i == faces.length - 1
                        ? left
                        : (int) Math.round((double) WIDTH * shares.count(faces[i]) / shares.total());
                width = Math.min(width, left);
                out.add(new Segment(faces[i], x, width));
                x += width;
                left -= width;
            }
            return out;
        }
    }

    public record Segment(Face face, int x, int width) {}

    /** Shares before the date and from the date on; a difference in percentage points when both can be shown. */
    public record Comparison(LocalDate around, Shares before, Shares after) {
        public boolean comparable() {
            return !before.suppressed() && !after.suppressed();
        }

        /** After minus before, in percentage points. */
        public int difference(Face face) {
            return after.percent(face) - before.percent(face);
        }
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return Math.max(1, weeks.size()) * ROW + 8;
    }

    public boolean enough() {
        return total >= MIN_GROUP;
    }

    /** Groups the day counts by ISO week, newest week last, and compares before and after {@code around}. */
    static Results of(List<DayCount> days, LocalDate around) {
        var byWeek = new TreeMap<LocalDate, int[]>();
        int[] before = new int[3];
        int[] after = new int[3];
        int total = 0;
        for (var d : days) {
            int slot = d.score() + 1;
            LocalDate monday = d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            byWeek.computeIfAbsent(monday, m -> new int[3])[slot] += d.count();
            (d.day().isBefore(around) ? before : after)[slot] += d.count();
            total += d.count();
        }
        var weeks = new ArrayList<Week>();
        var recent = new ArrayList<>(byWeek.entrySet());
        int from = Math.max(0, recent.size() - WEEKS);
        for (int i = from; i < recent.size(); i++) {
            var e = recent.get(i);
            LocalDate monday = e.getKey();
            int[] c = e.getValue();
            weeks.add(new Week(
                    monday,
                    monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    new Shares(c[0], c[1], c[2]),
                    (i - from) * ROW + 4));
        }
        return new Results(
                List.copyOf(weeks),
                total,
                new Comparison(
                        around, new Shares(before[0], before[1], before[2]), new Shares(after[0], after[1], after[2])));
    }
}
