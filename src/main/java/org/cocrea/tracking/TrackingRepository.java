package org.cocrea.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tracking tables: results, their milestones, updates and links to the work that delivers them. */
@Repository
class TrackingRepository {
    static final String RESULT_COLUMNS = """
            r.id, r.tool_instance_id, r.source_kind, r.source_id, r.title, r.description, r.status, r.cancel_reason,
            r.progress, r.budget_cents, r.spent_cents, r.image_id, r.created_at, r.updated_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    TrackingRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        // PostgreSQL sends rows in batches of this size inside a transaction, instead of the whole result at once
        this.streaming.setFetchSize(500);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A new result's values, checked. */
    record NewResult(
            String sourceKind,
            Long sourceId,
            String title,
            String description,
            Long budgetCents,
            Long imageId,
            ResultStatus status,
            int progress,
            long spentCents) {}

    /** Adds a result by hand; returns its id. */
    long add(long instance, NewResult n) {
        var keys = new GeneratedKeyHolder();
        insert(instance, n, "").update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Adds a result imported from its source, unless that source is tracked already anywhere (the UNIQUE constraint
     * decides, also between racing requests); returns whether it was added.
     */
    boolean importOnce(long instance, NewResult n) {
        return insert(instance, n, " ON CONFLICT DO NOTHING").update() == 1;
    }

    private JdbcClient.StatementSpec insert(long instance, NewResult n, String tail) {
        var now = now();
        return jdbc.sql("""
                INSERT INTO tracked_result (tool_instance_id, source_kind, source_id, title, description, status,
                    progress, budget_cents, spent_cents, image_id, created_at, updated_at)
                VALUES (:instance, :kind, :source, :title, :description, :status, :progress, :budget, :spent, :image,
                    :now, :now)""" + tail)
                .param("instance", instance)
                .param("kind", n.sourceKind())
                .param("source", n.sourceId())
                .param("title", n.title())
                .param("description", n.description())
                .param("status", n.status().code())
                .param("progress", n.progress())
                .param("budget", n.budgetCents())
                .param("spent", n.spentCents())
                .param("image", n.imageId())
                .param("now", now);
    }

    /** The result of a source, wherever it is tracked. */
    Optional<Long> bySource(String kind, long sourceId) {
        return jdbc.sql("SELECT id FROM tracked_result WHERE source_kind = :k AND source_id = :s")
                .param("k", kind)
                .param("s", sourceId)
                .query(Long.class)
                .optional();
    }

    /** The sources of these kinds tracked anywhere, as {@code kind:id}. */
    java.util.Set<String> trackedSources() {
        return java.util.Set.copyOf(
                jdbc.sql("SELECT source_kind, source_id FROM tracked_result WHERE source_kind IS NOT NULL")
                        .query((rs, n) -> rs.getString(1) + ":" + rs.getLong(2))
                        .list());
    }

    List<TrackedResult> of(long instance) {
        return jdbc.sql("SELECT " + RESULT_COLUMNS + """
                 FROM tracked_result r WHERE r.tool_instance_id = :i ORDER BY r.created_at, r.id
                """)
                .param("i", instance)
                .query(TrackingRepository::result)
                .list();
    }

    Optional<TrackedResult> find(long instance, long id) {
        return jdbc.sql("SELECT " + RESULT_COLUMNS
                        + " FROM tracked_result r WHERE r.tool_instance_id = :i AND r.id = :r")
                .param("i", instance)
                .param("r", id)
                .query(TrackingRepository::result)
                .optional();
    }

    /** The result under a row lock until the transaction ends, so two updates of it run one after the other. */
    Optional<TrackedResult> lock(long instance, long id) {
        return jdbc.sql("SELECT " + RESULT_COLUMNS
                        + " FROM tracked_result r WHERE r.tool_instance_id = :i AND r.id = :r FOR UPDATE")
                .param("i", instance)
                .param("r", id)
                .query(TrackingRepository::result)
                .optional();
    }

    /** Records an update and sets the result's values to those after it. */
    long progress(
            long resultId,
            Long author,
            String body,
            ResultStatus status,
            String reason,
            int progress,
            long spentCents,
            Long imageId,
            OffsetDateTime at) {
        jdbc.sql("""
                UPDATE tracked_result SET status = :status, cancel_reason = :reason, progress = :progress,
                    spent_cents = :spent, image_id = COALESCE(:image, image_id), updated_at = :at
                WHERE id = :r
                """)
                .param("status", status.code())
                .param("reason", status == ResultStatus.CANCELLED ? reason : null)
                .param("progress", progress)
                .param("spent", spentCents)
                .param("image", imageId)
                .param("at", at)
                .param("r", resultId)
                .update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tracked_update (result_id, author_id, posted_at, body, status, progress, spent_cents,
                    image_id)
                VALUES (:r, :author, :at, :body, :status, :progress, :spent, :image)
                """)
                .param("r", resultId)
                .param("author", author)
                .param("at", at)
                .param("body", body)
                .param("status", status.code())
                .param("progress", progress)
                .param("spent", spentCents)
                .param("image", imageId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<ResultUpdate> updates(long resultId) {
        return jdbc.sql("""
                SELECT id, result_id, author_id, posted_at, body, status, progress, spent_cents, image_id
                FROM tracked_update WHERE result_id = :r ORDER BY posted_at DESC, id DESC
                """)
                .param("r", resultId)
                .query((rs, n) -> new ResultUpdate(
                        rs.getLong("id"),
                        rs.getLong("result_id"),
                        (Long) rs.getObject("author_id", Long.class),
                        rs.getObject("posted_at", OffsetDateTime.class),
                        rs.getString("body"),
                        ResultStatus.fromCode(rs.getString("status")).orElseThrow(),
                        rs.getInt("progress"),
                        rs.getLong("spent_cents"),
                        (Long) rs.getObject("image_id", Long.class)))
                .list();
    }

    long addMilestone(long resultId, String title, LocalDate plannedOn, LocalDate doneOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tracked_milestone (result_id, title, planned_on, done_on, created_at)
                VALUES (:r, :title, :planned, :done, :now)
                """)
                .param("r", resultId)
                .param("title", title)
                .param("planned", plannedOn)
                .param("done", doneOn)
                .param("now", now())
                .update(keys, "id");
        touch(resultId);
        return keys.getKey().longValue();
    }

    /** Sets the day a milestone of the result was reached, or clears it with null; whether it was found. */
    boolean reached(long resultId, long milestoneId, LocalDate doneOn) {
        boolean found = jdbc.sql("UPDATE tracked_milestone SET done_on = :d WHERE id = :m AND result_id = :r")
                        .param("d", doneOn)
                        .param("m", milestoneId)
                        .param("r", resultId)
                        .update()
                == 1;
        if (found) {
            touch(resultId);
        }
        return found;
    }

    private void touch(long resultId) {
        jdbc.sql("UPDATE tracked_result SET updated_at = :now WHERE id = :r")
                .param("now", now())
                .param("r", resultId)
                .update();
    }

    List<Milestone> milestones(long resultId) {
        return jdbc.sql("""
                SELECT id, result_id, title, planned_on, done_on FROM tracked_milestone
                WHERE result_id = :r ORDER BY planned_on, id
                """)
                .param("r", resultId)
                .query((rs, n) -> new Milestone(
                        rs.getLong("id"),
                        rs.getLong("result_id"),
                        rs.getString("title"),
                        rs.getObject("planned_on", LocalDate.class),
                        rs.getObject("done_on", LocalDate.class)))
                .list();
    }

    /** Links a result to a delivering item; false when it was linked already. */
    boolean link(long resultId, String toolId, long itemId) {
        return jdbc.sql("""
                        INSERT INTO tracked_link (result_id, tool_id, item_id, linked_at) VALUES (:r, :t, :i, :now)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("r", resultId)
                        .param("t", toolId)
                        .param("i", itemId)
                        .param("now", now())
                        .update()
                == 1;
    }

    /** The items linked to a result, by tool id, oldest link first. */
    Map<String, List<Long>> links(long resultId) {
        var links = new java.util.LinkedHashMap<String, List<Long>>();
        jdbc.sql("SELECT tool_id, item_id FROM tracked_link WHERE result_id = :r ORDER BY linked_at, tool_id, item_id")
                .param("r", resultId)
                .query(rs -> {
                    links.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                            .add(rs.getLong(2));
                });
        return links;
    }

    /** How many results of these instances have each status. */
    Map<ResultStatus, Long> counts(Collection<Long> instances) {
        var counts = new EnumMap<ResultStatus, Long>(ResultStatus.class);
        for (ResultStatus s : ResultStatus.values()) {
            counts.put(s, 0L);
        }
        if (instances.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT status, COUNT(*) FROM tracked_result WHERE tool_instance_id IN (:ids) GROUP BY status")
                .param("ids", instances)
                .query(rs -> {
                    counts.put(ResultStatus.fromCode(rs.getString(1)).orElseThrow(), rs.getLong(2));
                });
        return counts;
    }

    /** A page of the results of these instances, most recently changed first. */
    List<TrackedResult> page(Collection<Long> instances, ResultStatus status, int offset, int limit) {
        if (instances.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + RESULT_COLUMNS + " FROM tracked_result r WHERE r.tool_instance_id IN (:ids)"
                        + (status == null ? "" : " AND r.status = :status")
                        + " ORDER BY r.updated_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .param("ids", instances)
                .param("status", status == null ? "" : status.code())
                .param("limit", limit)
                .param("offset", offset)
                .query(TrackingRepository::result)
                .list();
    }

    /**
     * Every result of these instances (with {@code status}: of that status), one row at a time, in the order of the
     * pages: for the streamed exports. Call inside a (read-only) transaction so PostgreSQL sends rows in batches.
     */
    void each(Collection<Long> instances, ResultStatus status, RowCallbackHandler row) {
        if (instances.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(instances.size(), "?"));
        var args = new java.util.ArrayList<Object>(instances);
        if (status != null) {
            args.add(status.code());
        }
        streaming.query(
                "SELECT " + RESULT_COLUMNS + " FROM tracked_result r WHERE r.tool_instance_id IN (" + marks + ")"
                        + (status == null ? "" : " AND r.status = ?")
                        + " ORDER BY r.updated_at DESC, r.id DESC",
                row,
                args.toArray());
    }

    /** A generated result's values, checked ({@link BulkTracking}). */
    record Generated(
            String title,
            String description,
            Long budgetCents,
            ResultStatus status,
            String reason,
            int progress,
            long spentCents) {}

    /** Inserts results in JDBC batches, each with the update that set its values (one statement for all). */
    void addAll(long instance, List<Generated> list) {
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        streaming.batchUpdate("""
                INSERT INTO tracked_result (tool_instance_id, title, description, status, cancel_reason, progress,
                    budget_cents, spent_cents, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, list, 500, (ps, g) -> {
            ps.setLong(1, instance);
            ps.setString(2, g.title());
            ps.setString(3, g.description());
            ps.setString(4, g.status().code());
            ps.setString(5, g.reason());
            ps.setInt(6, g.progress());
            ps.setObject(7, g.budgetCents());
            ps.setLong(8, g.spentCents());
            ps.setTimestamp(9, now);
            ps.setTimestamp(10, now);
        });
        jdbc.sql("""
                INSERT INTO tracked_update (result_id, posted_at, body, status, progress, spent_cents)
                SELECT id, updated_at, 'Avanzamento registrato.', status, progress, spent_cents FROM tracked_result
                WHERE tool_instance_id = :i
                """).param("i", instance).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM tracked_result").query(Long.class).single();
    }

    static TrackedResult result(ResultSet rs, int n) throws SQLException {
        return new TrackedResult(
                rs.getLong("id"),
                rs.getLong("tool_instance_id"),
                rs.getString("source_kind"),
                (Long) rs.getObject("source_id", Long.class),
                rs.getString("title"),
                rs.getString("description"),
                ResultStatus.fromCode(rs.getString("status")).orElseThrow(),
                rs.getString("cancel_reason"),
                rs.getInt("progress"),
                (Long) rs.getObject("budget_cents", Long.class),
                rs.getLong("spent_cents"),
                (Long) rs.getObject("image_id", Long.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
