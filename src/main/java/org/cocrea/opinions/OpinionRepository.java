package org.cocrea.opinions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.opinions.analysis.Analysis;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The opinion_* tables, keyed by tool instance. */
@Repository
class OpinionRepository {
    private static final String STATEMENT = """
            SELECT s.id, s.tool_instance_id, s.author_id, s.seeded, s.body, s.status,
                (SELECT COUNT(*) FROM opinion_vote v WHERE v.statement_id = s.id) AS votes, s.created_at
            FROM opinion_statement s
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OpinionRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    // --- the conversation row

    Optional<ConversationState> conversation(long instance) {
        return jdbc.sql("""
                SELECT tool_instance_id, moderation, method, stale, computed_at, votes_counted, map_json
                FROM opinion_conversation WHERE tool_instance_id = :t
                """).param("t", instance).query(ConversationState.class).optional();
    }

    /** The conversation, with the defaults when it has no row yet. */
    ConversationState conversationOrDefaults(long instance) {
        return conversation(instance).orElseGet(() -> ConversationState.defaults(instance));
    }

    /** Makes sure the conversation has its row (idempotent, safe under races). */
    void ensure(long instance) {
        if (conversation(instance).isPresent()) {
            return;
        }
        try {
            jdbc.sql("""
                    INSERT INTO opinion_conversation (tool_instance_id, moderation, method, stale)
                    VALUES (:t, 'after', 'cocrea', TRUE)
                    """).param("t", instance).update();
        } catch (DuplicateKeyException raced) {
            // another request created it
        }
    }

    /** The row of the conversation locked until the end of the transaction (statements are added under it). */
    void lock(long instance) {
        ensure(instance);
        jdbc.sql("SELECT tool_instance_id FROM opinion_conversation WHERE tool_instance_id = :t FOR UPDATE")
                .param("t", instance)
                .query(Long.class)
                .single();
    }

    void saveSettings(long instance, String moderation, String method) {
        ensure(instance);
        jdbc.sql("""
                UPDATE opinion_conversation SET moderation = :m, method = :method, stale = TRUE,
                    k_smoother = CASE WHEN method = :method THEN k_smoother ELSE NULL END
                WHERE tool_instance_id = :t
                """)
                .param("m", moderation)
                .param("method", method)
                .param("t", instance)
                .update();
    }

    /** Marks the map out of date; writes only when it was not already, so a stream of votes rarely writes here. */
    void markStale(long instance) {
        jdbc.sql("UPDATE opinion_conversation SET stale = TRUE WHERE tool_instance_id = :t AND stale = FALSE")
                .param("t", instance)
                .update();
    }

    /** Conversations whose map is out of date, computed longer ago than {@code debounce}, and not claimed. */
    List<Long> due(OffsetDateTime computedBefore) {
        return jdbc.sql("""
                SELECT tool_instance_id FROM opinion_conversation
                WHERE stale = TRUE AND (computed_at IS NULL OR computed_at <= :before)
                    AND (claimed_until IS NULL OR claimed_until < :now)
                ORDER BY tool_instance_id
                """)
                .param("before", computedBefore)
                .param("now", now())
                .query(Long.class)
                .list();
    }

    /**
     * Claims the computation of one conversation: one conditional UPDATE, so of two nodes (or two rounds) only one
     * wins until {@code until}; clears "stale", so votes cast during the computation set it again.
     */
    boolean claim(long instance, OffsetDateTime until, String node) {
        var now = now();
        return jdbc.sql("""
                        UPDATE opinion_conversation SET claimed_until = :until, claimed_by = :node, stale = FALSE
                        WHERE tool_instance_id = :t AND (claimed_until IS NULL OR claimed_until < :now)
                        """)
                        .param("until", until)
                        .param("node", node)
                        .param("t", instance)
                        .param("now", now)
                        .update()
                == 1;
    }

    void store(long instance, String node, String mapJson, Analysis.KSmoother smoother, long votes, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE opinion_conversation SET map_json = :map, votes_counted = :votes, computed_at = :at,
                    k_smoother = :smoother, claimed_until = NULL, claimed_by = NULL
                WHERE tool_instance_id = :t AND claimed_by = :node
                """)
                .param("map", mapJson)
                .param(
                        "smoother",
                        smoother == null
                                ? null
                                : smoother.lastK() + "," + smoother.lastKCount() + "," + smoother.smoothedK())
                .param("votes", votes)
                .param("at", at)
                .param("t", instance)
                .param("node", node)
                .update();
    }

    /** Polis' k smoother as the last computation left it (empty before the first or after a change of method). */
    Optional<Analysis.KSmoother> smoother(long instance) {
        return jdbc.sql("SELECT k_smoother FROM opinion_conversation WHERE tool_instance_id = :t")
                .param("t", instance)
                .query(String.class)
                .optional()
                .filter(text -> text.matches("\\d{1,2},\\d{1,9},\\d{1,2}"))
                .map(text -> {
                    String[] parts = text.split(",");
                    return new Analysis.KSmoother(
                            Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                });
    }

    /** Gives a claim up after a failed computation; the conversation is tried again after {@code retry}. */
    void release(long instance, String node, java.time.Duration retry) {
        jdbc.sql("""
                UPDATE opinion_conversation SET claimed_until = :retry, claimed_by = NULL, stale = TRUE
                WHERE tool_instance_id = :t AND claimed_by = :node
                """)
                .param("retry", now().plus(retry))
                .param("t", instance)
                .param("node", node)
                .update();
    }

    // --- participants

    Optional<Long> participant(long instance, long personId) {
        return jdbc.sql("SELECT id FROM opinion_participant WHERE tool_instance_id = :t AND person_id = :p")
                .param("t", instance)
                .param("p", personId)
                .query(Long.class)
                .optional();
    }

    /** The person's participant id in the conversation, created on first need (safe under races). */
    long participantFor(long instance, long personId) {
        var found = participant(instance, personId);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO opinion_participant (tool_instance_id, person_id) VALUES (:t, :p)")
                    .param("t", instance)
                    .param("p", personId)
                    .update(keys, "id");
            return keys.getKey().longValue();
        } catch (DuplicateKeyException raced) {
            return participant(instance, personId).orElseThrow();
        }
    }

    /** An imported (or demo) participant known by an opaque key only. */
    long anonymousParticipant(long instance, String key) {
        var found = jdbc.sql("SELECT id FROM opinion_participant WHERE tool_instance_id = :t AND anonymous_key = :k")
                .param("t", instance)
                .param("k", key)
                .query(Long.class)
                .optional();
        if (found.isPresent()) {
            return found.get();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO opinion_participant (tool_instance_id, anonymous_key) VALUES (:t, :k)")
                .param("t", instance)
                .param("k", key)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Imported participants, by key, in one batch; returns their ids by key. */
    Map<String, Long> anonymousParticipants(long instance, List<String> keys) {
        template.batchUpdate(
                "INSERT INTO opinion_participant (tool_instance_id, anonymous_key) VALUES (?, ?)",
                keys,
                500,
                (ps, key) -> {
                    ps.setLong(1, instance);
                    ps.setString(2, key);
                });
        var ids = new java.util.HashMap<String, Long>();
        jdbc.sql(
                        "SELECT anonymous_key, id FROM opinion_participant WHERE tool_instance_id = :t AND anonymous_key IS NOT NULL")
                .param("t", instance)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        return ids;
    }

    /** Votes stored in batches (an import; each participant and statement at most once). */
    void insertVotes(long instance, List<VoteRow> rows) {
        template.batchUpdate("""
                INSERT INTO opinion_vote (statement_id, participant_id, tool_instance_id, vote, voted_at)
                VALUES (?, ?, ?, ?, ?)
                """, rows, 1000, (ps, row) -> {
            ps.setLong(1, row.statement());
            ps.setLong(2, row.participant());
            ps.setLong(3, instance);
            ps.setInt(4, row.vote());
            ps.setObject(5, row.votedAt());
        });
    }

    // --- statements

    long addStatement(
            long instance,
            Long authorId,
            boolean seeded,
            String body,
            String normalised,
            String status,
            String externalId,
            OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO opinion_statement (tool_instance_id, author_id, seeded, body, normalised, status,
                    external_id, created_at)
                VALUES (:t, :author, :seeded, :body, :normalised, :status, :external, :at)
                """)
                .param("t", instance)
                .param("author", authorId)
                .param("seeded", seeded)
                .param("body", body)
                .param("normalised", normalised)
                .param("status", status)
                .param("external", externalId)
                .param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A statement of the instance with the same normalised text that is not rejected, if any. */
    Optional<Long> duplicate(long instance, String normalised) {
        return jdbc.sql("""
                SELECT MIN(id) FROM opinion_statement
                WHERE tool_instance_id = :t AND normalised = :n AND status <> 'rejected'
                """)
                .param("t", instance)
                .param("n", normalised)
                .query(Long.class)
                .optional();
    }

    Optional<Statement> statement(long instance, long id) {
        return jdbc.sql(STATEMENT + " WHERE s.tool_instance_id = :t AND s.id = :id")
                .param("t", instance)
                .param("id", id)
                .query(Statement.class)
                .optional();
    }

    /** Every statement of the instance, oldest first; pending and rejected ones too when {@code all}. */
    List<Statement> statements(long instance, boolean all) {
        return jdbc.sql(STATEMENT + " WHERE s.tool_instance_id = :t AND (:all OR s.status = 'published') ORDER BY s.id")
                .param("t", instance)
                .param("all", all)
                .query(Statement.class)
                .list();
    }

    /** The published statements the participant has not voted on, with their vote counts. */
    List<Statement> unvoted(long instance, Long participant) {
        return jdbc.sql(STATEMENT + """
                 WHERE s.tool_instance_id = :t AND s.status = 'published'
                    AND NOT EXISTS (SELECT 1 FROM opinion_vote m WHERE m.statement_id = s.id AND m.participant_id = :p)
                """)
                .param("t", instance)
                .param("p", participant == null ? -1L : participant)
                .query(Statement.class)
                .list();
    }

    /** A conversation where published statements wait for a person's vote, and how many. */
    record Waiting(long instanceId, int statements) {}

    /**
     * For the personal home: in each of these conversations, how many published statements the person has not voted
     * on (none listed where they have voted on all). One statement for any number of conversations.
     */
    List<Waiting> waiting(long person, java.util.Collection<Long> instances) {
        return jdbc.sql("""
                        SELECT s.tool_instance_id, COUNT(*) FROM opinion_statement s
                        WHERE s.tool_instance_id IN (:ids) AND s.status = 'published'
                          AND NOT EXISTS (SELECT 1 FROM opinion_vote v
                              JOIN opinion_participant p ON p.id = v.participant_id
                              WHERE v.statement_id = s.id AND p.person_id = :p)
                        GROUP BY s.tool_instance_id ORDER BY s.tool_instance_id
                        """)
                .param("ids", instances)
                .param("p", person)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getInt(2)))
                .list();
    }

    /** How many statements are published, and how many wait for a facilitator. */
    record Counts(int published, int pending) {}

    Counts counts(long instance) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN status = 'published' THEN 1 ELSE 0 END), 0) AS published,
                    COALESCE(SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0) AS pending
                FROM opinion_statement WHERE tool_instance_id = :t
                """).param("t", instance).query(Counts.class).single();
    }

    int setStatus(long instance, long id, String from, String to) {
        return jdbc.sql("""
                UPDATE opinion_statement SET status = :to WHERE tool_instance_id = :t AND id = :id AND status = :from
                """)
                .param("to", to)
                .param("t", instance)
                .param("id", id)
                .param("from", from)
                .update();
    }

    // --- votes

    /**
     * Stores or changes the participant's vote: the UNIQUE (statement, participant) constraint decides a race
     * between two first votes, and the loser changes the winner's row instead.
     */
    void vote(long instance, long statement, long participant, int value) {
        if (changeVote(statement, participant, value) == 1) {
            return;
        }
        try {
            jdbc.sql("""
                    INSERT INTO opinion_vote (statement_id, participant_id, tool_instance_id, vote, voted_at)
                    VALUES (:s, :p, :t, :v, :now)
                    """)
                    .param("s", statement)
                    .param("p", participant)
                    .param("t", instance)
                    .param("v", value)
                    .param("now", now())
                    .update();
        } catch (DuplicateKeyException raced) {
            changeVote(statement, participant, value);
        }
    }

    private int changeVote(long statement, long participant, int value) {
        return jdbc.sql("""
                UPDATE opinion_vote SET vote = :v, voted_at = :now WHERE statement_id = :s AND participant_id = :p
                """)
                .param("v", value)
                .param("now", now())
                .param("s", statement)
                .param("p", participant)
                .update();
    }

    /** The participant's own votes by statement id (for their eyes only). */
    java.util.Map<Long, Integer> votesOf(long participant) {
        var mine = new java.util.HashMap<Long, Integer>();
        jdbc.sql("SELECT statement_id, vote FROM opinion_vote WHERE participant_id = :p")
                .param("p", participant)
                .query((rs, n) -> mine.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return mine;
    }

    long voteCount(long instance) {
        return jdbc.sql("SELECT COUNT(*) FROM opinion_vote WHERE tool_instance_id = :t")
                .param("t", instance)
                .query(Long.class)
                .single();
    }

    /** One vote as the analysis and the export read it. */
    record VoteRow(long participant, long statement, int vote, OffsetDateTime votedAt) {}

    /** Every vote on a published statement of the instance. */
    List<VoteRow> votes(long instance) {
        return jdbc.sql("""
                SELECT v.participant_id AS participant, v.statement_id AS statement, v.vote, v.voted_at FROM opinion_vote v
                JOIN opinion_statement s ON s.id = v.statement_id
                WHERE v.tool_instance_id = :t AND s.status = 'published'
                ORDER BY v.participant_id, v.statement_id
                """).param("t", instance).query(VoteRow.class).list();
    }

    /** Every vote on a statement that is not pending (rejected ones too, exported as moderated out). */
    List<VoteRow> votesForExport(long instance) {
        return jdbc.sql("""
                SELECT v.participant_id AS participant, v.statement_id AS statement, v.vote, v.voted_at FROM opinion_vote v
                JOIN opinion_statement s ON s.id = v.statement_id
                WHERE v.tool_instance_id = :t AND s.status <> 'pending'
                ORDER BY v.voted_at, v.participant_id, v.statement_id
                """).param("t", instance).query(VoteRow.class).list();
    }

    /** How many conversations exist (the demo seeds once). */
    long conversations() {
        return jdbc.sql("SELECT COUNT(*) FROM opinion_conversation")
                .query(Long.class)
                .single();
    }
}
