package org.cocrea.plans.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan_audit table: appended to on every read and write of plan data, never changed. */
@Repository
public class AuditRepository {
    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long instance, Long personId, String action, String detail, String remoteAddress) {
        jdbc.sql("""
                INSERT INTO plan_audit (tool_instance_id, person_id, accessed_at, action, detail, remote_address)
                VALUES (:i, :p, :now, :action, :detail, :from)
                """)
                .param("i", instance)
                .param("p", personId)
                .param("now", PlanRepository.now())
                .param("action", action)
                .param("detail", detail)
                .param(
                        "from",
                        remoteAddress == null ? null : remoteAddress.substring(0, Math.min(64, remoteAddress.length())))
                .update();
    }

    /**
     * The newest {@code limit} entries of each of several tools (a plan and the care tools beside it, for the
     * whole-record download), in one query rather than one per tool.
     */
    public java.util.Map<Long, List<AuditEntry>> ofEach(java.util.Collection<Long> instances, int limit) {
        var found = new java.util.LinkedHashMap<Long, List<AuditEntry>>();
        if (instances.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                SELECT tool_instance_id, person_id, accessed_at, action, detail, remote_address FROM (
                    SELECT a.tool_instance_id, a.person_id, a.accessed_at, a.action, a.detail, a.remote_address, a.id,
                        ROW_NUMBER() OVER (PARTITION BY a.tool_instance_id ORDER BY a.accessed_at DESC, a.id DESC) AS n
                    FROM plan_audit a WHERE a.tool_instance_id IN (:instances)) newest
                WHERE n <= :limit ORDER BY accessed_at DESC, id DESC
                """)
                .param("instances", List.copyOf(instances))
                .param("limit", limit)
                .query((rs, n) -> java.util.Map.entry(
                        rs.getLong(1),
                        new AuditEntry(
                                (Long) rs.getObject(2, Long.class),
                                rs.getObject(3, OffsetDateTime.class),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6))))
                .list()
                .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return found;
    }

    /** Newest first, capped so years of history still render quickly. */
    public List<AuditEntry> of(long instance, int limit) {
        return jdbc.sql("""
                SELECT person_id, accessed_at, action, detail, remote_address FROM plan_audit
                WHERE tool_instance_id = :i ORDER BY accessed_at DESC, id DESC LIMIT :limit
                """)
                .param("i", instance)
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(
                        (Long) rs.getObject(1, Long.class),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
