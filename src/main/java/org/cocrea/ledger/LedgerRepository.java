package org.cocrea.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger_entry, ledger_total and ledger_rate tables. Every change of an entry adjusts its total by the difference
 * in the same transaction, so {@code ledger_total} always equals the sum of the entries (the property test checks
 * it after random corrections on both databases).
 */
@Repository
class LedgerRepository {
    /** What identifies a total: the entry's initiative, phase, tool, side, kind, unit and day. */
    record TotalKey(long initiativeId, Phase phase, String toolId, Side side, Kind kind, String unit, LocalDate on) {}

    /** An entry as stored. */
    record Stored(String key, long revision, TotalKey total, Long personId, long toolInstanceId, BigDecimal quantity) {}

    /** Totals of one initiative grouped by everything the page shows, and by the rate period of their days. */
    record Grouped(
            Phase phase,
            String toolId,
            Side side,
            Kind kind,
            String unit,
            int period,
            BigDecimal quantity,
            long entries) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    LedgerRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        // The CSV export reads the initiative's entries in slices instead of all at once (PostgreSQL honours the
        // fetch size inside a transaction only: the export runs read-only in one).
        this.streaming = new JdbcTemplate(template.getDataSource());
        this.streaming.setFetchSize(500);
    }

    static String code(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }

    static String code(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static Side side(String code) {
        return Side.valueOf(code.toUpperCase(Locale.ROOT));
    }

    static Kind kind(String code) {
        return Kind.valueOf(code.toUpperCase(Locale.ROOT));
    }

    static Phase phase(String code) {
        return Phase.fromCode(code).orElseThrow();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The named parameters of an entry's values, the same for its INSERT and its UPDATE. */
    private static java.util.Map<String, Object> values(ContributionRecorded e, String unit) {
        var p = new java.util.HashMap<String, Object>();
        p.put("revision", e.revision());
        p.put("initiative", e.initiativeId());
        p.put("phase", e.phase().code());
        p.put("tool", e.toolId());
        p.put("instance", e.toolInstanceId());
        p.put("person", e.personId());
        p.put("side", code(e.side()));
        p.put("kind", code(e.kind()));
        p.put("quantity", e.quantity());
        p.put("unit", unit);
        p.put("on", e.on());
        p.put("now", now());
        return p;
    }

    /** Inserts the entry unless its key is there already (then nothing happens, whoever inserted it). */
    boolean insert(ContributionRecorded e, String unit) {
        return jdbc.sql("""
                        INSERT INTO ledger_entry (entry_key, revision, initiative_id, phase, tool_id, tool_instance_id,
                            person_id, side, kind, quantity, unit, done_on, recorded_at)
                        VALUES (:key, :revision, :initiative, :phase, :tool, :instance, :person, :side, :kind,
                            :quantity, :unit, :on, :now)
                        ON CONFLICT DO NOTHING
                        """).param("key", e.key()).params(values(e, unit)).update() == 1;
    }

    /** The entry of a key, its row locked until the transaction ends, so two corrections apply one after the other. */
    Optional<Stored> lock(String key) {
        return jdbc.sql("""
                        SELECT entry_key, revision, initiative_id, phase, tool_id, side, kind, unit, done_on,
                            person_id, tool_instance_id, quantity
                        FROM ledger_entry WHERE entry_key = :key FOR UPDATE
                        """)
                .param("key", key)
                .query((rs, n) -> new Stored(
                        rs.getString("entry_key"),
                        rs.getLong("revision"),
                        new TotalKey(
                                rs.getLong("initiative_id"),
                                phase(rs.getString("phase")),
                                rs.getString("tool_id"),
                                side(rs.getString("side")),
                                kind(rs.getString("kind")),
                                rs.getString("unit"),
                                rs.getObject("done_on", LocalDate.class)),
                        rs.getObject("person_id", Long.class),
                        rs.getLong("tool_instance_id"),
                        rs.getBigDecimal("quantity")))
                .optional();
    }

    /** Replaces the entry only if it still has the revision read: a conditional update, whatever the locking. */
    boolean replace(String key, long seen, ContributionRecorded e, String unit) {
        return jdbc.sql("""
                        UPDATE ledger_entry SET revision = :revision, initiative_id = :initiative, phase = :phase,
                            tool_id = :tool, tool_instance_id = :instance, person_id = :person, side = :side,
                            kind = :kind, quantity = :quantity, unit = :unit, done_on = :on, recorded_at = :now
                        WHERE entry_key = :key AND revision = :seen AND revision < :revision
                        """)
                        .param("key", key)
                        .param("seen", seen)
                        .params(values(e, unit))
                        .update()
                == 1;
    }

    /**
     * Adds {@code quantity} (negative to take away) and {@code entries} to a total: the row is made first if missing
     * (ON CONFLICT DO NOTHING, so two first entries of a day do not collide), then changed by one UPDATE relative to
     * what is stored, which the database serialises per row.
     */
    void adjust(TotalKey t, BigDecimal quantity, long entries) {
        if (quantity.signum() == 0 && entries == 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO ledger_total (initiative_id, phase, tool_id, side, kind, unit, done_on, quantity,
                            entries)
                        VALUES (:initiative, :phase, :tool, :side, :kind, :unit, :on, 0, 0)
                        ON CONFLICT DO NOTHING
                        """)
                .param("initiative", t.initiativeId())
                .param("phase", t.phase().code())
                .param("tool", t.toolId())
                .param("side", code(t.side()))
                .param("kind", code(t.kind()))
                .param("unit", t.unit())
                .param("on", t.on())
                .update();
        jdbc.sql("""
                        UPDATE ledger_total SET quantity = quantity + :quantity, entries = entries + :entries
                        WHERE initiative_id = :initiative AND phase = :phase AND tool_id = :tool AND side = :side
                            AND kind = :kind AND unit = :unit AND done_on = :on
                        """)
                .param("quantity", quantity)
                .param("entries", entries)
                .param("initiative", t.initiativeId())
                .param("phase", t.phase().code())
                .param("tool", t.toolId())
                .param("side", code(t.side()))
                .param("kind", code(t.kind()))
                .param("unit", t.unit())
                .param("on", t.on())
                .update();
    }

    /**
     * An initiative's totals grouped by phase, tool, side, kind and unit, and by rate period: period p counts the
     * days on or after the p-th of the organisation's rate dates (0 before the first), so each group is valued at
     * the rates in force throughout it. One statement over the totals, never the raw entries.
     */
    List<Grouped> grouped(long initiativeId, List<LocalDate> rateDates) {
        var period = new StringBuilder();
        if (rateDates.isEmpty()) {
            period.append("0");
        } else {
            period.append("CASE");
            for (int p = rateDates.size(); p >= 1; p--) {
                period.append(" WHEN done_on >= :d").append(p).append(" THEN ").append(p);
            }
            period.append(" ELSE 0 END");
        }
        var sql = "SELECT phase, tool_id, side, kind, unit, period, SUM(quantity) AS quantity, SUM(entries) AS entries"
                + " FROM (SELECT phase, tool_id, side, kind, unit, " + period
                + " AS period, quantity, entries FROM ledger_total"
                + " WHERE initiative_id = :initiative AND entries > 0) t GROUP BY phase, tool_id, side, kind, unit,"
                + " period";
        var q = jdbc.sql(sql).param("initiative", initiativeId);
        for (int p = 1; p <= rateDates.size(); p++) {
            q = q.param("d" + p, rateDates.get(p - 1));
        }
        return q.query((rs, n) -> new Grouped(
                        phase(rs.getString("phase")),
                        rs.getString("tool_id"),
                        side(rs.getString("side")),
                        kind(rs.getString("kind")),
                        rs.getString("unit"),
                        rs.getInt("period"),
                        rs.getBigDecimal("quantity"),
                        rs.getLong("entries")))
                .list();
    }

    /** The number of entries that count (quantity above zero) of an initiative, from the totals. */
    long entries(long initiativeId) {
        return jdbc.sql("SELECT COALESCE(SUM(entries), 0) FROM ledger_total WHERE initiative_id = :i")
                .param("i", initiativeId)
                .query(Long.class)
                .single();
    }

    /** One page of a person's own entries that count, newest first. */
    List<Entry> mine(long personId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT id, initiative_id, phase, tool_id, side, kind, quantity, unit, done_on
                        FROM ledger_entry WHERE person_id = :p AND quantity > 0
                        ORDER BY done_on DESC, id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY
                        """)
                .param("p", personId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getLong("initiative_id"),
                        phase(rs.getString("phase")),
                        rs.getString("tool_id"),
                        side(rs.getString("side")),
                        kind(rs.getString("kind")),
                        rs.getBigDecimal("quantity"),
                        rs.getString("unit"),
                        rs.getObject("done_on", LocalDate.class)))
                .list();
    }

    /** A person's own totals by kind and unit, and how many entries they have. */
    List<Amount> mineTotals(long personId) {
        return jdbc.sql("""
                        SELECT kind, unit, SUM(quantity) AS quantity, COUNT(*) AS entries FROM ledger_entry
                        WHERE person_id = :p AND quantity > 0 GROUP BY kind, unit ORDER BY kind, unit
                        """)
                .param("p", personId)
                .query((rs, n) -> new Amount(
                        kind(rs.getString("kind")),
                        rs.getString("unit"),
                        rs.getBigDecimal("quantity"),
                        rs.getLong("entries")))
                .list();
    }

    /** What the CSV export writes of one entry; the person's id only for the facilitators' export. */
    record ExportRow(
            LocalDate on,
            Phase phase,
            String toolId,
            Side side,
            Kind kind,
            BigDecimal quantity,
            String unit,
            Long personId,
            String personName) {}

    interface RowSink {
        void accept(ExportRow row) throws java.io.IOException;
    }

    /** Streams the initiative's entries that count, oldest first, in slices of the fetch size. */
    void export(long initiativeId, RowSink sink) {
        streaming.query(
                """
                SELECT e.done_on, e.phase, e.tool_id, e.side, e.kind, e.quantity, e.unit, e.person_id, u.name
                FROM ledger_entry e LEFT JOIN app_user u ON u.id = e.person_id
                WHERE e.initiative_id = ? AND e.quantity > 0 ORDER BY e.done_on, e.id
                """,
                (RowCallbackHandler) rs -> {
                    try {
                        sink.accept(new ExportRow(
                                rs.getObject("done_on", LocalDate.class),
                                phase(rs.getString("phase")),
                                rs.getString("tool_id"),
                                side(rs.getString("side")),
                                kind(rs.getString("kind")),
                                rs.getBigDecimal("quantity"),
                                rs.getString("unit"),
                                rs.getObject("person_id", Long.class),
                                rs.getString("name")));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                initiativeId);
    }

    /** Every rate an organisation set, oldest first. */
    List<Rate> rates(long organisationId) {
        return jdbc.sql("""
                        SELECT rate, amount, applies_from FROM ledger_rate WHERE organisation_id = :o
                        ORDER BY applies_from, rate
                        """)
                .param("o", organisationId)
                .query((rs, n) -> new Rate(
                        Rate.Kind.fromCode(rs.getString("rate")).orElseThrow(),
                        rs.getBigDecimal("amount"),
                        rs.getObject("applies_from", LocalDate.class)))
                .list();
    }

    long rateCount(long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_rate WHERE organisation_id = :o")
                .param("o", organisationId)
                .query(Long.class)
                .single();
    }

    /** Sets a rate from a day: the same rate and day again replaces its amount. */
    void setRate(long organisationId, Rate rate, long by) {
        int changed = jdbc.sql("""
                        UPDATE ledger_rate SET amount = :amount, set_by = :by, set_at = :now
                        WHERE organisation_id = :o AND rate = :rate AND applies_from = :from
                        """)
                .param("amount", rate.amount())
                .param("by", by)
                .param("now", now())
                .param("o", organisationId)
                .param("rate", rate.kind().code())
                .param("from", rate.from())
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO ledger_rate (organisation_id, rate, amount, applies_from, set_by, set_at)
                            VALUES (:o, :rate, :amount, :from, :by, :now) ON CONFLICT DO NOTHING
                            """)
                    .param("o", organisationId)
                    .param("rate", rate.kind().code())
                    .param("amount", rate.amount())
                    .param("from", rate.from())
                    .param("by", by)
                    .param("now", now())
                    .update();
        }
    }

    /** Removes a rate of a day; false if there was none. */
    boolean removeRate(long organisationId, Rate.Kind kind, LocalDate from) {
        return jdbc.sql("""
                        DELETE FROM ledger_rate WHERE organisation_id = :o AND rate = :rate AND applies_from = :from
                        """)
                        .param("o", organisationId)
                        .param("rate", kind.code())
                        .param("from", from)
                        .update()
                == 1;
    }

    /** Sums over the totals of an initiative for the measures: hours by side, from the first to the last day. */
    List<Grouped> all(long initiativeId) {
        return grouped(initiativeId, List.of());
    }

    /** The latest day with a contribution in an initiative, for a measure's reading. */
    Optional<LocalDate> lastDay(long initiativeId) {
        return jdbc.sql("SELECT MAX(done_on) FROM ledger_total WHERE initiative_id = :i AND entries > 0")
                .param("i", initiativeId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .optional();
    }

    /** How many different people contributed to an initiative (for a measure's "from how many people"). */
    int contributors(long initiativeId, Side side) {
        var q = side == null ? jdbc.sql("""
                        SELECT COUNT(DISTINCT person_id) FROM ledger_entry WHERE initiative_id = :i AND quantity > 0
                        """) : jdbc.sql("""
                                SELECT COUNT(DISTINCT person_id) FROM ledger_entry
                                WHERE initiative_id = :i AND quantity > 0 AND side = :side
                                """).param("side", code(side));
        return q.param("i", initiativeId).query(Integer.class).single();
    }
}
