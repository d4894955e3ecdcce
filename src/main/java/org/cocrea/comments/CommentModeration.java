package org.cocrea.comments;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.ModerationItem;
import org.cocrea.platform.ModerationSource;
import org.cocrea.platform.SignedInPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The comments waiting for a moderator, for the administrators' queue: hidden after reports until a facilitator
 * reviews them, or reported and still shown (never one a facilitator already hid or restored). Facilitators decide
 * on the thread's page; an administrator sees only comments of initiatives they may read (asked of {@link
 * Initiatives} for all of them at once). Two statements.
 */
@Component
class CommentModeration implements ModerationSource {
    private final JdbcClient jdbc;
    private final Initiatives initiatives;

    CommentModeration(JdbcClient jdbc, Initiatives initiatives) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
    }

    private record Waiting(
            long id,
            long initiative,
            Long instance,
            String kind,
            long item,
            String body,
            String moderation,
            long reports,
            OffsetDateTime since) {
        CommentTarget target() {
            return new CommentTarget(initiative, instance, kind, item);
        }
    }

    @Override
    public List<ModerationItem> waiting(SignedInPerson admin) {
        var waiting = jdbc.sql("""
                        SELECT c.id, c.initiative_id, c.tool_instance_id, c.target_kind, c.target_id, c.body,
                            c.moderation, COUNT(*) AS reports, MIN(r.reported_at) AS since
                        FROM comment c JOIN comment_report r ON r.comment_id = c.id
                        WHERE c.moderation IN ('pending', 'none')
                        GROUP BY c.id, c.initiative_id, c.tool_instance_id, c.target_kind, c.target_id, c.body,
                            c.moderation
                        ORDER BY since, c.id
                        LIMIT 500
                        """)
                .query((rs, n) -> new Waiting(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getObject(9, OffsetDateTime.class)))
                .list();
        var readable = initiatives.readableInitiatives(
                waiting.stream().map(Waiting::initiative).distinct().toList(), admin);
        return waiting.stream()
                .filter(w -> readable.contains(w.initiative()))
                .map(w -> new ModerationItem(
                        "comments.name",
                        w.body().length() <= 80 ? w.body() : w.body().substring(0, 80) + "…",
                        w.moderation().equals("pending")
                                ? "comments.moderation.hiddenAfter"
                                : "comments.moderation.reported",
                        List.of(w.reports()),
                        w.since().toInstant(),
                        w.target().path() + "#comment-" + w.id()))
                .toList();
    }
}
