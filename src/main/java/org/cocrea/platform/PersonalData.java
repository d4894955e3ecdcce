package org.cocrea.platform;

/**
 * What a module holds about one person, for "download my data" (issue 19, GDPR art. 15 and 20; ADR 0027). Each
 * module that keeps personal data implements it; the archive has one {@code <module>.json} per implementation and a
 * readable index. Only what is the person's own or about them, never another person's data: another person appears
 * at most by the name shown on the pages.
 */
public interface PersonalData {
    /** The module's id, the file's name in the archive. */
    String module();

    /**
     * Everything the module holds about the person, as values JSON can write (maps, lists, records, strings, numbers,
     * booleans, dates and times), in a fixed number of statements however much there is.
     */
    Object of(long personId);

    /**
     * The rows one statement finds for the person ({@code :person} in the SQL), with dates and times written as
     * ISO-8601 text on both databases and binary columns left out.
     */
    static java.util.List<java.util.Map<String, Object>> rows(
            org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql, long personId) {
        return jdbc.sql(sql).param("person", personId).query().listOfRows().stream()
                .map(PersonalData::readable)
                .toList();
    }

    private static java.util.Map<String, Object> readable(java.util.Map<String, Object> row) {
        var out = new java.util.LinkedHashMap<String, Object>();
        row.forEach((column, value) -> {
            String name = column.toLowerCase(java.util.Locale.ROOT);
            if (value instanceof java.sql.Timestamp t) {
                out.put(name, t.toInstant().toString());
            } else if (value instanceof java.time.OffsetDateTime t) {
                out.put(name, t.toInstant().toString());
            } else if (value instanceof java.sql.Date d) {
                out.put(name, d.toLocalDate().toString());
            } else if (value instanceof java.time.temporal.TemporalAccessor t) {
                out.put(name, t.toString());
            } else if (value instanceof java.sql.Clob c) {
                try {
                    out.put(name, c.getSubString(1, (int) c.length()));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            } else if (!(value instanceof byte[]) && !(value instanceof java.sql.Blob)) {
                out.put(name, value);
            }
        });
        return out;
    }

    /** A module's data in the archive's index: one line per section with the number of its entries. */
    static int entries(Object data) {
        if (data instanceof java.util.Collection<?> c) {
            return c.size();
        }
        if (data instanceof java.util.Map<?, ?> m) {
            return m.values().stream().mapToInt(PersonalData::entries).sum();
        }
        return data == null ? 0 : 1;
    }
}
