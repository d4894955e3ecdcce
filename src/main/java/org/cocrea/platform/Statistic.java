package org.cocrea.platform;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One count of the platform statistics: the section it belongs to ({@link #PEOPLE}, {@link #CELLS}, {@link #STATUS},
 * {@link #PARTICIPATION}, {@link #GROWTH}), the message key of its row (and of its column in a two-way table such as level × phase,
 * else null), the count, and for counts of things that happen, how many happened in each month (in the organisation's
 * time zone; empty when the count has no date).
 */
public record Statistic(
        String section, String rowKey, String columnKey, long count, SortedMap<YearMonth, Long> byMonth) {
    public static final String PEOPLE = "people";
    public static final String CELLS = "cells";
    public static final String STATUS = "status";
    public static final String PARTICIPATION = "participation";
    /** New accounts and initiatives, by month. */
    public static final String GROWTH = "growth";

    public Statistic {
        byMonth = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byMonth));
    }

    /** A count without months. */
    public static Statistic of(String section, String rowKey, String columnKey, long count) {
        return new Statistic(section, rowKey, columnKey, count, new TreeMap<>());
    }

    /** A count of dated things, with its months; the count is their sum. */
    public static Statistic monthly(String section, String rowKey, SortedMap<YearMonth, Long> byMonth) {
        return new Statistic(
                section,
                rowKey,
                null,
                byMonth.values().stream().mapToLong(Long::longValue).sum(),
                byMonth);
    }

    /** One kind of dated thing to count: its key, its timestamp column and its table (without parameters). */
    public record Dated(String key, String column, String table) {}

    /**
     * {@link #countByMonth} for several tables in one query (a UNION ALL), so that a module with many kinds of
     * participation still costs the statistics page one statement: the months of each kind, by key.
     */
    public static Map<String, SortedMap<YearMonth, Long>> countByMonth(
            JdbcClient jdbc, java.util.List<Dated> kinds, ZoneId zone) {
        var result = new java.util.LinkedHashMap<String, SortedMap<YearMonth, Long>>();
        kinds.forEach(k -> result.put(k.key(), new TreeMap<>()));
        var union = new StringBuilder();
        for (int i = 0; i < kinds.size(); i++) {
            var kind = kinds.get(i);
            String local = local(kind.column(), zone);
            union.append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT ")
                    .append(i)
                    .append(" AS k, EXTRACT(YEAR FROM ")
                    .append(local)
                    .append(") AS y, EXTRACT(MONTH FROM ")
                    .append(local)
                    .append(") AS m FROM ")
                    .append(kind.table());
        }
        jdbc.sql("SELECT k, y, m, COUNT(*) FROM (" + union + ") dated GROUP BY k, y, m")
                .query((rs, n) -> result.get(kinds.get(rs.getInt(1)).key())
                        .put(YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getLong(4)))
                .list();
        return result;
    }

    private static String local(String column, ZoneId zone) {
        return "(" + column + " AT TIME ZONE '" + zone.getId().replace("'", "") + "')";
    }

    /**
     * Counts the rows of {@code from} (a table, or a table with its WHERE clause) by the month of the timestamp
     * {@code column} in {@code zone}, in one query that runs on H2 and PostgreSQL alike.
     */
    public static SortedMap<YearMonth, Long> countByMonth(
            JdbcClient jdbc, String column, String from, Map<String, ?> params, ZoneId zone) {
        var months = new TreeMap<YearMonth, Long>();
        String local = local(column, zone);
        jdbc.sql("SELECT y, m, COUNT(*) FROM (SELECT EXTRACT(YEAR FROM " + local + ") AS y, EXTRACT(MONTH FROM " + local
                        + ") AS m FROM " + from + ") dated GROUP BY y, m")
                .params(params)
                .query((rs, n) -> months.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)))
                .list();
        return months;
    }
}
