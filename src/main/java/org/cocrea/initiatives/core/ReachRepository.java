package org.cocrea.initiatives.core;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person's standing in many tool instances at once, one statement each way: by instance ids (public ones seen
 * without a role) or by the tools of the initiatives they have a role in. Archived initiatives allow nothing, so
 * they are left out; the caller applies the proxy's consent and the tool's actions.
 */
@Repository
public class ReachRepository {
    private static final String COLUMNS = """
            t.id, t.initiative_id, t.phase, t.tool_id, t.created_at, i.title, i.level, i.status, i.organisation_id,
            m.role""";

    private final JdbcClient jdbc;

    ReachRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row: the instance, its initiative and the person's role there (null without one). */
    public record Row(
            ToolInstance instance, String title, Level level, Status status, long organisationId, MemberRole role) {}

    public List<Row> byInstances(long personId, Collection<Long> instanceIds) {
        if (instanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                        LEFT JOIN initiative_member m ON m.initiative_id = i.id AND m.person_id = :me
                        WHERE t.id IN (:ids) AND i.status <> 'archived'
                        """)
                .param("me", personId)
                .param("ids", instanceIds)
                .query((rs, n) -> row(rs))
                .list();
    }

    public List<Row> byRole(long personId, Collection<String> toolIds) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM initiative_member m JOIN initiative i ON i.id = m.initiative_id
                        JOIN tool_instance t ON t.initiative_id = i.id
                        WHERE m.person_id = :me AND t.tool_id IN (:tools) AND i.status <> 'archived'
                        ORDER BY t.id
                        """)
                .param("me", personId)
                .param("tools", toolIds)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                new ToolInstance(
                        rs.getLong(1),
                        rs.getLong(2),
                        Phase.fromCode(rs.getString(3)).orElseThrow(),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)),
                rs.getString(6),
                Level.fromCode(rs.getString(7)).orElseThrow(),
                Status.fromCode(rs.getString(8)).orElseThrow(),
                rs.getLong(9),
                MemberRole.fromCode(rs.getString(10)).orElse(null));
    }
}
