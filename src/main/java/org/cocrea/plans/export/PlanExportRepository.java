package org.cocrea.plans.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.plan.GoalRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a whole plan at once for the citizen's download: every version with content, every goal score. */
@Repository
public class PlanExportRepository {
    private final JdbcClient jdbc;

    public PlanExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlanData.VersionData> versions(long instance) {
        return jdbc.sql("""
                SELECT version_no, author_id, created_at, objectives, services, providers, case_manager,
                    resources, economic, evaluation, review_date
                FROM plan_version WHERE tool_instance_id = :i ORDER BY version_no
                """)
                .param("i", instance)
                .query((rs, n) -> {
                    var content = new PlanContent(
                            rs.getString("objectives"),
                            rs.getString("services"),
                            rs.getString("providers"),
                            rs.getString("case_manager"),
                            rs.getString("resources"),
                            rs.getString("economic"),
                            rs.getString("evaluation"),
                            rs.getObject("review_date", LocalDate.class));
                    return new PlanData.VersionData(
                            rs.getInt("version_no"),
                            (Long) rs.getObject("author_id", Long.class),
                            rs.getObject("created_at", OffsetDateTime.class),
                            content.objectives(),
                            content.services(),
                            content.providers(),
                            content.caseManager(),
                            content.resources(),
                            content.economic(),
                            content.evaluation(),
                            content.reviewDate(),
                            content.sha256());
                })
                .list();
    }

    /** Goals in creation order with their written levels, each with all its scores oldest first, in one query. */
    public List<PlanData.GoalData> goals(long instance) {
        record Row(PlanData.GoalData goal, PlanData.ScoreData score) {}
        var rows = jdbc.sql("""
                SELECT g.id, g.description, g.weight, g.importance, g.difficulty,
                    g.level_minus2, g.level_minus1, g.level_0, g.level_plus1, g.level_plus2,
                    g.created_by, g.created_at, s.level, s.scored_by, s.scored_on, s.scored_at
                FROM plan_goal g LEFT JOIN plan_goal_score s ON s.goal_id = g.id
                WHERE g.tool_instance_id = :i ORDER BY g.id, s.scored_on, s.id
                """)
                .param("i", instance)
                .query((rs, n) -> {
                    var levels = new ArrayList<String>();
                    for (String column : GoalRepository.LEVEL_COLUMNS) {
                        levels.add(rs.getString(column));
                    }
                    var goal = new PlanData.GoalData(
                            rs.getLong("id"),
                            rs.getString("description"),
                            rs.getDouble("weight"),
                            (Integer) rs.getObject("importance", Integer.class),
                            (Integer) rs.getObject("difficulty", Integer.class),
                            levels.contains(null) ? List.of() : List.copyOf(levels),
                            (Long) rs.getObject("created_by", Long.class),
                            rs.getObject("created_at", OffsetDateTime.class),
                            new ArrayList<>());
                    var score = rs.getObject("level") == null
                            ? null
                            : new PlanData.ScoreData(
                                    rs.getInt("level"),
                                    (Long) rs.getObject("scored_by", Long.class),
                                    rs.getObject("scored_on", LocalDate.class),
                                    rs.getObject("scored_at", OffsetDateTime.class));
                    return new Row(goal, score);
                })
                .list();
        var goals = new LinkedHashMap<Long, PlanData.GoalData>();
        for (Row r : rows) {
            var goal = goals.computeIfAbsent(r.goal().id(), id -> r.goal());
            if (r.score() != null) {
                goal.scores().add(r.score());
            }
        }
        return List.copyOf(goals.values());
    }
}
