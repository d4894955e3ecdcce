package org.cocrea.survey;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The survey tables (V19_5): surveys, items, drafts, respondents, responses and answers. */
@Repository
class SurveyRepository {
    private static final String SURVEY = """
            SELECT tool_instance_id, title, intro, anonymous, status, opens_at, closes_at, results_published, announced,
                   created_at, closed_at, codes FROM survey""";
    private static final String ITEM = """
            SELECT id, position, kind, text, help, required, options, items, allow_other, min_value, max_value,
                   show_if_item, show_if_answers FROM survey_item""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JdbcTemplate streaming;

    SurveyRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        // PostgreSQL sends rows in batches of this size inside a transaction, instead of the whole result at once
        this.streaming.setFetchSize(1000);
    }

    /** A question as checked by the service, to insert or to update. */
    record ItemDraft(
            QuestionKind kind,
            String text,
            String help,
            boolean required,
            List<String> options,
            List<String> rows,
            boolean allowOther,
            BigDecimal min,
            BigDecimal max,
            Long showIf,
            Set<Integer> showIfAnswers) {}

    Optional<Survey> find(long instance) {
        return jdbc.sql(SURVEY + " WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(SurveyRepository::survey)
                .optional();
    }

    /** The survey with its row locked until the transaction ends: answers, edits and the close never cross. */
    Optional<Survey> lock(long instance) {
        return jdbc.sql(SURVEY + " WHERE tool_instance_id = :i FOR UPDATE")
                .param("i", instance)
                .query(SurveyRepository::survey)
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM survey").query(Long.class).single();
    }

    void create(long instance, String title, String intro, boolean anonymous, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO survey (tool_instance_id, title, intro, anonymous, status, created_at)
                VALUES (:i, :t, :intro, :a, 'draft', :now)
                """)
                .param("i", instance)
                .param("t", title)
                .param("intro", intro)
                .param("a", anonymous)
                .param("now", now)
                .update();
    }

    void settings(
            long instance,
            String title,
            String intro,
            boolean anonymous,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            boolean codes) {
        jdbc.sql("""
                UPDATE survey SET title = :t, intro = :intro, anonymous = :a, opens_at = :o, closes_at = :c,
                    codes = :codes
                WHERE tool_instance_id = :i
                """)
                .param("codes", codes)
                .param("i", instance)
                .param("t", title)
                .param("intro", intro)
                .param("a", anonymous)
                .param("o", opensAt)
                .param("c", closesAt)
                .update();
    }

    /** Draft to open; false when it was not a draft. */
    boolean open(long instance) {
        return jdbc.sql("UPDATE survey SET status = 'open' WHERE tool_instance_id = :i AND status = 'draft'")
                        .param("i", instance)
                        .update()
                == 1;
    }

    /** Marks the opening told; true only for the one caller that did, so members are told once. */
    boolean announce(long instance, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE survey SET announced = TRUE
                        WHERE tool_instance_id = :i AND status = 'open' AND NOT announced AND opens_at <= :now
                        """).param("i", instance).param("now", now).update() == 1;
    }

    boolean close(long instance, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE survey SET status = 'closed', closed_at = :now
                        WHERE tool_instance_id = :i AND status = 'open'
                        """).param("i", instance).param("now", now).update() == 1;
    }

    void publishResults(long instance, boolean published) {
        jdbc.sql("UPDATE survey SET results_published = :p WHERE tool_instance_id = :i")
                .param("i", instance)
                .param("p", published)
                .update();
    }

    List<Long> dueToClose(OffsetDateTime now) {
        return jdbc.sql("SELECT tool_instance_id FROM survey WHERE status = 'open' AND closes_at <= :now")
                .param("now", now)
                .query(Long.class)
                .list();
    }

    List<Long> dueToAnnounce(OffsetDateTime now) {
        return jdbc.sql("""
                        SELECT tool_instance_id FROM survey
                        WHERE status = 'open' AND NOT announced AND opens_at <= :now AND closes_at > :now
                        """).param("now", now).query(Long.class).list();
    }

    // Items

    List<Item> items(long instance) {
        return jdbc.sql(ITEM + " WHERE tool_instance_id = :i ORDER BY position")
                .param("i", instance)
                .query(SurveyRepository::item)
                .list();
    }

    int itemCount(long instance) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_item WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Integer.class)
                .single();
    }

    /** Inserts a template's items in order, each skip condition naming the item it points at; returns their ids. */
    List<Long> insertTemplate(long instance, List<Templates.Entry> entries) {
        var ids = new ArrayList<Long>();
        for (var e : entries) {
            Long showIf = e.showIf() < 0 ? null : ids.get(e.showIf());
            ids.add(insertItem(
                    instance,
                    new ItemDraft(
                            e.kind(),
                            e.text(),
                            "",
                            e.required(),
                            e.options(),
                            e.rows(),
                            false,
                            null,
                            null,
                            showIf,
                            e.showIfAnswers())));
        }
        return ids;
    }

    long insertItem(long instance, ItemDraft d) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO survey_item (tool_instance_id, position, kind, text, help, required, options, items,
                    allow_other, min_value, max_value, show_if_item, show_if_answers)
                VALUES (:i, (SELECT COALESCE(MAX(position), 0) + 1 FROM survey_item WHERE tool_instance_id = :i),
                    :kind, :text, :help, :required, :options, :rows, :other, :min, :max, :showIf, :answers)
                """).param("i", instance).params(itemParams(d)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void updateItem(long instance, long id, ItemDraft d) {
        jdbc.sql("""
                UPDATE survey_item SET kind = :kind, text = :text, help = :help, required = :required,
                    options = :options, items = :rows, allow_other = :other, min_value = :min, max_value = :max,
                    show_if_item = :showIf, show_if_answers = :answers
                WHERE id = :id AND tool_instance_id = :i
                """).param("i", instance).param("id", id).params(itemParams(d)).update();
    }

    private static Map<String, Object> itemParams(ItemDraft d) {
        var p = new java.util.HashMap<String, Object>();
        p.put("kind", d.kind().code());
        p.put("text", d.text());
        p.put("help", d.help());
        p.put("required", d.required());
        p.put("options", String.join("\n", d.options()));
        p.put("rows", String.join("\n", d.rows()));
        p.put("other", d.allowOther());
        p.put("min", d.min());
        p.put("max", d.max());
        p.put("showIf", d.showIf());
        p.put(
                "answers",
                String.join(
                        ",",
                        d.showIfAnswers().stream().sorted().map(String::valueOf).toList()));
        return p;
    }

    /** Deletes an item; conditions that named it go with it, and the items after it move up. */
    void deleteItem(long instance, long id, int position) {
        jdbc.sql("""
                UPDATE survey_item SET show_if_item = NULL, show_if_answers = ''
                WHERE tool_instance_id = :i AND show_if_item = :id
                """).param("i", instance).param("id", id).update();
        jdbc.sql("DELETE FROM survey_item WHERE id = :id AND tool_instance_id = :i")
                .param("i", instance)
                .param("id", id)
                .update();
        // one by one upwards, so the UNIQUE position never sees two rows at one place
        var after = jdbc.sql("""
                        SELECT id FROM survey_item WHERE tool_instance_id = :i AND position > :p ORDER BY position
                        """)
                .param("i", instance)
                .param("p", position)
                .query(Long.class)
                .list();
        int next = position;
        for (long moved : after) {
            jdbc.sql("UPDATE survey_item SET position = :p WHERE id = :id")
                    .param("p", next++)
                    .param("id", moved)
                    .update();
        }
    }

    /** Swaps two items' places (through a free place, for the UNIQUE position). */
    void swap(long instance, Item a, Item b) {
        jdbc.sql("UPDATE survey_item SET position = -1 WHERE id = :id AND tool_instance_id = :i")
                .param("id", a.id())
                .param("i", instance)
                .update();
        jdbc.sql("UPDATE survey_item SET position = :p WHERE id = :id AND tool_instance_id = :i")
                .param("p", a.position())
                .param("id", b.id())
                .param("i", instance)
                .update();
        jdbc.sql("UPDATE survey_item SET position = :p WHERE id = :id AND tool_instance_id = :i")
                .param("p", b.position())
                .param("id", a.id())
                .param("i", instance)
                .update();
    }

    // Drafts, respondents, responses

    Optional<String> draft(long instance, long person) {
        return jdbc.sql("SELECT answers FROM survey_draft WHERE tool_instance_id = :i AND person_id = :p")
                .param("i", instance)
                .param("p", person)
                .query(String.class)
                .optional();
    }

    void saveDraft(long instance, long person, String answers, OffsetDateTime now) {
        saveDraft("survey_draft", "person_id", instance, person, answers, now);
    }

    /**
     * A person's or a code holder's draft, replaced or added. Two first saves at once would meet the primary key;
     * the survey's row lock, held by every answering transaction, keeps that from happening in the service.
     */
    private void saveDraft(String table, String who, long instance, Object key, String answers, OffsetDateTime now) {
        int updated = jdbc.sql("UPDATE " + table + " SET answers = :a, saved_at = :now WHERE tool_instance_id = :i AND "
                        + who + " = :k")
                .param("i", instance)
                .param("k", key)
                .param("a", answers)
                .param("now", now)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO " + table + " (tool_instance_id, " + who + ", answers, saved_at)"
                            + " VALUES (:i, :k, :a, :now)")
                    .param("i", instance)
                    .param("k", key)
                    .param("a", answers)
                    .param("now", now)
                    .update();
        }
    }

    void deleteDraft(long instance, long person) {
        jdbc.sql("DELETE FROM survey_draft WHERE tool_instance_id = :i AND person_id = :p")
                .param("i", instance)
                .param("p", person)
                .update();
    }

    boolean responded(long instance, long person) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_respondent WHERE tool_instance_id = :i AND person_id = :p")
                        .param("i", instance)
                        .param("p", person)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records that the person responded; the primary key refuses a second one (DuplicateKeyException). */
    void respondent(long instance, long person) {
        jdbc.sql("INSERT INTO survey_respondent (tool_instance_id, person_id) VALUES (:i, :p)")
                .param("i", instance)
                .param("p", person)
                .update();
    }

    /** A new response; {@code person} null for an anonymous survey. */
    long response(long instance, Long person, LocalDate on) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO survey_response (tool_instance_id, person_id, submitted_on) VALUES (:i, :p, :on)
                """).param("i", instance).param("p", person).param("on", on).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    // Code holders (ADR 0033): the same rows under the keyed hash of survey and code, never the code

    Optional<String> codeDraft(long instance, String key) {
        return jdbc.sql("SELECT answers FROM survey_code_draft WHERE tool_instance_id = :i AND code_key = :k")
                .param("i", instance)
                .param("k", key)
                .query(String.class)
                .optional();
    }

    void saveCodeDraft(long instance, String key, String answers, OffsetDateTime now) {
        saveDraft("survey_code_draft", "code_key", instance, key, answers, now);
    }

    /** The response given with this code, if any. */
    Optional<Long> codeResponse(long instance, String key) {
        return jdbc.sql("SELECT id FROM survey_response WHERE tool_instance_id = :i AND code_key = :k")
                .param("i", instance)
                .param("k", key)
                .query(Long.class)
                .optional();
    }

    /** A new response given with a code; the UNIQUE (survey, code key) refuses a second (DuplicateKeyException). */
    long codeResponse(long instance, String key, LocalDate on) {
        var id = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO survey_response (tool_instance_id, code_key, submitted_on) VALUES (:i, :k, :on)
                """).param("i", instance).param("k", key).param("on", on).update(id, "id");
        return id.getKeyAs(Number.class).longValue();
    }

    /** A named survey's response of this person. */
    Optional<Long> namedResponse(long instance, long person) {
        return jdbc.sql("SELECT id FROM survey_response WHERE tool_instance_id = :i AND person_id = :p")
                .param("i", instance)
                .param("p", person)
                .query(Long.class)
                .optional();
    }

    void replaceAnswers(long response, LocalDate on) {
        var old = new ArrayList<Object[]>();
        jdbc.sql("SELECT tool_instance_id, item_id, part, value_number FROM survey_answer WHERE response_id = :r")
                .param("r", response)
                .query(rs -> {
                    old.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBigDecimal(4)});
                });
        if (!old.isEmpty()) {
            long instance = (Long) old.get(0)[0];
            var parts = new ArrayList<Tallied>();
            old.forEach(o -> parts.add(new Tallied((Long) o[1], (Integer) o[2], (BigDecimal) o[3])));
            tally(instance, List.of(parts), -1);
        }
        jdbc.sql("DELETE FROM survey_answer WHERE response_id = :r")
                .param("r", response)
                .update();
        jdbc.sql("UPDATE survey_response SET submitted_on = :on WHERE id = :r")
                .param("r", response)
                .param("on", on)
                .update();
    }

    /** Stores a response's answers and adds them to the tallies the results page reads. */
    void answers(long instance, long response, Collection<Answers.Answer> answers) {
        var rows = new ArrayList<Object[]>();
        var parts = new ArrayList<Tallied>();
        for (var a : answers) {
            for (var p : a.parts()) {
                rows.add(new Object[] {response, instance, a.itemId(), p.part(), p.number(), p.text()});
                parts.add(new Tallied(a.itemId(), p.part(), p.number()));
            }
        }
        batch.batchUpdate(INSERT_ANSWER, rows);
        tally(instance, List.of(parts), 1);
    }

    private static final String INSERT_ANSWER = """
            INSERT INTO survey_answer (response_id, tool_instance_id, item_id, part, value_number, value_text)
            VALUES (?, ?, ?, ?, ?, ?)
            """;

    /**
     * Many responses' answers at once (the demo-data generator): the same rows as {@link #answers} for each response,
     * in JDBC batches, and the tallies added once for all of them, as many submissions one after the other would.
     */
    void answersOfMany(long instance, Map<Long, ? extends Collection<Answers.Answer>> byResponse) {
        var rows = new ArrayList<Object[]>();
        var responses = new ArrayList<List<Tallied>>();
        byResponse.forEach((response, answers) -> {
            var parts = new ArrayList<Tallied>();
            for (var a : answers) {
                for (var p : a.parts()) {
                    rows.add(new Object[] {response, instance, a.itemId(), p.part(), p.number(), p.text()});
                    parts.add(new Tallied(a.itemId(), p.part(), p.number()));
                }
            }
            responses.add(parts);
        });
        batch.batchUpdate(INSERT_ANSWER, rows);
        tally(instance, responses, 1);
    }

    /** Many respondents of one survey at once (the demo-data generator); the primary key refuses a repeated one. */
    void respondents(long instance, Collection<Long> people) {
        batch.batchUpdate(
                "INSERT INTO survey_respondent (tool_instance_id, person_id) VALUES (?, ?)",
                people.stream().map(p -> new Object[] {instance, p}).toList());
    }

    private record Tallied(long itemId, int part, BigDecimal number) {}

    /**
     * Adds ({@code sign} 1) or takes away (-1) one response's answers in the tallies: one person per question
     * answered, one answer per value of a closed question's part. Callers hold the survey's row lock, so the
     * UPDATE-then-INSERT never races another submission of the same survey. {@code responses} holds each response's
     * parts: a question counts one person per response that answered it.
     */
    private void tally(long instance, List<List<Tallied>> responses, int sign) {
        var kinds = new java.util.HashMap<Long, QuestionKind>();
        jdbc.sql("SELECT id, kind FROM survey_item WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(rs -> {
                    kinds.put(rs.getLong(1), QuestionKind.of(rs.getString(2)).orElseThrow());
                });
        var people = new java.util.LinkedHashMap<Long, Long>();
        var values = new java.util.LinkedHashMap<List<Long>, Long>();
        for (var parts : responses) {
            var answered = new java.util.LinkedHashSet<Long>();
            for (var p : parts) {
                answered.add(p.itemId());
                var kind = kinds.get(p.itemId());
                if (kind != null && (kind.closed() || kind == QuestionKind.MATRIX || kind == QuestionKind.RANKING)) {
                    long value = kind == QuestionKind.MULTIPLE
                            ? 1
                            : p.number() == null ? 0 : p.number().intValue();
                    values.merge(List.of(p.itemId(), (long) p.part(), value), 1L, Long::sum);
                }
            }
            answered.forEach(item -> people.merge(item, 1L, Long::sum));
        }
        for (var e : people.entrySet()) {
            long d = sign * e.getValue();
            int updated = jdbc.sql("UPDATE survey_item_people SET people = people + :d WHERE item_id = :q")
                    .param("d", d)
                    .param("q", e.getKey())
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO survey_item_people (item_id, tool_instance_id, people) VALUES (:q, :i, :d)
                        """)
                        .param("q", e.getKey())
                        .param("i", instance)
                        .param("d", Math.max(0, d))
                        .update();
            }
        }
        for (var e : values.entrySet()) {
            long d = sign * e.getValue();
            int updated = jdbc.sql("""
                            UPDATE survey_tally SET answers = answers + :d
                            WHERE item_id = :q AND part = :p AND tally_value = :v
                            """)
                    .param("d", d)
                    .param("q", e.getKey().get(0))
                    .param("p", e.getKey().get(1).intValue())
                    .param("v", e.getKey().get(2).intValue())
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO survey_tally (tool_instance_id, item_id, part, tally_value, answers)
                        VALUES (:i, :q, :p, :v, :d)
                        """)
                        .param("i", instance)
                        .param("q", e.getKey().get(0))
                        .param("p", e.getKey().get(1).intValue())
                        .param("v", e.getKey().get(2).intValue())
                        .param("d", Math.max(0, d))
                        .update();
            }
        }
    }

    int responses(long instance) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Integer.class)
                .single();
    }

    // Results: aggregated in SQL, a handful of rows per question whatever the number of responses

    /** How many answers each value of each closed question, matrix row and rank got. */
    record Count(long itemId, int part, int value, long count) {}

    List<Count> counts(long instance) {
        return jdbc.sql("""
                        SELECT item_id, part, tally_value, answers FROM survey_tally
                        WHERE tool_instance_id = :i AND answers > 0
                        """)
                .param("i", instance)
                .query((rs, n) -> new Count(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)))
                .list();
    }

    /** Per question: how many responses answered it, and for numbers their mean, lowest and highest. */
    record Answered(long itemId, long people, BigDecimal mean, BigDecimal min, BigDecimal max) {}

    List<Answered> answered(long instance) {
        return jdbc.sql("""
                        SELECT p.item_id, p.people, n.mean, n.low, n.high FROM survey_item_people p
                        LEFT JOIN (SELECT a.item_id, AVG(a.value_number) AS mean, MIN(a.value_number) AS low,
                                          MAX(a.value_number) AS high
                                   FROM survey_answer a JOIN survey_item q ON q.id = a.item_id AND q.kind = 'number'
                                   WHERE a.tool_instance_id = :i GROUP BY a.item_id) n ON n.item_id = p.item_id
                        WHERE p.tool_instance_id = :i
                        """)
                .param("i", instance)
                .query((rs, n) -> new Answered(
                        rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    /** The newest texts of each question answered in words (and "other" texts), {@code limit} per question. */
    record Text(long itemId, String text) {}

    List<Text> texts(long instance, Collection<Long> items, int limit) {
        if (items.isEmpty()) {
            return List.of();
        }
        // one backward index scan per question, in one statement
        var parts = new ArrayList<String>();
        int k = 0;
        for (long ignored : items) {
            parts.add("(SELECT item_id, value_text, response_id FROM survey_answer WHERE tool_instance_id = :i"
                    + " AND item_id = :q" + k++
                    + " AND value_text IS NOT NULL ORDER BY response_id DESC LIMIT :limit)");
        }
        var spec = jdbc.sql("SELECT item_id, value_text FROM (" + String.join(" UNION ALL ", parts)
                        + ") t ORDER BY item_id, response_id DESC")
                .param("i", instance)
                .param("limit", limit);
        k = 0;
        for (long item : items) {
            spec = spec.param("q" + k++, item);
        }
        return spec.query((rs, n) -> new Text(rs.getLong(1), rs.getString(2))).list();
    }

    /** A cross-tabulation: responses by the values of {@code rows} and of {@code columns} (closed questions). */
    record Cell(int row, int column, long count) {}

    List<Cell> cross(long instance, long rows, long columns, boolean rowsByPart, boolean columnsByPart) {
        String r = rowsByPart ? "a.part" : "CAST(a.value_number AS INT)";
        String c = columnsByPart ? "b.part" : "CAST(b.value_number AS INT)";
        return jdbc.sql("SELECT " + r + ", " + c + ", COUNT(*) FROM survey_answer a JOIN survey_answer b"
                        + " ON b.response_id = a.response_id AND b.item_id = :c"
                        + " WHERE a.tool_instance_id = :i AND a.item_id = :r GROUP BY " + r + ", " + c)
                .param("i", instance)
                .param("r", rows)
                .param("c", columns)
                .query((rs, n) -> new Cell(rs.getInt(1), rs.getInt(2), rs.getLong(3)))
                .list();
    }

    /** Every answer of the survey, response by response, in the items' order, one row at a time (the exports). */
    void eachAnswer(long instance, RowCallbackHandler row) {
        streaming.query("""
                SELECT a.response_id, r.submitted_on, a.item_id, a.part, a.value_number, a.value_text
                FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                WHERE a.tool_instance_id = ? ORDER BY a.response_id, a.item_id, a.part
                """, row, instance);
    }

    /** Of these instances, the open surveys the person has not responded to, with their closing time. */
    record Waiting(long instanceId, String title, OffsetDateTime closesAt) {}

    List<Waiting> waiting(long person, Collection<Long> instances, OffsetDateTime now) {
        return jdbc.sql("""
                        SELECT s.tool_instance_id, s.title, s.closes_at FROM survey s
                        WHERE s.tool_instance_id IN (:ids) AND s.status = 'open' AND s.opens_at <= :now
                          AND s.closes_at > :now AND NOT EXISTS (SELECT 1 FROM survey_respondent r
                              WHERE r.tool_instance_id = s.tool_instance_id AND r.person_id = :p)
                        """)
                .param("ids", instances)
                .param("now", now)
                .param("p", person)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    /** The scale questions of these surveys, for the indicators' measures. */
    record Scale(long instanceId, long itemId, QuestionKind kind, String text, boolean anonymous) {}

    List<Scale> scales(Collection<Long> instances) {
        if (instances.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT q.tool_instance_id, q.id, q.kind, q.text, s.anonymous FROM survey_item q
                        JOIN survey s ON s.tool_instance_id = q.tool_instance_id
                        WHERE q.tool_instance_id IN (:ids) AND q.kind IN ('scale5', 'scale10', 'nps')
                        ORDER BY q.tool_instance_id, q.position
                        """)
                .param("ids", instances)
                .query((rs, n) -> new Scale(
                        rs.getLong(1),
                        rs.getLong(2),
                        QuestionKind.of(rs.getString(3)).orElseThrow(),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    Optional<Scale> scale(long itemId) {
        return jdbc.sql("""
                        SELECT q.tool_instance_id, q.id, q.kind, q.text, s.anonymous FROM survey_item q
                        JOIN survey s ON s.tool_instance_id = q.tool_instance_id
                        WHERE q.id = :q AND q.kind IN ('scale5', 'scale10', 'nps')
                        """)
                .param("q", itemId)
                .query((rs, n) -> new Scale(
                        rs.getLong(1),
                        rs.getLong(2),
                        QuestionKind.of(rs.getString(3)).orElseThrow(),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .optional();
    }

    /** One question's value counts and the day of its newest answer. */
    record Distribution(Map<Integer, Long> counts, LocalDate newest) {}

    Distribution distribution(long itemId) {
        var counts = new java.util.HashMap<Integer, Long>();
        jdbc.sql("SELECT tally_value, answers FROM survey_tally WHERE item_id = :q AND part = 0 AND answers > 0")
                .param("q", itemId)
                .query(rs -> {
                    counts.put(rs.getInt(1), rs.getLong(2));
                });
        var newest = jdbc.sql("""
                        SELECT MAX(r.submitted_on) FROM survey_response r
                        JOIN survey_item q ON q.tool_instance_id = r.tool_instance_id WHERE q.id = :q
                        """)
                .param("q", itemId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .optional()
                .orElse(null);
        return new Distribution(counts, newest);
    }

    private static Survey survey(ResultSet rs, int row) throws SQLException {
        return new Survey(
                rs.getLong("tool_instance_id"),
                rs.getString("title"),
                rs.getString("intro"),
                rs.getBoolean("anonymous"),
                rs.getString("status"),
                rs.getObject("opens_at", OffsetDateTime.class),
                rs.getObject("closes_at", OffsetDateTime.class),
                rs.getBoolean("results_published"),
                rs.getBoolean("announced"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getBoolean("codes"));
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        long showIf = rs.getLong("show_if_item");
        Long condition = rs.wasNull() ? null : showIf;
        var answers = new LinkedHashSet<Integer>();
        for (String v : rs.getString("show_if_answers").split(",")) {
            if (!v.isBlank()) {
                answers.add(Integer.parseInt(v.trim()));
            }
        }
        return new Item(
                rs.getLong("id"),
                rs.getInt("position"),
                QuestionKind.of(rs.getString("kind")).orElseThrow(),
                rs.getString("text"),
                rs.getString("help"),
                rs.getBoolean("required"),
                lines(rs.getString("options")),
                lines(rs.getString("items")),
                rs.getBoolean("allow_other"),
                rs.getBigDecimal("min_value"),
                rs.getBigDecimal("max_value"),
                condition,
                Set.copyOf(answers));
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
