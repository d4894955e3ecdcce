package org.cocrea.plans.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan_goal and plan_goal_score tables; the database refuses weights ≤ 0, importance or difficulty outside
 * 1..3, a weight other than importance × difficulty and levels outside −2..+2 too.
 */
@Repository
public class GoalRepository {
    /** The columns of the five written levels, −2 first. */
    public static final List<String> LEVEL_COLUMNS =
            List.of("level_minus2", "level_minus1", "level_0", "level_plus1", "level_plus2");

    private final JdbcClient jdbc;

    public GoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A goal with its five written levels (−2 first), weighted importance × difficulty. */
    public void add(long instance, String description, List<String> levels, int importance, int difficulty, Long by) {
        if (levels.size() != 5) {
            throw new IllegalArgumentException("five levels, not " + levels.size());
        }
        int weight = GoalAttainment.weight(importance, difficulty);
        jdbc.sql("""
                INSERT INTO plan_goal (tool_instance_id, description, weight, importance, difficulty,
                    level_minus2, level_minus1, level_0, level_plus1, level_plus2, created_by, created_at)
                VALUES (:i, :d, :w, :imp, :dif, :m2, :m1, :l0, :p1, :p2, :by, :now)
                """)
                .param("i", instance)
                .param("d", description)
                .param("w", (double) weight)
                .param("imp", importance)
                .param("dif", difficulty)
                .param("m2", levels.get(0))
                .param("m1", levels.get(1))
                .param("l0", levels.get(2))
                .param("p1", levels.get(3))
                .param("p2", levels.get(4))
                .param("by", by)
                .param("now", PlanRepository.now())
                .update();
    }

    /** A goal as recorded before levels were written: a weight typed directly, no levels (fixtures, imports). */
    public void add(long instance, String description, double weight, Long by) {
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

    /** A score for today (UTC). */
    public boolean score(long instance, long goalId, int level, Long by) {
        return score(instance, goalId, level, LocalDate.now(ZoneOffset.UTC), by);
    }

    /** Returns false when the goal does not belong to this plan, so no score crosses plans. */
    public boolean score(long instance, long goalId, int level, LocalDate on, Long by) {
        GoalAttainment.checkLevel(level);
        return jdbc.sql("""
                INSERT INTO plan_goal_score (goal_id, level, scored_by, scored_at, scored_on)
                SELECT id, :level, :by, :now, :on FROM plan_goal WHERE id = :g AND tool_instance_id = :i
                """)
                        .param("level", level)
                        .param("by", by)
                        .param("now", PlanRepository.now())
                        .param("on", on)
                        .param("g", goalId)
                        .param("i", instance)
                        .update()
                == 1;
    }

    /** The id of the plan's latest stored score (0 when none): the revision of its GAS outcome. */
    public long lastScoreId(long instance) {
        return jdbc.sql("""
                        SELECT COALESCE(MAX(s.id), 0) FROM plan_goal_score s JOIN plan_goal g ON g.id = s.goal_id
                        WHERE g.tool_instance_id = :i
                        """).param("i", instance).query(Long.class).single();
    }

    /**
     * The plan's goals in creation order, each with all its scores oldest first (by date, then as recorded), in
     * one query.
     */
    public List<Goal> of(long instance) {
        record Row(Goal goal, Goal.Scored score) {}
        var rows = jdbc.sql("""
                SELECT g.id, g.description, g.weight, g.importance, g.difficulty,
                    g.level_minus2, g.level_minus1, g.level_0, g.level_plus1, g.level_plus2,
                    s.level, s.scored_on, s.scored_by
                FROM plan_goal g LEFT JOIN plan_goal_score s ON s.goal_id = g.id
                WHERE g.tool_instance_id = :i ORDER BY g.id, s.scored_on, s.id
                """)
                .param("i", instance)
                .query((rs, n) -> {
                    var levels = new ArrayList<String>();
                    for (String column : LEVEL_COLUMNS) {
                        levels.add(rs.getString(column));
                    }
                    var goal = new Goal(
                            rs.getLong("id"),
                            rs.getString("description"),
                            rs.getDouble("weight"),
                            (Integer) rs.getObject("importance", Integer.class),
                            (Integer) rs.getObject("difficulty", Integer.class),
                            levels.contains(null) ? List.of() : levels,
                            List.of());
                    var score = rs.getObject("level") == null
                            ? null
                            : new Goal.Scored(rs.getInt("level"), rs.getObject("scored_on", LocalDate.class), (Long)
                                    rs.getObject("scored_by", Long.class));
                    return new Row(goal, score);
                })
                .list();
        var goals = new LinkedHashMap<Long, Goal>();
        var scores = new HashMap<Long, List<Goal.Scored>>();
        for (Row r : rows) {
            goals.putIfAbsent(r.goal().id(), r.goal());
            if (r.score() != null) {
                scores.computeIfAbsent(r.goal().id(), id -> new ArrayList<>()).add(r.score());
            }
        }
        return goals.values().stream()
                .map(g -> new Goal(
                        g.id(),
                        g.description(),
                        g.weight(),
                        g.importance(),
                        g.difficulty(),
                        g.levels(),
                        scores.getOrDefault(g.id(), List.of())))
                .toList();
    }
}
