package org.cocrea.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The decision tables: proposals, their texts, positions and their changes, review reminders. */
@Repository
class DecisionRepository {
    private static final String COLUMNS = """
            id, tool_instance_id, kind, title, body, revision, quorum_kind, quorum_value, status, closes_at,
            created_at, closed_at, members_at_close, outcome, review_on, outcome_at""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new proposal says. */
    record Draft(Kind kind, String title, String body, Quorum quorum, OffsetDateTime closesAt) {}

    /** A new open proposal and its first text. */
    long create(long instance, Draft draft, Long by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO decision (tool_instance_id, kind, title, body, revision, quorum_kind, quorum_value, status,
                    closes_at, created_by, created_at)
                VALUES (:instance, :kind, :title, :body, 1, :qk, :qv, 'open', :closes, :by, :now)
                """)
                .param("instance", instance)
                .param("kind", draft.kind().code())
                .param("title", draft.title())
                .param("body", draft.body())
                .param("qk", draft.quorum() == null ? null : draft.quorum().kind())
                .param("qv", draft.quorum() == null ? null : draft.quorum().value())
                .param("closes", draft.closesAt())
                .param("by", by)
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        addRevision(id, 1, draft.title(), draft.body(), "", by, now);
        return id;
    }

    private void addRevision(
            long decision, int revision, String title, String body, String note, Long by, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO decision_revision (decision_id, revision, title, body, note, revised_by, revised_at)
                VALUES (:d, :r, :title, :body, :note, :by, :now)
                """)
                .param("d", decision)
                .param("r", revision)
                .param("title", title)
                .param("body", body)
                .param("note", note)
                .param("by", by)
                .param("now", now)
                .update();
    }

    /** A new text of an open proposal, as revision {@code from + 1}; false when it changed or closed meanwhile. */
    boolean revise(long decision, int from, String title, String body, String note, Long by, OffsetDateTime now) {
        int changed = jdbc.sql("""
                UPDATE decision SET title = :title, body = :body, revision = revision + 1
                WHERE id = :d AND revision = :from AND status = 'open' AND closes_at > :now
                """)
                .param("title", title)
                .param("body", body)
                .param("d", decision)
                .param("from", from)
                .param("now", now)
                .update();
        if (changed == 0) {
            return false;
        }
        addRevision(decision, from + 1, title, body, note, by, now);
        return true;
    }

    Optional<Decision> find(long instance, long decision) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE id = :d AND tool_instance_id = :i")
                .param("d", decision)
                .param("i", instance)
                .query(DecisionRepository::decision)
                .optional();
    }

    /** The decision, its row locked until the transaction ends: positions, revisions and the close wait for it. */
    Optional<Decision> lock(long instance, long decision) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE id = :d AND tool_instance_id = :i FOR UPDATE")
                .param("d", decision)
                .param("i", instance)
                .query(DecisionRepository::decision)
                .optional();
    }

    /** The instance's decisions, the open ones first, newest first. */
    List<Decision> of(long instance) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE tool_instance_id = :i"
                        + " ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, created_at DESC, id DESC")
                .param("i", instance)
                .query(DecisionRepository::decision)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    /**
     * Takes or changes a person's position and keeps the change: one row per person whatever the races (the
     * insert that loses to another does nothing, and the update then replaces it).
     */
    void put(long decision, long person, String position, String reason, int revision, OffsetDateTime now) {
        int inserted = jdbc.sql("""
                INSERT INTO decision_position (decision_id, person_id, position, reason, revision, given_at)
                VALUES (:d, :p, :position, :reason, :revision, :now) ON CONFLICT DO NOTHING
                """)
                .param("d", decision)
                .param("p", person)
                .param("position", position)
                .param("reason", reason)
                .param("revision", revision)
                .param("now", now)
                .update();
        if (inserted == 0) {
            jdbc.sql("""
                    UPDATE decision_position SET position = :position, reason = :reason, revision = :revision,
                        given_at = :now
                    WHERE decision_id = :d AND person_id = :p
                    """)
                    .param("d", decision)
                    .param("p", person)
                    .param("position", position)
                    .param("reason", reason)
                    .param("revision", revision)
                    .param("now", now)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO decision_position_change (decision_id, person_id, position, reason, revision, given_at)
                VALUES (:d, :p, :position, :reason, :revision, :now)
                """)
                .param("d", decision)
                .param("p", person)
                .param("position", position)
                .param("reason", reason)
                .param("revision", revision)
                .param("now", now)
                .update();
    }

    /** The current positions, oldest first, without names. */
    List<Position> positions(long decision) {
        return jdbc.sql("""
                SELECT person_id, position, reason, revision, given_at FROM decision_position
                WHERE decision_id = :d ORDER BY given_at, person_id
                """)
                .param("d", decision)
                .query((rs, n) -> new Position(
                        rs.getLong(1),
                        null,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /** Every position taken or changed, newest first. */
    List<Position> changes(long decision) {
        return jdbc.sql("""
                SELECT person_id, position, reason, revision, given_at FROM decision_position_change
                WHERE decision_id = :d ORDER BY given_at DESC, id DESC
                """)
                .param("d", decision)
                .query((rs, n) -> new Position(
                        rs.getLong(1),
                        null,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /** The people who hold a position now. */
    List<Long> positioned(long decision) {
        return jdbc.sql("SELECT person_id FROM decision_position WHERE decision_id = :d ORDER BY person_id")
                .param("d", decision)
                .query(Long.class)
                .list();
    }

    /** Every text of the proposal, the newest first. */
    List<Revision> revisions(long decision) {
        return jdbc.sql("""
                SELECT revision, title, body, note, revised_at FROM decision_revision
                WHERE decision_id = :d ORDER BY revision DESC
                """)
                .param("d", decision)
                .query((rs, n) -> new Revision(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /** Closes an open decision with the members who could take a position; false when it was closed already. */
    boolean close(long decision, int members, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE decision SET status = 'closed', closed_at = :now, members_at_close = :members
                        WHERE id = :d AND status = 'open'
                        """)
                        .param("d", decision)
                        .param("now", now)
                        .param("members", members)
                        .update()
                == 1;
    }

    /** Writes the outcome of a closed consent decision once; false when there is one already. */
    boolean outcome(long decision, String outcome, LocalDate reviewOn, Long by, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE decision SET outcome = :outcome, review_on = :review, outcome_by = :by, outcome_at = :now
                        WHERE id = :d AND status = 'closed' AND kind = 'consent' AND outcome IS NULL
                        """)
                        .param("d", decision)
                        .param("outcome", outcome)
                        .param("review", reviewOn)
                        .param("by", by)
                        .param("now", now)
                        .update()
                == 1;
    }

    /** A decision due for something: its id and its tool instance. */
    record Due(long id, long toolInstanceId) {}

    /** Open decisions whose closing time has come. */
    List<Due> dueToClose(OffsetDateTime now) {
        return jdbc.sql("SELECT id, tool_instance_id FROM decision WHERE status = 'open' AND closes_at <= :now"
                        + " ORDER BY id")
                .param("now", now)
                .query(Due.class)
                .list();
    }

    /** Outcomes whose review date has come and whose reminder was not sent. */
    List<Due> dueForReview(LocalDate today) {
        return jdbc.sql("""
                SELECT d.id, d.tool_instance_id FROM decision d
                WHERE d.review_on <= :today
                AND NOT EXISTS (SELECT 1 FROM decision_review_reminder r WHERE r.decision_id = d.id)
                ORDER BY d.id
                """).param("today", today).query(Due.class).list();
    }

    /** Records the review reminder of a decision: true for the one caller that records it, false for any other. */
    boolean markReminded(long decision, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO decision_review_reminder (decision_id, sent_at) VALUES (:d, :now)
                        ON CONFLICT DO NOTHING
                        """).param("d", decision).param("now", now).update() == 1;
    }

    /** What waits for someone in the given instances: open decisions, or consent ones closed without an outcome. */
    record Waiting(long id, long toolInstanceId, String title, boolean open, OffsetDateTime closesAt) {}

    /**
     * In one statement: the open decisions of {@code instances} accepting positions at {@code now} where the person
     * holds none, and the closed consent decisions still without an outcome.
     */
    List<Waiting> waiting(long person, java.util.Collection<Long> instances, OffsetDateTime now) {
        if (instances.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT d.id, d.tool_instance_id, d.title, CASE WHEN d.status = 'open' THEN TRUE ELSE FALSE END,
                    d.closes_at
                FROM decision d
                WHERE d.tool_instance_id IN (:instances)
                AND ((d.status = 'open' AND d.closes_at > :now AND NOT EXISTS (
                        SELECT 1 FROM decision_position p WHERE p.decision_id = d.id AND p.person_id = :me))
                    OR (d.kind = 'consent' AND d.outcome IS NULL AND (d.status = 'closed' OR d.closes_at <= :now)))
                ORDER BY d.closes_at, d.id
                """)
                .param("instances", instances)
                .param("now", now)
                .param("me", person)
                .query((rs, n) -> new Waiting(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getBoolean(4)
                                && rs.getObject(5, OffsetDateTime.class).isAfter(now),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    private static Decision decision(ResultSet rs, int row) throws SQLException {
        String quorumKind = rs.getString("quorum_kind");
        int members = rs.getInt("members_at_close");
        boolean noMembers = rs.wasNull();
        var review = rs.getObject("review_on", LocalDate.class);
        return new Decision(
                rs.getLong("id"),
                rs.getLong("tool_instance_id"),
                Kind.fromCode(rs.getString("kind")).orElseThrow(),
                rs.getString("title"),
                rs.getString("body"),
                rs.getInt("revision"),
                quorumKind == null ? null : new Quorum(quorumKind, rs.getInt("quorum_value")),
                "closed".equals(rs.getString("status")),
                rs.getObject("closes_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class),
                noMembers ? null : members,
                rs.getString("outcome"),
                review,
                rs.getObject("outcome_at", OffsetDateTime.class));
    }
}
