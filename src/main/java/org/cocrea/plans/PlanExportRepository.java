package org.cocrea.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a whole plan at once for the citizen's download: every version with content, every goal score. */
@Repository
class PlanExportRepository {
    private final JdbcClient jdbc;

    PlanExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanData.VersionData> versions(long instance) {
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

    /** Goals in creation order, each with all its scores oldest first, in one query. */
    List<PlanData.GoalData> goals(long instance) {
        record Row(long id, String description, double weight, Long by, OffsetDateTime at, PlanData.ScoreData score) {}
        var rows = jdbc.sql("""
                SELECT g.id, g.description, g.weight, s.level, s.scored_by, s.scored_at, g.created_by, g.created_at
                FROM plan_goal g LEFT JOIN plan_goal_score s ON s.goal_id = g.id
                WHERE g.tool_instance_id = :i ORDER BY g.id, s.scored_at, s.id
                """)
                .param("i", instance)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDouble(3),
                        (Long) rs.getObject(7, Long.class),
                        rs.getObject(8, OffsetDateTime.class),
                        rs.getObject(4) == null
                                ? null
                                : new PlanData.ScoreData(
                                        rs.getInt(4),
                                        (Long) rs.getObject(5, Long.class),
                                        rs.getObject(6, OffsetDateTime.class))))
                .list();
        var goals = new LinkedHashMap<Long, PlanData.GoalData>();
        for (Row r : rows) {
            var goal = goals.computeIfAbsent(
                    r.id(),
                    id -> new PlanData.GoalData(id, r.description(), r.weight(), r.by(), r.at(), new ArrayList<>()));
            if (r.score() != null) {
                goal.scores().add(r.score());
            }
        }
        return List.copyOf(goals.values());
    }
}
