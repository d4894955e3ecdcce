package org.cocrea.plans.actions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The plan_action and plan_diary tables; the database refuses negative time and amounts without a unit too. */
@Repository
public class ActionRepository {
    private final JdbcClient jdbc;

    public ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long instance, String title, PerformerKind kind, long performer, LocalDate due, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO plan_action (tool_instance_id, title, performer_kind, performer_id, due_date, status,
                    created_by, created_at)
                VALUES (:i, :title, :kind, :performer, :due, 'planned', :by, :now)
                """)
                .param("i", instance)
                .param("title", title)
                .param("kind", kind.code())
                .param("performer", performer)
                .param("due", due)
                .param("by", by)
                .param("now", PlanRepository.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** False when the action is not this plan's. */
    public boolean status(long instance, long action, ActionStatus status) {
        return jdbc.sql("UPDATE plan_action SET status = :s WHERE id = :a AND tool_instance_id = :i")
                        .param("s", status.code())
                        .param("a", action)
                        .param("i", instance)
                        .update()
                == 1;
    }

    public List<PlanAction> actions(long instance) {
        return jdbc.sql("""
                SELECT id, title, performer_kind, performer_id, due_date, status FROM plan_action
                WHERE tool_instance_id = :i ORDER BY due_date NULLS LAST, id
                """)
                .param("i", instance)
                .query((rs, n) -> new PlanAction(
                        rs.getLong(1),
                        rs.getString(2),
                        PerformerKind.fromCode(rs.getString(3)).orElseThrow(),
                        rs.getLong(4),
                        rs.getObject(5, LocalDate.class),
                        ActionStatus.fromCode(rs.getString(6)).orElseThrow()))
                .list();
    }

    public boolean hasAction(long instance, long action) {
        return jdbc.sql("SELECT COUNT(*) FROM plan_action WHERE id = :a AND tool_instance_id = :i")
                        .param("a", action)
                        .param("i", instance)
                        .query(Long.class)
                        .single()
                == 1;
    }

    /** The fields of a new diary entry, already checked. */
    public record NewEntry(
            Long actionId,
            LocalDate doneOn,
            String what,
            Integer minutes,
            BigDecimal amount,
            String unit,
            String how) {}

    public long log(long instance, long author, NewEntry e) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO plan_diary (tool_instance_id, action_id, author_id, done_on, what, minutes, amount, unit,
                    how, written_at)
                VALUES (:i, :action, :author, :on, :what, :minutes, :amount, :unit, :how, :now)
                """)
                .param("i", instance)
                .param("action", e.actionId())
                .param("author", author)
                .param("on", e.doneOn())
                .param("what", e.what())
                .param("minutes", e.minutes())
                .param("amount", e.amount())
                .param("unit", e.unit())
                .param("how", e.how())
                .param("now", PlanRepository.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The whole diary in one query: how many entries, the minutes they record and, per unit, the amounts. */
    public ActionsPage.Stats stats(long instance) {
        var entries = new long[] {0, 0};
        var totals = new java.util.ArrayList<ActionsPage.Total>();
        jdbc.sql("""
                SELECT unit, COUNT(*), COALESCE(SUM(minutes), 0), SUM(amount) FROM plan_diary
                WHERE tool_instance_id = :i GROUP BY unit ORDER BY unit
                """).param("i", instance).query(rs -> {
            entries[0] += rs.getLong(2);
            entries[1] += rs.getLong(3);
            if (rs.getString(1) != null) {
                totals.add(new ActionsPage.Total(rs.getString(1), rs.getBigDecimal(4)));
            }
        });
        return new ActionsPage.Stats(entries[0], entries[1], totals);
    }

    /** One page of the diary, newest first; years of entries stay one indexed query per page. */
    public List<DiaryEntry> diary(long instance, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, action_id, author_id, done_on, what, minutes, amount, unit, how, written_at
                FROM plan_diary WHERE tool_instance_id = :i
                ORDER BY done_on DESC, id DESC LIMIT :limit OFFSET :offset
                """)
                .param("i", instance)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new DiaryEntry(
                        rs.getLong(1),
                        (Long) rs.getObject(2, Long.class),
                        (Long) rs.getObject(3, Long.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        (Integer) rs.getObject(6, Integer.class),
                        rs.getBigDecimal(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class)))
                .list();
    }
}
