package org.cocrea.plans;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan_goal and plan_goal_score tables; the database refuses weights ≤ 0 and levels outside −2..+2 too. */
@Repository
class GoalRepository {
    private final JdbcClient jdbc;

    GoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long instance, String description, double weight, Long by) {
        GoalAttainment.checkWeight(weight);
        jdbc.sql("""
                INSERT INTO plan_goal (tool_instance_id, description, weight, created_by, created_at)
                VALUES (:i, :d, :w, :by, :now)
                """)
                .param("i", instance)
                .param("d", description)
                .param("w", weight)
                .param("by", by)
                .param("now", PlanRepository.now())
                .update();
    }

    /** Returns false when the goal does not belong to this plan, so no score crosses plans. */
    boolean score(long instance, long goalId, int level, Long by) {
        GoalAttainment.checkLevel(level);
        return jdbc.sql("""
                INSERT INTO plan_goal_score (goal_id, level, scored_by, scored_at)
                SELECT id, :level, :by, :now FROM plan_goal WHERE id = :g AND tool_instance_id = :i
                """)
                        .param("level", level)
                        .param("by", by)
                        .param("now", PlanRepository.now())
                        .param("g", goalId)
                        .param("i", instance)
                        .update()
                == 1;
    }

    List<Goal> of(long instance) {
        return jdbc.sql("""
                SELECT g.id, g.description, g.weight,
                    (SELECT s.level FROM plan_goal_score s WHERE s.goal_id = g.id
                     ORDER BY s.scored_at DESC, s.id DESC LIMIT 1) AS latest,
                    (SELECT COUNT(*) FROM plan_goal_score s WHERE s.goal_id = g.id) AS scores
                FROM plan_goal g WHERE g.tool_instance_id = :i ORDER BY g.id
                """)
                .param("i", instance)
                .query((rs, n) -> new Goal(
                        rs.getLong("id"),
                        rs.getString("description"),
                        rs.getDouble("weight"),
                        (Integer) rs.getObject("latest", Integer.class),
                        rs.getInt("scores")))
                .list();
    }
}
