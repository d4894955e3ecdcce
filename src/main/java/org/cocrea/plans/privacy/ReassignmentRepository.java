package org.cocrea.plans.privacy;

import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan_reassignment table: an administrator's reassignments of a plan, with their reason; never changed. */
@Repository
class ReassignmentRepository {
    private final JdbcClient jdbc;

    ReassignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long instance, long adminId, Long oldCitizen, long newCitizen, String reason) {
        jdbc.sql("""
                INSERT INTO plan_reassignment (tool_instance_id, admin_id, old_citizen_id, new_citizen_id, reason,
                    reassigned_at)
                VALUES (:i, :admin, :old, :new, :reason, :now)
                """)
                .param("i", instance)
                .param("admin", adminId)
                .param("old", oldCitizen)
                .param("new", newCitizen)
                .param("reason", reason)
                .param("now", PlanRepository.now())
                .update();
    }
}
