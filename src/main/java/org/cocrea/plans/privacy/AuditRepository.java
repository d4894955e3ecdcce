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
