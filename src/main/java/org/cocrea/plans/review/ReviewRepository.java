package org.cocrea.plans.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The plan_review and plan_review_participant tables; cycle numbers are unique per tool instance. */
@Repository
public class ReviewRepository {
    /** A review about to be stored, checked by the service. */
    public record NewReview(
            LocalDate heldOn, String summary, String decisions, Integer reviewedVersion, List<Long> participants) {}

    private final JdbcClient jdbc;

    public ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int cycles(long instance) {
        return jdbc.sql("SELECT COALESCE(MAX(cycle_no), 0) FROM plan_review WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Integer.class)
                .single();
    }

    public long add(long instance, int cycle, NewReview r, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO plan_review (tool_instance_id, cycle_no, held_on, summary, decisions, reviewed_version,
                    recorded_by, recorded_at)
                VALUES (:i, :cycle, :on, :summary, :decisions, :reviewed, :by, :now)
                """)
                .param("i", instance)
                .param("cycle", cycle)
                .param("on", r.heldOn())
                .param("summary", r.summary())
                .param("decisions", r.decisions())
                .param("reviewed", r.reviewedVersion())
                .param("by", by)
                .param("now", PlanRepository.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        r.participants()
                .forEach(p -> jdbc.sql("INSERT INTO plan_review_participant (review_id, person_id) VALUES (:r, :p)")
                        .param("r", id)
                        .param("p", p)
                        .update());
        return id;
    }

    public void opened(long review, int version) {
        jdbc.sql("UPDATE plan_review SET opened_version = :v WHERE id = :r")
                .param("v", version)
                .param("r", review)
                .update();
    }

    /** Newest cycle first, with participants, in two queries. */
    public List<Review> of(long instance) {
        var participants = new HashMap<Long, List<Long>>();
        jdbc.sql("""
                SELECT p.review_id, p.person_id FROM plan_review_participant p
                JOIN plan_review r ON r.id = p.review_id WHERE r.tool_instance_id = :i ORDER BY p.person_id
                """)
                .param("i", instance)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> participants
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return jdbc.sql("""
                SELECT id, cycle_no, held_on, summary, decisions, reviewed_version, opened_version, recorded_by,
                    recorded_at
                FROM plan_review WHERE tool_instance_id = :i ORDER BY cycle_no DESC
                """)
                .param("i", instance)
                .query((rs, n) -> new Review(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        (Integer) rs.getObject(6, Integer.class),
                        (Integer) rs.getObject(7, Integer.class),
                        (Long) rs.getObject(8, Long.class),
                        rs.getObject(9, OffsetDateTime.class),
                        participants.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }
}
