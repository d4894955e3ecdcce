package org.cocrea.platform.admin;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import org.cocrea.platform.Statistic;

/**
 * The platform statistics as the page shows them: two-way tables (people by kind and confirmation, initiatives by
 * level and phase), bar charts with their tables (initiatives by status, participation in total) and the counts
 * by month (the last {@link #MONTHS} months that had any). Bars are sized here, in the chart's own units, and drawn
 * by the template, which escapes every text.
 */
public record StatisticsPage(
        Table people, Table cells, Chart status, Chart participation, Chart growthTotals, Months overTime) {

    /** How many months the page shows at most. */
    static final int MONTHS = 24;

    /** A two-way table: row and column message keys, and the counts by row then column. */
    public record Table(List<String> rows, List<String> columns, List<List<Long>> counts) {
        public long rowTotal(int row) {
            return counts.get(row).stream().mapToLong(Long::longValue).sum();
        }

        public long columnTotal(int column) {
            return counts.stream().mapToLong(r -> r.get(column)).sum();
        }

        public long total() {
            return counts.stream()
                    .flatMap(List::stream)
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    /** A horizontal bar chart: each bar's label (a message key, or a month), count and length in chart units. */
    public record Chart(String id, List<Bar> bars) {
        /** The chart's width and the longest bar, in its own units (the SVG's viewBox). */
        public static final int WIDTH = 400;

        public static final int BAR_MAX = 300;

        /** The height of one bar's row: its label above (15 units, readable at phone width), the bar below. */
        public static final int ROW = 46;

        public int height() {
            return Math.max(ROW, bars.size() * ROW);
        }
    }

    public record Bar(String key, YearMonth month, long count, int length) {}

    /** Counts by month: the months (newest first) and, for each series, its counts in the same order. */
    public record Months(List<YearMonth> months, List<Series> series, Chart chart) {}

    public record Series(String key, List<Long> counts) {}

    static StatisticsPage of(List<Statistic> all) {
        var participation = in(all, Statistic.PARTICIPATION);
        var growth = in(all, Statistic.GROWTH);
        var dated = new ArrayList<Statistic>(participation);
        dated.addAll(growth);
        return new StatisticsPage(
                table(in(all, Statistic.PEOPLE)),
                table(in(all, Statistic.CELLS)),
                chart("chart-status", in(all, Statistic.STATUS)),
                chart("chart-participation", participation),
                chart("chart-growth", growth),
                months(dated, participation));
    }

    private static List<Statistic> in(List<Statistic> all, String section) {
        return all.stream().filter(s -> s.section().equals(section)).toList();
    }

    private static Table table(List<Statistic> stats) {
        var rows = new ArrayList<>(
                new LinkedHashSet<>(stats.stream().map(Statistic::rowKey).toList()));
        var columns = new ArrayList<>(
                new LinkedHashSet<>(stats.stream().map(Statistic::columnKey).toList()));
        var counts = new ArrayList<List<Long>>();
        for (String row : rows) {
            var line = new ArrayList<Long>();
            for (String column : columns) {
                line.add(stats.stream()
                        .filter(s -> s.rowKey().equals(row) && column.equals(s.columnKey()))
                        .mapToLong(Statistic::count)
                        .sum());
            }
            counts.add(line);
        }
        return new Table(rows, columns, counts);
    }

    private static Chart chart(String id, List<Statistic> stats) {
        long max = stats.stream().mapToLong(Statistic::count).max().orElse(0);
        return new Chart(
                id,
                stats.stream()
                        .map(s -> new Bar(s.rowKey(), null, s.count(), length(s.count(), max)))
                        .toList());
    }

    /** The months that had anything, newest first, at most {@link #MONTHS}; the chart sums participation. */
    private static Months months(List<Statistic> dated, List<Statistic> participation) {
        var seen = new TreeSet<YearMonth>();
        dated.forEach(s -> seen.addAll(s.byMonth().keySet()));
        var months = seen.descendingSet().stream().limit(MONTHS).toList();
        var series = dated.stream()
                .map(s -> new Series(
                        s.rowKey(),
                        months.stream()
                                .map(m -> s.byMonth().getOrDefault(m, 0L))
                                .toList()))
                .toList();
        var sums = months.stream()
                .map(m -> participation.stream()
                        .mapToLong(s -> s.byMonth().getOrDefault(m, 0L))
                        .sum())
                .toList();
        long max = sums.stream().mapToLong(Long::longValue).max().orElse(0);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < months.size(); i++) {
            bars.add(new Bar(null, months.get(i), sums.get(i), length(sums.get(i), max)));
        }
        return new Months(months, series, new Chart("chart-months", bars));
    }

    /** A bar's length: proportional to the largest, and at least 2 units when the count is not zero. */
    static int length(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(2, Math.round((double) count * Chart.BAR_MAX / max));
    }
}
