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

    /**
     * Counts the rows of {@code from} (a table, or a table with its WHERE clause) by the month of the timestamp
     * {@code column} in {@code zone}, in one query that runs on H2 and PostgreSQL alike.
     */
    public static SortedMap<YearMonth, Long> countByMonth(
            JdbcClient jdbc, String column, String from, Map<String, ?> params, ZoneId zone) {
        var months = new TreeMap<YearMonth, Long>();
        String local = "(" + column + " AT TIME ZONE '" + zone.getId().replace("'", "") + "')";
        jdbc.sql("SELECT y, m, COUNT(*) FROM (SELECT EXTRACT(YEAR FROM " + local + ") AS y, EXTRACT(MONTH FROM " + local
                        + ") AS m FROM " + from + ") dated GROUP BY y, m")
                .params(params)
                .query((rs, n) -> months.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)))
                .list();
        return months;
    }
}
