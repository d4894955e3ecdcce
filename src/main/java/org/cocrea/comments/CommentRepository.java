package org.cocrea.comments;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The comment, comment_report and comment_closed tables. */
@Repository
class CommentRepository {
    private static final String COLUMNS = """
            c.id, c.parent_id, c.author_id, c.body, c.created_at, c.edited_at, c.moderation,
            (SELECT COUNT(*) FROM comment r WHERE r.parent_id = c.id) AS replies,
            (SELECT COUNT(*) FROM comment_report p WHERE p.comment_id = c.id AND p.person_id = :me) AS mine
            """;

    /** The comments of one thread: of its item and kind, in its tool instance (or on the initiative page). */
    private static String sameThread(CommentTarget target) {
        return "c.target_kind = :kind AND c.target_id = :item AND c.initiative_id = :initiative AND "
                + (target.onInitiativePage() ? "c.tool_instance_id IS NULL" : "c.tool_instance_id = :instance");
    }

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A comment with the thread it belongs to. */
    record Stored(CommentTarget target, Comment comment) {}

    /** Every comment and reply of a thread, in one statement, oldest first. */
    List<Comment> thread(CommentTarget target, Long me) {
        var sql = jdbc.sql("SELECT " + COLUMNS + " FROM comment c WHERE " + sameThread(target)
                        + " ORDER BY c.created_at, c.id")
                .param("me", me == null ? -1L : me)
                .param("kind", target.kind())
                .param("item", target.itemId())
                .param("initiative", target.initiativeId());
        if (!target.onInitiativePage()) {
            sql = sql.param("instance", target.toolInstanceId());
        }
        return sql.query((rs, n) -> comment(rs)).list();
    }

    Optional<Stored> find(long id, Long me) {
        return jdbc.sql("SELECT " + COLUMNS + ", c.initiative_id, c.tool_instance_id, c.target_kind, c.target_id"
                        + " FROM comment c WHERE c.id = :id")
                .param("me", me == null ? -1L : me)
                .param("id", id)
                .query((rs, n) -> new Stored(
                        new CommentTarget(
                                rs.getLong("initiative_id"),
                                rs.getObject("tool_instance_id", Long.class),
                                rs.getString("target_kind"),
                                rs.getLong("target_id")),
                        comment(rs)))
                .optional();
    }

    private static Comment comment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Comment(
                rs.getLong("id"),
                rs.getObject("parent_id", Long.class),
                rs.getObject("author_id", Long.class),
                rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("edited_at", OffsetDateTime.class),
                rs.getString("moderation"),
                rs.getInt("replies"),
                rs.getLong("mine") > 0);
    }

    long add(CommentTarget target, Long parentId, long authorId, String body, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO comment (initiative_id, tool_instance_id, target_kind, target_id, parent_id, reply,
                    author_id, body, created_at)
                VALUES (:initiative, :instance, :kind, :item, :parent, :reply, :author, :body, :now)
                """)
                .param("initiative", target.initiativeId())
                .param("instance", target.toolInstanceId(), java.sql.Types.BIGINT)
                .param("kind", target.kind())
                .param("item", target.itemId())
                .param("parent", parentId, java.sql.Types.BIGINT)
                .param("reply", parentId != null)
                .param("author", authorId)
                .param("body", body)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes the body only while it is editable, so a late edit changes nothing: true when it changed. */
    boolean edit(long id, long authorId, String body, OffsetDateTime now, OffsetDateTime writtenAfter) {
        return jdbc.sql("""
                        UPDATE comment SET body = :body, edited_at = :now
                        WHERE id = :id AND author_id = :author AND created_at > :after
                        """)
                        .param("body", body)
                        .param("now", now)
                        .param("id", id)
                        .param("author", authorId)
                        .param("after", writtenAfter)
                        .update()
                == 1;
    }

    /** Throws {@code DuplicateKeyException} when the person already reported the comment. */
    void report(long id, long personId, String reason, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO comment_report (comment_id, person_id, reason, reported_at)
                VALUES (:id, :p, :reason, :now)
                """)
                .param("id", id)
                .param("p", personId)
                .param("reason", reason)
                .param("now", now)
                .update();
    }

    /** Hides the comment for review once it has {@code reports} reports, unless a facilitator already decided. */
    void hideIfReported(long id, int reports) {
        jdbc.sql("""
                UPDATE comment SET moderation = 'pending'
                WHERE id = :id AND moderation = 'none'
                    AND (SELECT COUNT(*) FROM comment_report WHERE comment_id = :id) >= :n
                """).param("id", id).param("n", reports).update();
    }

    void moderate(long id, String moderation) {
        jdbc.sql("UPDATE comment SET moderation = :m WHERE id = :id")
                .param("m", moderation)
                .param("id", id)
                .update();
    }

    boolean closed(CommentTarget target) {
        return jdbc.sql("SELECT COUNT(*) FROM comment_closed WHERE scope = :s")
                        .param("s", target.scope())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void open(CommentTarget target, boolean open, OffsetDateTime now) {
        if (open) {
            jdbc.sql("DELETE FROM comment_closed WHERE scope = :s")
                    .param("s", target.scope())
                    .update();
        } else {
            jdbc.sql("""
                    INSERT INTO comment_closed (scope, initiative_id, tool_instance_id, closed_at)
                    SELECT :s, :initiative, :instance, :now
                    WHERE NOT EXISTS (SELECT 1 FROM comment_closed WHERE scope = :s)
                    """)
                    .param("s", target.scope())
                    .param("initiative", target.initiativeId())
                    .param("instance", target.toolInstanceId(), java.sql.Types.BIGINT)
                    .param("now", now)
                    .update();
        }
    }

    /** How many readable comments and replies each item of a kind in a tool instance has, in one statement. */
    Map<Long, Long> counts(long toolInstanceId, String kind, Collection<Long> items) {
        var counts = new HashMap<Long, Long>();
        if (items.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT target_id, COUNT(*) FROM comment
                WHERE tool_instance_id = :instance AND target_kind = :kind AND target_id IN (:items)
                    AND moderation IN ('none', 'cleared')
                GROUP BY target_id
                """)
                .param("instance", toolInstanceId)
                .param("kind", kind)
                .param("items", items)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }
}
