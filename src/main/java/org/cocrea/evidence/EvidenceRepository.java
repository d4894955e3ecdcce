package org.cocrea.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.indicators.IndicatorRead;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.plans.OutcomeRecorded;
import org.cocrea.rating.RatingGiven;
import org.cocrea.survey.ResponseSubmitted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evidence tables (V20_1): each published item kept once by its key (ADR 0023), and the few grouped queries the
 * pages read. The portfolio and the open data read the initiatives' typology, objectives, roles and published
 * factor averages straight from the initiatives module's tables in grouped statements, read-only, as a report does
 * (the shifts' calendar does the same), so a page costs the same number of statements for ten initiatives or ten
 * thousand.
 */
@Repository
class EvidenceRepository {
    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- intake: exactly once ----

    /** Keeps a reading once by its id; true when it was new. */
    boolean reading(IndicatorRead e) {
        boolean inserted = reading(e, """
                        INSERT INTO evidence_reading (reading_id, initiative_id, phase, indicator_id, indicator_name, unit,
                            objective, reading_value, baseline_value, target_value, direction, read_on, progress)
                        VALUES (:id, :initiative, :phase, :indicator, :name, :unit, :objective, :value, :baseline,
                            :target, :direction, :on, :progress)
                        ON CONFLICT DO NOTHING
                        """);
        if (inserted) {
            // the indicator's latest reading (V20_13): the first one makes the row, a later one counts and may replace
            // it
            reading(e, """
                    INSERT INTO evidence_indicator_latest (indicator_id, initiative_id, reading_id, phase, indicator_name,
                        unit, objective, reading_value, baseline_value, target_value, direction, read_on, progress, since,
                        readings)
                    VALUES (:indicator, :initiative, :id, :phase, :name, :unit, :objective, :value, :baseline, :target,
                        :direction, :on, :progress, :on, 0)
                    ON CONFLICT DO NOTHING
                    """);
            jdbc.sql("""
                            UPDATE evidence_indicator_latest SET readings = readings + 1, since = LEAST(since, :on)
                            WHERE indicator_id = :indicator
                            """)
                    .param("indicator", e.indicatorId())
                    .param("on", e.on())
                    .update();
            reading(e, """
                    UPDATE evidence_indicator_latest SET initiative_id = :initiative, reading_id = :id, phase = :phase,
                        indicator_name = :name, unit = :unit, objective = :objective, reading_value = :value,
                        baseline_value = :baseline, target_value = :target, direction = :direction, read_on = :on,
                        progress = :progress
                    WHERE indicator_id = :indicator AND (read_on < :on OR (read_on = :on AND reading_id < :id))
                    """);
        }
        return inserted;
    }

    /** One statement with a reading's columns as parameters; true when it changed a row. */
    private boolean reading(IndicatorRead e, String sql) {
        BigDecimal span = e.target().subtract(e.baseline());
        BigDecimal progress = span.signum() == 0
                ? BigDecimal.ZERO
                : e.value()
                        .subtract(e.baseline())
                        .multiply(BigDecimal.valueOf(100))
                        .divide(span, 4, RoundingMode.HALF_UP);
        return jdbc.sql(sql)
                        .param("id", e.readingId())
                        .param("initiative", e.initiativeId())
                        .param("phase", e.phase().code())
                        .param("indicator", e.indicatorId())
                        .param("name", cut(e.name(), 200))
                        .param("unit", cut(e.unit(), 60))
                        .param("objective", e.objective().code())
                        .param("value", e.value())
                        .param("baseline", e.baseline())
                        .param("target", e.target())
                        .param("direction", e.direction().code())
                        .param("on", e.on())
                        .param(
                                "progress",
                                progress.max(new BigDecimal("-999999")).min(new BigDecimal("999999")))
                        .update()
                > 0;
    }

    /** Keeps a contribution once by its key; a higher revision replaces it. True when something changed. */
    boolean contribution(ContributionRecorded e) {
        int inserted = jdbc.sql("""
                        INSERT INTO evidence_contribution (entry_key, revision, initiative_id, phase, person_id, side, kind,
                            quantity, contributed_on)
                        VALUES (:key, :revision, :initiative, :phase, :person, :side, :kind, :quantity, :on)
                        ON CONFLICT DO NOTHING
                        """)
                .param("key", e.key())
                .param("revision", e.revision())
                .param("initiative", e.initiativeId())
                .param("phase", e.phase().code())
                .param("person", e.personId())
                .param("side", e.side().name().toLowerCase(Locale.ROOT))
                .param("kind", e.kind().name().toLowerCase(Locale.ROOT))
                .param("quantity", e.quantity())
                .param("on", e.on())
                .update();
        if (inserted > 0) {
            addContribution(e);
            return true;
        }
        // A higher revision may move the entry to another phase, side or person: both phases' totals are counted again.
        var before = jdbc.sql("SELECT phase FROM evidence_contribution WHERE entry_key = :key")
                .param("key", e.key())
                .query(String.class)
                .optional();
        boolean changed = jdbc.sql("""
                        UPDATE evidence_contribution SET revision = :revision, phase = :phase, person_id = :person,
                            side = :side, kind = :kind, quantity = :quantity, contributed_on = :on
                        WHERE entry_key = :key AND revision < :revision
                        """)
                        .param("key", e.key())
                        .param("revision", e.revision())
                        .param("phase", e.phase().code())
                        .param("person", e.personId())
                        .param("side", e.side().name().toLowerCase(Locale.ROOT))
                        .param("kind", e.kind().name().toLowerCase(Locale.ROOT))
                        .param("quantity", e.quantity())
                        .param("on", e.on())
                        .update()
                > 0;
        if (changed) {
            recount(CONTRIBUTION_RECOUNT, e.initiativeId(), e.phase().code());
            before.filter(p -> !p.equals(e.phase().code()))
                    .ifPresent(p -> recount(CONTRIBUTION_RECOUNT, e.initiativeId(), p));
        }
        return changed;
    }

    /**
     * Keeps a response once by its id with its scale answers; the same response again (a named response changed
     * before the close) replaces its answers, so it still counts once. True when the response was new.
     */
    boolean response(ResponseSubmitted e, LocalDate on) {
        boolean inserted = jdbc.sql("""
                        INSERT INTO evidence_response (response_id, initiative_id, instance_id, phase, received_on)
                        VALUES (:id, :initiative, :instance, :phase, :on) ON CONFLICT DO NOTHING
                        """)
                        .param("id", e.responseId())
                        .param("initiative", e.initiativeId())
                        .param("instance", e.instanceId())
                        .param("phase", e.phase().code())
                        .param("on", on)
                        .update()
                > 0;
        if (!inserted) {
            jdbc.sql("DELETE FROM evidence_scale WHERE response_id = :id")
                    .param("id", e.responseId())
                    .update();
        }
        // answers, sum, promoters, detractors of each kind actually stored (a repeated question is stored once)
        var added = new TreeMap<String, long[]>();
        for (var s : e.scales()) {
            if (!validScale(s.scaleKind(), s.value())) {
                continue;
            }
            boolean stored = jdbc.sql("""
                            INSERT INTO evidence_scale (response_id, question_id, scale_kind, answer_value)
                            VALUES (:id, :question, :kind, :value) ON CONFLICT DO NOTHING
                            """)
                            .param("id", e.responseId())
                            .param("question", s.questionId())
                            .param("kind", s.scaleKind())
                            .param("value", s.value())
                            .update()
                    > 0;
            if (stored) {
                long[] a = added.computeIfAbsent(s.scaleKind(), k -> new long[4]);
                a[0]++;
                a[1] += s.value();
                a[2] += s.value() >= 9 ? 1 : 0;
                a[3] += s.value() <= 6 ? 1 : 0;
            }
        }
        if (inserted) {
            addResponse(e, on, added);
        } else {
            // the replaced answers may have had other kinds and values: the response's phase is counted again
            jdbc.sql("SELECT initiative_id, phase FROM evidence_response WHERE response_id = :id")
                    .param("id", e.responseId())
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .optional()
                    .ifPresent(k -> recount(SCALE_RECOUNT, Long.parseLong(k[0]), k[1]));
        }
        return inserted;
    }

    static boolean validScale(String kind, int value) {
        return switch (kind) {
            case "scale5" -> value >= 1 && value <= 5;
            case "scale10" -> value >= 1 && value <= 10;
            case "nps" -> value >= 0 && value <= 10;
            default -> false;
        };
    }

    /** Keeps a face once by its rating's row; a later tap (higher revision) replaces it. True when it changed. */
    boolean rating(RatingGiven e) {
        int inserted = jdbc.sql("""
                        INSERT INTO evidence_rating (rating_id, revision, initiative_id, instance_id, phase, score, rated_on)
                        VALUES (:id, :revision, :initiative, :instance, :phase, :score, :on) ON CONFLICT DO NOTHING
                        """)
                .param("id", e.ratingId())
                .param("revision", e.revision())
                .param("initiative", e.initiativeId())
                .param("instance", e.instanceId())
                .param("phase", e.phase().code())
                .param("score", e.score())
                .param("on", e.day())
                .update();
        if (inserted > 0) {
            addRating(e);
            return true;
        }
        boolean changed = jdbc.sql("""
                        UPDATE evidence_rating SET revision = :revision, score = :score, rated_on = :on
                        WHERE rating_id = :id AND revision < :revision
                        """)
                        .param("id", e.ratingId())
                        .param("revision", e.revision())
                        .param("score", e.score())
                        .param("on", e.day())
                        .update()
                > 0;
        if (changed) {
            // a later tap may drop the phase's first day: its totals are counted again from the ratings
            jdbc.sql("SELECT initiative_id, phase FROM evidence_rating WHERE rating_id = :id")
                    .param("id", e.ratingId())
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .optional()
                    .ifPresent(k -> recount(RATING_RECOUNT, Long.parseLong(k[0]), k[1]));
        }
        return changed;
    }

    /**
     * Keeps a plan's outcome once per plan and scale; a higher revision (a later score or reading) replaces it, the
     * same or a lower one changes nothing. True when something changed.
     */
    boolean outcome(OutcomeRecorded e) {
        int inserted = jdbc.sql("""
                        INSERT INTO evidence_outcome (instance_id, scale, revision, initiative_id, phase, first_on,
                            first_value, latest_on, latest_value)
                        VALUES (:instance, :scale, :revision, :initiative, :phase, :firstOn, :first, :latestOn, :latest)
                        ON CONFLICT DO NOTHING
                        """)
                .param("instance", e.instanceId())
                .param("scale", e.scale().code())
                .param("revision", e.revision())
                .param("initiative", e.initiativeId())
                .param("phase", e.phase().code())
                .param("firstOn", e.firstOn())
                .param("first", e.first())
                .param("latestOn", e.latestOn())
                .param("latest", e.latest())
                .update();
        if (inserted > 0) {
            return true;
        }
        return jdbc.sql("""
                        UPDATE evidence_outcome SET revision = :revision, phase = :phase, first_on = :firstOn,
                            first_value = :first, latest_on = :latestOn, latest_value = :latest
                        WHERE instance_id = :instance AND scale = :scale AND revision < :revision
                        """)
                        .param("instance", e.instanceId())
                        .param("scale", e.scale().code())
                        .param("revision", e.revision())
                        .param("phase", e.phase().code())
                        .param("firstOn", e.firstOn())
                        .param("first", e.first())
                        .param("latestOn", e.latestOn())
                        .param("latest", e.latest())
                        .update()
                > 0;
    }

    // ---- the portfolio's running totals (V20_13), kept in the transaction that stores each row ----

    /*
     * A new row adds to its totals: the total's row is made sure of (zero, ON CONFLICT DO NOTHING, so two first rows at
     * once both find it), then one UPDATE adds to it under the row's lock. A row that changes (a higher revision, a
     * named response answered again) has its phase's totals counted again from the rows, by the grouped statements
     * the pages ran before (and V20_13's backfill runs), narrowed to one initiative and phase: rare, and a first day
     * (MIN) cannot be taken back by subtraction.
     */

    /**
     * Adds to one total: {@code ensure} makes its zero row (ON CONFLICT DO NOTHING), {@code add} adds to it; both take
     * the initiative {@code i}, phase {@code p} and day {@code on}, and {@code add} also the other parameters.
     */
    private void addTo(String ensure, String add, long initiative, Phase phase, LocalDate on, Map<String, ?> more) {
        var params = new HashMap<String, Object>(more);
        params.put("i", initiative);
        params.put("p", phase.code());
        params.put("on", on);
        jdbc.sql(ensure).params(params).update();
        jdbc.sql(add).params(params).update();
    }

    private void addRating(RatingGiven e) {
        addTo(
                """
                INSERT INTO evidence_rating_total (initiative_id, phase, ratings, positive, negative, since)
                VALUES (:i, :p, 0, 0, 0, :on) ON CONFLICT DO NOTHING
                """,
                """
                UPDATE evidence_rating_total SET ratings = ratings + 1, positive = positive + :positive,
                    negative = negative + :negative, since = LEAST(since, :on)
                WHERE initiative_id = :i AND phase = :p
                """,
                e.initiativeId(),
                e.phase(),
                e.day(),
                Map.of("positive", e.score() == 1 ? 1 : 0, "negative", e.score() == -1 ? 1 : 0));
    }

    private void addResponse(ResponseSubmitted e, LocalDate on, Map<String, long[]> added) {
        addTo("""
                INSERT INTO evidence_response_total (initiative_id, phase, responses, since)
                VALUES (:i, :p, 0, :on) ON CONFLICT DO NOTHING
                """, """
                UPDATE evidence_response_total SET responses = responses + 1, since = LEAST(since, :on)
                WHERE initiative_id = :i AND phase = :p
                """, e.initiativeId(), e.phase(), on, Map.of());
        added.forEach((kind, a) -> addTo(
                """
                INSERT INTO evidence_scale_total (initiative_id, phase, scale_kind, answers, people, answer_sum,
                    promoters, detractors, since)
                VALUES (:i, :p, :kind, 0, 0, 0, 0, 0, :on) ON CONFLICT DO NOTHING
                """,
                """
                UPDATE evidence_scale_total SET answers = answers + :answers, people = people + 1,
                    answer_sum = answer_sum + :sum, promoters = promoters + :promoters,
                    detractors = detractors + :detractors, since = LEAST(since, :on)
                WHERE initiative_id = :i AND phase = :p AND scale_kind = :kind
                """,
                e.initiativeId(),
                e.phase(),
                on,
                Map.of("kind", kind, "answers", a[0], "sum", a[1], "promoters", a[2], "detractors", a[3])));
    }

    private void addContribution(ContributionRecorded e) {
        if (e.quantity().signum() <= 0) {
            return; // an entry withdrawn with 0 is left out of the figures
        }
        String side = e.side().name().toLowerCase(Locale.ROOT);
        int newOnSide = 0;
        int newPerson = 0;
        if (e.personId() != null) {
            newOnSide = contributor(e, side);
            newPerson = contributor(e, "person");
        }
        // the one sum the entry adds to (materials add to none), named from this fixed list only
        String sum = switch (e.kind()) {
            case HOURS -> "citizen".equals(side) ? "citizen_hours" : "professional_hours";
            case MONEY -> "money";
            case KILOMETRES -> "kilometres";
            default -> null;
        };
        addTo(
                """
                INSERT INTO evidence_contribution_total (initiative_id, phase, citizens, professionals, people, entries,
                    since)
                VALUES (:i, :p, 0, 0, 0, 0, :on) ON CONFLICT DO NOTHING
                """,
                "UPDATE evidence_contribution_total SET "
                        + (sum == null ? "" : sum + " = COALESCE(" + sum + ", 0) + :quantity, ")
                        + """
                        citizens = citizens + :citizen, professionals = professionals + :professional,
                            people = people + :person, entries = entries + 1, since = LEAST(since, :on)
                        WHERE initiative_id = :i AND phase = :p
                        """,
                e.initiativeId(),
                e.phase(),
                e.on(),
                Map.of(
                        "citizen",
                        "citizen".equals(side) ? newOnSide : 0,
                        "professional",
                        "professional".equals(side) ? newOnSide : 0,
                        "person",
                        newPerson,
                        "quantity",
                        e.quantity()));
    }

    /** 1 when the person is new among the initiative's phase's contributors counted as {@code as}, else 0. */
    private int contributor(ContributionRecorded e, String as) {
        return jdbc.sql("""
                        INSERT INTO evidence_contributor (initiative_id, phase, person_id, counted_as)
                        VALUES (:i, :p, :person, :as) ON CONFLICT DO NOTHING
                        """)
                .param("i", e.initiativeId())
                .param("p", e.phase().code())
                .param("person", e.personId())
                .param("as", as)
                .update();
    }

    private static final List<String> RATING_RECOUNT =
            List.of("DELETE FROM evidence_rating_total WHERE initiative_id = :i AND phase = :p", """
            INSERT INTO evidence_rating_total (initiative_id, phase, ratings, positive, negative, since)
            SELECT initiative_id, phase, COUNT(*), SUM(CASE WHEN score = 1 THEN 1 ELSE 0 END),
                SUM(CASE WHEN score = -1 THEN 1 ELSE 0 END), MIN(rated_on)
            FROM evidence_rating WHERE initiative_id = :i AND phase = :p GROUP BY initiative_id, phase
            """);

    private static final List<String> SCALE_RECOUNT =
            List.of("DELETE FROM evidence_scale_total WHERE initiative_id = :i AND phase = :p", """
            INSERT INTO evidence_scale_total (initiative_id, phase, scale_kind, answers, people, answer_sum, promoters,
                detractors, since)
            SELECT r.initiative_id, r.phase, s.scale_kind, COUNT(*), COUNT(DISTINCT r.response_id), SUM(s.answer_value),
                SUM(CASE WHEN s.answer_value >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN s.answer_value <= 6 THEN 1 ELSE 0 END),
                MIN(r.received_on)
            FROM evidence_scale s JOIN evidence_response r ON r.response_id = s.response_id
            WHERE r.initiative_id = :i AND r.phase = :p
            GROUP BY r.initiative_id, r.phase, s.scale_kind
            """);

    private static final List<String> CONTRIBUTION_RECOUNT = List.of(
            "DELETE FROM evidence_contribution_total WHERE initiative_id = :i AND phase = :p",
            "DELETE FROM evidence_contributor WHERE initiative_id = :i AND phase = :p",
            """
            INSERT INTO evidence_contribution_total (initiative_id, phase, citizen_hours, professional_hours, money,
                kilometres, citizens, professionals, people, entries, since)
            SELECT initiative_id, phase, SUM(CASE WHEN kind = 'hours' AND side = 'citizen' THEN quantity END),
                SUM(CASE WHEN kind = 'hours' AND side = 'professional' THEN quantity END),
                SUM(CASE WHEN kind = 'money' THEN quantity END), SUM(CASE WHEN kind = 'kilometres' THEN quantity END),
                COUNT(DISTINCT CASE WHEN side = 'citizen' THEN person_id END),
                COUNT(DISTINCT CASE WHEN side = 'professional' THEN person_id END),
                COUNT(DISTINCT person_id), COUNT(*), MIN(contributed_on)
            FROM evidence_contribution WHERE quantity > 0 AND initiative_id = :i AND phase = :p
            GROUP BY initiative_id, phase
            """,
            """
            INSERT INTO evidence_contributor (initiative_id, phase, person_id, counted_as)
            SELECT DISTINCT initiative_id, phase, person_id, side FROM evidence_contribution
            WHERE quantity > 0 AND person_id IS NOT NULL AND initiative_id = :i AND phase = :p
            """,
            """
            INSERT INTO evidence_contributor (initiative_id, phase, person_id, counted_as)
            SELECT DISTINCT initiative_id, phase, person_id, 'person' FROM evidence_contribution
            WHERE quantity > 0 AND person_id IS NOT NULL AND initiative_id = :i AND phase = :p
            """);

    private void recount(List<String> statements, long initiative, String phase) {
        statements.forEach(
                sql -> jdbc.sql(sql).param("i", initiative).param("p", phase).update());
    }

    private static String cut(String s, int max) {
        String t = s == null ? "" : s;
        return t.length() > max ? t.substring(0, max) : t;
    }

    // ---- one initiative ----

    /** An indicator's latest reading, with its first reading's day and how many readings it has. */
    record Latest(
            long initiativeId,
            long indicatorId,
            String name,
            String unit,
            Phase phase,
            String objective,
            BigDecimal value,
            BigDecimal baseline,
            BigDecimal target,
            String direction,
            LocalDate on,
            BigDecimal progress,
            LocalDate since,
            int readings) {}

    private static final String LATEST = """
            SELECT r.initiative_id, r.indicator_id, r.indicator_name, r.unit, r.phase, r.objective, r.reading_value,
                r.baseline_value, r.target_value, r.direction, r.read_on, r.progress, f.since, f.readings
            FROM evidence_reading r
            JOIN (SELECT indicator_id, MIN(read_on) AS since, COUNT(*) AS readings, MAX(reading_id) AS last_id
                  FROM evidence_reading WHERE %s GROUP BY indicator_id) f ON f.indicator_id = r.indicator_id
            WHERE NOT EXISTS (SELECT 1 FROM evidence_reading n WHERE n.indicator_id = r.indicator_id
                AND (n.read_on > r.read_on OR (n.read_on = r.read_on AND n.reading_id > r.reading_id)))
            """;

    List<Latest> latest(long initiative) {
        return jdbc.sql(LATEST.formatted("initiative_id = :i") + " ORDER BY r.phase, r.indicator_name, r.indicator_id")
                .param("i", initiative)
                .query((rs, n) -> latest(rs))
                .list();
    }

    private static Latest latest(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Latest(
                rs.getLong("initiative_id"),
                rs.getLong("indicator_id"),
                rs.getString("indicator_name"),
                rs.getString("unit"),
                Phase.fromCode(rs.getString("phase")).orElseThrow(),
                rs.getString("objective"),
                rs.getBigDecimal("reading_value"),
                rs.getBigDecimal("baseline_value"),
                rs.getBigDecimal("target_value"),
                rs.getString("direction"),
                rs.getObject("read_on", LocalDate.class),
                rs.getBigDecimal("progress"),
                rs.getObject("since", LocalDate.class),
                rs.getInt("readings"));
    }

    /** Survey scale answers of one kind in one phase: answers, people, mean, NPS parts and the first day. */
    record Scales(
            long initiativeId,
            Phase phase,
            String kind,
            int answers,
            int people,
            double mean,
            int promoters,
            int detractors,
            LocalDate since) {}

    private static final String SCALES = """
            SELECT r.initiative_id, r.phase, s.scale_kind, COUNT(*) AS answers, COUNT(DISTINCT r.response_id) AS people,
                AVG(CAST(s.answer_value AS DOUBLE PRECISION)) AS mean,
                SUM(CASE WHEN s.answer_value >= 9 THEN 1 ELSE 0 END) AS promoters,
                SUM(CASE WHEN s.answer_value <= 6 THEN 1 ELSE 0 END) AS detractors, MIN(r.received_on) AS since
            FROM evidence_scale s JOIN evidence_response r ON r.response_id = s.response_id
            WHERE %s
            GROUP BY r.initiative_id, r.phase, s.scale_kind
            """;

    List<Scales> scales(long initiative) {
        return scalesWhere(SCALES, "r.initiative_id = :i", "i", initiative);
    }

    private List<Scales> scalesWhere(String sql, String where, String param, Object value) {
        return grouped(
                sql,
                where,
                param,
                value,
                (rs, n) -> new Scales(
                        rs.getLong("initiative_id"),
                        Phase.fromCode(rs.getString("phase")).orElseThrow(),
                        rs.getString("scale_kind"),
                        rs.getInt("answers"),
                        rs.getInt("people"),
                        rs.getDouble("mean"),
                        rs.getInt("promoters"),
                        rs.getInt("detractors"),
                        rs.getObject("since", LocalDate.class)));
    }

    /** Ratings in one phase: how many, how many positive and negative, since when. */
    record Ratings(long initiativeId, Phase phase, int count, int positive, int negative, LocalDate since) {}

    private static final String RATINGS = """
            SELECT initiative_id, phase, COUNT(*) AS ratings, SUM(CASE WHEN score = 1 THEN 1 ELSE 0 END) AS positive,
                SUM(CASE WHEN score = -1 THEN 1 ELSE 0 END) AS negative, MIN(rated_on) AS since
            FROM evidence_rating WHERE %s GROUP BY initiative_id, phase
            """;

    List<Ratings> ratings(long initiative) {
        return ratingsWhere(RATINGS, "initiative_id = :i", "i", initiative);
    }

    private List<Ratings> ratingsWhere(String sql, String where, String param, Object value) {
        return grouped(
                sql,
                where,
                param,
                value,
                (rs, n) -> new Ratings(
                        rs.getLong("initiative_id"),
                        Phase.fromCode(rs.getString("phase")).orElseThrow(),
                        rs.getInt("ratings"),
                        rs.getInt("positive"),
                        rs.getInt("negative"),
                        rs.getObject("since", LocalDate.class)));
    }

    /**
     * Inputs in one phase: hours and money on each side, kilometres, the distinct people who contributed on each side
     * and in all (entries withdrawn with 0 left out), since when.
     */
    record Inputs(
            long initiativeId,
            Phase phase,
            BigDecimal citizenHours,
            BigDecimal professionalHours,
            BigDecimal money,
            BigDecimal kilometres,
            int citizens,
            int professionals,
            int people,
            int entries,
            LocalDate since) {
        BigDecimal hours() {
            return citizenHours.add(professionalHours);
        }
    }

    private static final String INPUTS = """
            SELECT initiative_id, phase,
                COALESCE(SUM(CASE WHEN kind = 'hours' AND side = 'citizen' THEN quantity END), 0) AS citizen_hours,
                COALESCE(SUM(CASE WHEN kind = 'hours' AND side = 'professional' THEN quantity END), 0) AS pro_hours,
                COALESCE(SUM(CASE WHEN kind = 'money' THEN quantity END), 0) AS money,
                COALESCE(SUM(CASE WHEN kind = 'kilometres' THEN quantity END), 0) AS kilometres,
                COUNT(DISTINCT CASE WHEN side = 'citizen' THEN person_id END) AS citizens,
                COUNT(DISTINCT CASE WHEN side = 'professional' THEN person_id END) AS professionals,
                COUNT(DISTINCT person_id) AS people, COUNT(*) AS entries, MIN(contributed_on) AS since
            FROM evidence_contribution WHERE quantity > 0 AND %s GROUP BY initiative_id, phase
            """;

    List<Inputs> inputs(long initiative) {
        return inputsWhere(INPUTS, "initiative_id = :i", "i", initiative);
    }

    private List<Inputs> inputsWhere(String sql, String where, String param, Object value) {
        return grouped(
                sql,
                where,
                param,
                value,
                (rs, n) -> new Inputs(
                        rs.getLong("initiative_id"),
                        Phase.fromCode(rs.getString("phase")).orElseThrow(),
                        rs.getBigDecimal("citizen_hours"),
                        rs.getBigDecimal("pro_hours"),
                        rs.getBigDecimal("money"),
                        rs.getBigDecimal("kilometres"),
                        rs.getInt("citizens"),
                        rs.getInt("professionals"),
                        rs.getInt("people"),
                        rs.getInt("entries"),
                        rs.getObject("since", LocalDate.class)));
    }

    /** Survey respondents in one phase (one response per person) and the first day. */
    record Respondents(long initiativeId, Phase phase, int people, LocalDate since) {}

    private static final String RESPONDENTS = """
            SELECT initiative_id, phase, COUNT(*) AS people, MIN(received_on) AS since
            FROM evidence_response WHERE %s GROUP BY initiative_id, phase
            """;

    List<Respondents> respondents(long initiative) {
        return respondentsWhere(RESPONDENTS, "initiative_id = :i", "i", initiative);
    }

    private List<Respondents> respondentsWhere(String sql, String where, String param, Object value) {
        return grouped(
                sql,
                where,
                param,
                value,
                (rs, n) -> new Respondents(
                        rs.getLong("initiative_id"),
                        Phase.fromCode(rs.getString("phase")).orElseThrow(),
                        rs.getInt("people"),
                        rs.getObject("since", LocalDate.class)));
    }

    /**
     * The individual plans' outcomes in one phase and scale: how many plans, the mean latest value, how many plans were
     * measured on two days or more and their mean change from the first value, and the first day. A plan measured on
     * one day only has no change yet: counting it as a change of zero would pull every mean toward no effect.
     */
    record Outcomes(
            long initiativeId,
            Phase phase,
            String scale,
            int plans,
            double latest,
            int changedPlans,
            double change,
            LocalDate since) {}

    private static final String OUTCOMES = """
            SELECT initiative_id, phase, scale, COUNT(*) AS plans,
                AVG(CAST(latest_value AS DOUBLE PRECISION)) AS latest,
                COUNT(CASE WHEN latest_on > first_on THEN 1 END) AS changed_plans,
                AVG(CASE WHEN latest_on > first_on THEN CAST(latest_value - first_value AS DOUBLE PRECISION) END)
                    AS change,
                MIN(first_on) AS since
            FROM evidence_outcome WHERE %s GROUP BY initiative_id, phase, scale
            """;

    List<Outcomes> outcomes(long initiative) {
        return outcomesWhere("initiative_id = :i", "i", initiative);
    }

    List<Outcomes> outcomesInScope(Long organisation, boolean publicToo) {
        return outcomesWhere(
                inScope("initiative_id", organisation, publicToo), organisation == null ? null : "o", organisation);
    }

    private List<Outcomes> outcomesWhere(String where, String param, Object value) {
        return grouped(
                OUTCOMES,
                where,
                param,
                value,
                (rs, n) -> new Outcomes(
                        rs.getLong("initiative_id"),
                        Phase.fromCode(rs.getString("phase")).orElseThrow(),
                        rs.getString("scale"),
                        rs.getInt("plans"),
                        rs.getDouble("latest"),
                        rs.getInt("changed_plans"),
                        rs.getDouble("change"),
                        rs.getObject("since", LocalDate.class)));
    }

    // ---- the portfolio: every initiative in scope at once ----

    /**
     * An initiative the portfolio may count: its typology, organisation, whether it is public, the readiness answers
     * (null when not answered) and the citizens' published factor averages (null when withheld, under 5 people).
     */
    record Scope(
            long id,
            String title,
            String level,
            String domain,
            long organisationId,
            boolean isPublic,
            boolean[] phases,
            Integer[] readiness,
            int citizenRespondents,
            Double[] citizen) {}

    /**
     * The published initiatives of the portfolio: the public ones (collective, not drafts), and with
     * {@code organisation} not null also that organisation's group and individual ones.
     */
    List<Scope> scope(Long organisation, boolean publicToo) {
        var q = jdbc.sql("""
                SELECT i.id, i.title, i.level, i.domain, i.organisation_id, i.in_co_commissioning, i.in_co_design,
                    i.in_co_delivery, i.in_co_assessment, r.compatibility, r.open_attitude, r.risk_averse_culture,
                    r.incentives, s.respondents, s.skills, s.intrinsic_motivation, s.ownership, s.social_capital,
                    s.risk_aversion
                FROM initiative i
                LEFT JOIN readiness_answer r ON r.initiative_id = i.id
                LEFT JOIN citizen_factor_snapshot s ON s.initiative_id = i.id
                WHERE %s
                ORDER BY i.id
                """.formatted(scopeWhere(organisation, publicToo)));
        if (organisation != null) {
            q = q.param("o", organisation);
        }
        return q.query((rs, n) -> new Scope(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("level"),
                        rs.getString("domain"),
                        rs.getLong("organisation_id"),
                        "collective".equals(rs.getString("level")),
                        new boolean[] {
                            rs.getBoolean("in_co_commissioning"),
                            rs.getBoolean("in_co_design"),
                            rs.getBoolean("in_co_delivery"),
                            rs.getBoolean("in_co_assessment")
                        },
                        new Integer[] {
                            rs.getObject("compatibility", Integer.class),
                            rs.getObject("open_attitude", Integer.class),
                            rs.getObject("risk_averse_culture", Integer.class),
                            rs.getObject("incentives", Integer.class)
                        },
                        rs.getInt("respondents"),
                        new Double[] {
                            rs.getObject("skills", Double.class),
                            rs.getObject("intrinsic_motivation", Double.class),
                            rs.getObject("ownership", Double.class),
                            rs.getObject("social_capital", Double.class),
                            rs.getObject("risk_aversion", Double.class)
                        }))
                .list();
    }

    /** A code (a citizen role or an objective) of an initiative. */
    record Code(long initiativeId, String code) {}

    List<Code> roles(Long organisation, boolean publicToo) {
        return codes("initiative_citizen_role", "role", organisation, publicToo);
    }

    List<Code> objectives(Long organisation, boolean publicToo) {
        return codes("initiative_objective", "objective", organisation, publicToo);
    }

    private List<Code> codes(String table, String column, Long organisation, boolean publicToo) {
        String where = scopeWhere(organisation, publicToo);
        var q = jdbc.sql("SELECT c.initiative_id, c." + column + " FROM " + table
                + " c JOIN initiative i ON i.id = c.initiative_id WHERE " + where
                + " ORDER BY c.initiative_id, c." + column);
        if (organisation != null) {
            q = q.param("o", organisation);
        }
        return q.query((rs, n) -> new Code(rs.getLong(1), rs.getString(2))).list();
    }

    private static String scopeWhere(Long organisation, boolean publicToo) {
        String where = organisation == null
                ? "i.level = 'collective'"
                : publicToo ? "(i.level = 'collective' OR i.organisation_id = :o)" : "i.organisation_id = :o";
        return "i.status <> 'draft' AND " + where;
    }

    private static String inScope(String column, Long organisation, boolean publicToo) {
        return column + " IN (SELECT i.id FROM initiative i WHERE " + scopeWhere(organisation, publicToo) + ")";
    }

    private static final String LATEST_TOTALS = """
            SELECT initiative_id, indicator_id, indicator_name, unit, phase, objective, reading_value, baseline_value,
                target_value, direction, read_on, progress, since, readings
            FROM evidence_indicator_latest WHERE %s ORDER BY initiative_id, indicator_id
            """;

    List<Latest> latestInScope(Long organisation, boolean publicToo) {
        var q = jdbc.sql(LATEST_TOTALS.formatted(inScope("initiative_id", organisation, publicToo)));
        if (organisation != null) {
            q = q.param("o", organisation);
        }
        return q.query((rs, n) -> latest(rs)).list();
    }

    /*
     * The portfolio reads the running totals (V20_13) with the same columns as the grouped statements above, which
     * the one initiative's page still runs over its own rows: a mean is the exact sum over the count, as AVG of the
     * integer answers is, and a sum with no entry of its kind is 0 as COALESCE(SUM(...), 0) gives.
     */
    private static final String SCALE_TOTALS = """
            SELECT initiative_id, phase, scale_kind, answers, people,
                CAST(answer_sum AS DOUBLE PRECISION) / answers AS mean, promoters, detractors, since
            FROM evidence_scale_total WHERE %s ORDER BY initiative_id, phase, scale_kind
            """;

    private static final String RATING_TOTALS = """
            SELECT initiative_id, phase, ratings, positive, negative, since
            FROM evidence_rating_total WHERE %s ORDER BY initiative_id, phase
            """;

    private static final String CONTRIBUTION_TOTALS = """
            SELECT initiative_id, phase, COALESCE(citizen_hours, 0) AS citizen_hours,
                COALESCE(professional_hours, 0) AS pro_hours, COALESCE(money, 0) AS money,
                COALESCE(kilometres, 0) AS kilometres, citizens, professionals, people, entries, since
            FROM evidence_contribution_total WHERE %s ORDER BY initiative_id, phase
            """;

    private static final String RESPONSE_TOTALS = """
            SELECT initiative_id, phase, responses AS people, since
            FROM evidence_response_total WHERE %s ORDER BY initiative_id, phase
            """;

    List<Scales> scalesInScope(Long organisation, boolean publicToo) {
        return scalesWhere(
                SCALE_TOTALS,
                inScope("initiative_id", organisation, publicToo),
                organisation == null ? null : "o",
                organisation);
    }

    List<Ratings> ratingsInScope(Long organisation, boolean publicToo) {
        return ratingsWhere(
                RATING_TOTALS,
                inScope("initiative_id", organisation, publicToo),
                organisation == null ? null : "o",
                organisation);
    }

    List<Inputs> inputsInScope(Long organisation, boolean publicToo) {
        return inputsWhere(
                CONTRIBUTION_TOTALS,
                inScope("initiative_id", organisation, publicToo),
                organisation == null ? null : "o",
                organisation);
    }

    List<Respondents> respondentsInScope(Long organisation, boolean publicToo) {
        return respondentsWhere(
                RESPONSE_TOTALS,
                inScope("initiative_id", organisation, publicToo),
                organisation == null ? null : "o",
                organisation);
    }

    /** How many rows of each evidence table an initiative has (for tests and the demo seed). */
    long count(String table, long initiative) {
        if (!List.of(
                        "evidence_reading",
                        "evidence_contribution",
                        "evidence_response",
                        "evidence_rating",
                        "evidence_outcome")
                .contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE initiative_id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
    }

    /** One grouped statement of the page or the portfolio: {@code sql} with its WHERE clause and optional parameter. */
    private <T> List<T> grouped(
            String sql, String where, String param, Object value, org.springframework.jdbc.core.RowMapper<T> row) {
        var q = jdbc.sql(sql.formatted(where));
        if (param != null) {
            q = q.param(param, value);
        }
        return q.query(row).list();
    }
}
