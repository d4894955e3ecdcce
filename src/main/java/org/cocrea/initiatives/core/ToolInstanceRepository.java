package org.cocrea.initiatives.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tool_instance table: which tool sits in which phase of which initiative (once per phase). */
@Repository
public class ToolInstanceRepository {
    private final JdbcClient jdbc;

    ToolInstanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long initiativeId, Phase phase, String toolId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at) VALUES (:i, :phase, :tool, :now)")
                .param("i", initiativeId)
                .param("phase", phase.code())
                .param("tool", toolId)
                .param("now", InitiativeRepository.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ToolInstance> find(long id) {
        return jdbc.sql("SELECT id, initiative_id, phase, tool_id, created_at FROM tool_instance WHERE id = :id")
                .param("id", id)
                .query(ToolInstanceRepository::row)
                .optional();
    }

    /** {@link #of}, read once per request: the initiative page and the sections other modules add to it. */
    public List<ToolInstance> ofOnce(long initiativeId) {
        return org.cocrea.platform.PerRequest.get("tool-instances." + initiativeId, () -> of(initiativeId));
    }

    public List<ToolInstance> of(long initiativeId) {
        return jdbc.sql("""
                SELECT id, initiative_id, phase, tool_id, created_at FROM tool_instance
                WHERE initiative_id = :i ORDER BY id
                """)
                .param("i", initiativeId)
                .query(ToolInstanceRepository::row)
                .list();
    }

    public List<ToolInstance> ofTool(String toolId) {
        return jdbc.sql("SELECT id, initiative_id, phase, tool_id, created_at FROM tool_instance WHERE tool_id = :t"
                        + " ORDER BY id")
                .param("t", toolId)
                .query(ToolInstanceRepository::row)
                .list();
    }

    private static ToolInstance row(ResultSet rs, int n) throws SQLException {
        return new ToolInstance(
                rs.getLong("id"),
                rs.getLong("initiative_id"),
                Phase.fromCode(rs.getString("phase")).orElseThrow(),
                rs.getString("tool_id"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
