package org.cocrea.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Copies of an existing row, so that a statement-budget test can grow a list page from a handful of rows to fifty
 * without knowing every column of the table: all columns but {@code id} are copied, except those given as SQL
 * expressions (which may use {@code :n}, the copy's number, to keep unique columns unique).
 */
public final class RowCopies {
    private RowCopies() {}

    /** Inserts {@code count} copies of row {@code id} of {@code table} and returns their ids, in order. */
    public static List<Long> copy(JdbcClient jdbc, String table, long id, int count, Map<String, String> set) {
        List<String> columns =
                jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                        WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) = :t AND LOWER(column_name) <> 'id'
                        ORDER BY ordinal_position
                        """).param("t", table).query(String.class).list();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no table " + table);
        }
        String values = String.join(
                ", ",
                columns.stream()
                        .map(c -> set.getOrDefault(c.toLowerCase(java.util.Locale.ROOT), "t." + c))
                        .toList());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM "
                + table + " t WHERE t.id = :id";
        var ids = new ArrayList<Long>();
        for (int n = 1; n <= count; n++) {
            var key = new GeneratedKeyHolder();
            int rows = jdbc.sql(sql).param("id", id).param("n", n).update(key, "id");
            if (rows != 1) {
                throw new IllegalArgumentException("no row " + id + " in " + table);
            }
            ids.add(key.getKeyAs(Number.class).longValue());
        }
        return ids;
    }

    /** The same for a table without an {@code id} column: copies of the rows {@code where} selects, once per value. */
    public static void copyFor(JdbcClient jdbc, String table, String column, List<Long> values, String where) {
        List<String> columns =
                jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                        WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) = :t
                        ORDER BY ordinal_position
                        """).param("t", table).query(String.class).list();
        String select = String.join(
                ", ",
                columns.stream()
                        .map(c -> c.equalsIgnoreCase(column) ? ":v" : "t." + c)
                        .toList());
        for (long v : values) {
            jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select + " FROM "
                            + table + " t WHERE " + where)
                    .param("v", v)
                    .update();
        }
    }
}
