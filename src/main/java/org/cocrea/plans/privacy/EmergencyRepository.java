package org.cocrea.plans.privacy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan_emergency_access table; an access ends by expiring, never by deleting its row. */
@Repository
public class EmergencyRepository {
    private final JdbcClient jdbc;

    EmergencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EmergencyAccess start(long instance, long adminId, String reason, Duration length, boolean wholeRecord) {
        var now = PlanRepository.now();
        jdbc.sql("""
                INSERT INTO plan_emergency_access (tool_instance_id, admin_id, reason, started_at, expires_at,
                    whole_record)
                VALUES (:i, :admin, :reason, :now, :until, :whole)
                """)
                .param("whole", wholeRecord)
                .param("i", instance)
                .param("admin", adminId)
                .param("reason", reason)
                .param("now", now)
                .param("until", now.plus(length))
                .update();
        return open(instance, adminId).orElseThrow();
    }

    /** The admin's access to this plan that is open now, if any. */
    Optional<EmergencyAccess> open(long instance, long adminId) {
        return jdbc.sql("""
                SELECT id, admin_id, reason, started_at, expires_at, whole_record FROM plan_emergency_access
                WHERE tool_instance_id = :i AND admin_id = :admin AND started_at <= :now AND expires_at > :now
                ORDER BY expires_at DESC FETCH FIRST 1 ROWS ONLY
                """)
                .param("i", instance)
                .param("admin", adminId)
                .param("now", PlanRepository.now())
                .query(EmergencyRepository::row)
                .optional();
    }

    public List<EmergencyAccess> of(long instance) {
        return jdbc.sql("""
                SELECT id, admin_id, reason, started_at, expires_at, whole_record FROM plan_emergency_access
                WHERE tool_instance_id = :i ORDER BY started_at DESC, id DESC
                """)
                .param("i", instance)
                .query(EmergencyRepository::row)
                .list();
    }

    private static EmergencyAccess row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EmergencyAccess(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class),
                rs.getObject(5, OffsetDateTime.class),
                rs.getBoolean(6));
    }
}
