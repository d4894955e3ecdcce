package org.cocrea.ideas;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.ModerationItem;
import org.cocrea.platform.ModerationSource;
import org.cocrea.platform.SignedInPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ideas waiting for a moderator, for the administrators' queue: those hidden after reports until a facilitator
 * reviews them ({@code moderation = 'pending'}), and those reported but still shown (fewer reports than the
 * instance hides at; never a proposal a facilitator already restored or hid). Facilitators decide on the idea's page
 * (hide or restore); an administrator sees only ideas of initiatives they may read, asked of {@link Initiatives} for
 * all of them at once. Two queries.
 */
@Component
class IdeaModeration implements ModerationSource {
    private final JdbcClient jdbc;
    private final Initiatives initiatives;

    IdeaModeration(JdbcClient jdbc, Initiatives initiatives) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
    }

    private record Waiting(
            long id, long instance, String title, String moderation, long reports, OffsetDateTime since) {}

    @Override
    public List<ModerationItem> waiting(SignedInPerson admin) {
        var waiting = jdbc.sql("""
                        SELECT i.id, i.tool_instance_id, i.title, i.moderation, COUNT(*) AS reports,
                            MIN(r.reported_at) AS since
                        FROM idea i JOIN idea_report r ON r.idea_id = i.id
                        WHERE i.moderation IN ('pending', 'none')
                        GROUP BY i.id, i.tool_instance_id, i.title, i.moderation
                        ORDER BY since, i.id
                        LIMIT 500
                        """)
                .query((rs, n) -> new Waiting(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getObject(6, OffsetDateTime.class)))
                .list();
        var visible = initiatives.visibleToolInstances(
                waiting.stream().map(Waiting::instance).distinct().toList(), admin);
        return waiting.stream()
                .filter(w -> visible.contains(w.instance()))
                .map(w -> new ModerationItem(
                        "ideas.name",
                        w.title(),
                        w.moderation().equals("pending")
                                ? "admin.moderation.ideaHidden"
                                : "admin.moderation.ideaReported",
                        List.of(w.reports()),
                        w.since().toInstant(),
                        "/ideas/" + w.instance() + "/" + w.id()))
                .toList();
    }
}
