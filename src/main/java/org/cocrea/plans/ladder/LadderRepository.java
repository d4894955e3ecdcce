package org.cocrea.plans.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The plan_ladder_* tables; the database refuses scores outside 1..10 too. */
@Repository
public class LadderRepository {
    private final JdbcClient jdbc;

    public LadderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addArea(long instance, String name) {
        jdbc.sql("""
                INSERT INTO plan_ladder_area (tool_instance_id, area_no, name)
                SELECT :i, COALESCE(MAX(area_no), 0) + 1, :name FROM plan_ladder_area WHERE tool_instance_id = :i
                """).param("i", instance).param("name", name).update();
    }

    public List<LadderArea> areas(long instance) {
        return jdbc.sql("SELECT id, name FROM plan_ladder_area WHERE tool_instance_id = :i ORDER BY area_no, id")
                .param("i", instance)
                .query((rs, n) -> new LadderArea(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Stores a reading with its scores; the caller checked that every area is this plan's. */
    public long addReading(long instance, long by, MemberRole role, LocalDate on, Map<Long, Integer> scores) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO plan_ladder_reading (tool_instance_id, scored_by, scorer_role, read_on, created_at)
                VALUES (:i, :by, :role, :on, :now)
                """)
                .param("i", instance)
                .param("by", by)
                .param("role", role.code())
                .param("on", on)
                .param("now", PlanRepository.now())
                .update(keys, "id");
        long reading = keys.getKey().longValue();
        scores.forEach((area, score) -> jdbc.sql("""
                        INSERT INTO plan_ladder_score (reading_id, area_id, score)
                        SELECT :r, id, :s FROM plan_ladder_area WHERE id = :a AND tool_instance_id = :i
                        """)
                .param("r", reading)
                .param("s", score)
                .param("a", area)
                .param("i", instance)
                .update());
        return reading;
    }

    /** Every reading with its scores, oldest first, in one query. */
    public List<LadderReading> readings(long instance) {
        record Row(long id, Long by, String role, LocalDate on, Long area, Integer score) {}
        var rows = jdbc.sql("""
                SELECT r.id, r.scored_by, r.scorer_role, r.read_on, s.area_id, s.score
                FROM plan_ladder_reading r LEFT JOIN plan_ladder_score s ON s.reading_id = r.id
                WHERE r.tool_instance_id = :i ORDER BY r.read_on, r.id
                """)
                .param("i", instance)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        (Long) rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        (Long) rs.getObject(5, Long.class),
                        (Integer) rs.getObject(6, Integer.class)))
                .list();
        var byId = new LinkedHashMap<Long, List<Row>>();
        rows.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byId.values().stream()
                .map(group -> {
                    var first = group.get(0);
                    var scores = new LinkedHashMap<Long, Integer>();
                    group.stream().filter(r -> r.area() != null).forEach(r -> scores.put(r.area(), r.score()));
                    return new LadderReading(
                            first.id(),
                            first.by(),
                            MemberRole.fromCode(first.role()).orElseThrow(),
                            first.on(),
                            scores);
                })
                .toList();
    }
}
