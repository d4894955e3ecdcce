package org.cocrea.plans.privacy;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clears a plan's content in place: the texts of every version and goal become empty, while the rows, their
 * authors and times, the signatures with their hashes, the scores and the audit log stay as the record that
 * the plan existed and who did what.
 */
@Repository
public class ErasureRepository {
    private final JdbcClient jdbc;

    ErasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Clears the texts of the tools around the plan (needs, actions and diary, reviews) in the given
     * instances; numbers (times, scores, ladder readings), dates and who did what stay.
     */
    void eraseCare(java.util.Collection<Long> instances) {
        if (instances.isEmpty()) {
            return;
        }
        for (String sql : java.util.List.of(
                "UPDATE plan_need SET title = '', citizen_text = '', professional_text = ''"
                        + " WHERE tool_instance_id IN (:ids)",
                "UPDATE plan_action SET title = '' WHERE tool_instance_id IN (:ids)",
                "UPDATE plan_diary SET what = '', how = '' WHERE tool_instance_id IN (:ids)",
                "UPDATE plan_review SET summary = '', decisions = '' WHERE tool_instance_id IN (:ids)")) {
            jdbc.sql(sql).param("ids", instances).update();
        }
    }

    Erasure erase(long instance, long requestedBy, int upToVersion) {
        jdbc.sql("""
                UPDATE plan_version SET objectives = '', services = '', providers = '', case_manager = '',
                    resources = '', economic = '', evaluation = '', review_date = NULL
                WHERE tool_instance_id = :i
                """).param("i", instance).update();
        jdbc.sql("UPDATE plan_goal SET description = '' WHERE tool_instance_id = :i")
                .param("i", instance)
                .update();
        var now = PlanRepository.now();
        jdbc.sql("""
                INSERT INTO plan_erasure (tool_instance_id, requested_by, erased_at, up_to_version)
                VALUES (:i, :by, :now, :upTo)
                """)
                .param("i", instance)
                .param("by", requestedBy)
                .param("now", now)
                .param("upTo", upToVersion)
                .update();
        return new Erasure(requestedBy, now, upToVersion);
    }

    public Optional<Erasure> latest(long instance) {
        return jdbc.sql("""
                SELECT requested_by, erased_at, up_to_version FROM plan_erasure
                WHERE tool_instance_id = :i ORDER BY erased_at DESC, id DESC FETCH FIRST 1 ROWS ONLY
                """)
                .param("i", instance)
                .query((rs, n) -> new Erasure(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getInt(3)))
                .optional();
    }
}
