package org.cocrea.plans.needs;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.care.Side;
import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan_need, plan_need_rank and plan_need_confirmation tables. A ranker's order is replaced as a whole;
 * the unique (ranker, rank) constraint refuses two needs on one rank even if the Java checks were bypassed.
 */
@Repository
public class NeedRepository {
    /** One rank of one ranker's order. */
    public record Rank(long rankerId, MemberRole role, long needId, int rank, OffsetDateTime at) {}

    private final JdbcClient jdbc;

    public NeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(
            long instance, LifeDomain domain, String title, String citizenText, String professionalText, Long by) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO plan_need (tool_instance_id, domain, title, citizen_text, professional_text, created_by,
                    created_at)
                VALUES (:i, :domain, :title, :c, :p, :by, :now)
                """)
                .param("i", instance)
                .param("domain", domain.code())
                .param("title", title)
                .param("c", citizenText)
                .param("p", professionalText)
                .param("by", by)
                .param("now", PlanRepository.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Sets one side's description; false when the need is not this plan's. */
    public boolean describe(long instance, long need, Side side, String text) {
        String column = side == Side.CITIZEN ? "citizen_text" : "professional_text";
        return jdbc.sql("UPDATE plan_need SET " + column + " = :t WHERE id = :n AND tool_instance_id = :i")
                        .param("t", text)
                        .param("n", need)
                        .param("i", instance)
                        .update()
                == 1;
    }

    public List<Need> of(long instance) {
        return jdbc.sql("""
                SELECT id, domain, title, citizen_text, professional_text FROM plan_need
                WHERE tool_instance_id = :i ORDER BY id
                """)
                .param("i", instance)
                .query((rs, n) -> new Need(
                        rs.getLong(1),
                        LifeDomain.fromCode(rs.getString(2)).orElseThrow(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** Replaces the ranker's whole order; call inside a transaction. */
    public void rank(long instance, long ranker, MemberRole role, List<Long> order) {
        jdbc.sql("DELETE FROM plan_need_rank WHERE tool_instance_id = :i AND ranker_id = :r")
                .param("i", instance)
                .param("r", ranker)
                .update();
        var now = PlanRepository.now();
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("""
                    INSERT INTO plan_need_rank (tool_instance_id, ranker_id, ranker_role, need_id, rank_no, ranked_at)
                    SELECT :i, :r, :role, id, :rank, :now FROM plan_need WHERE id = :n AND tool_instance_id = :i
                    """)
                    .param("i", instance)
                    .param("r", ranker)
                    .param("role", role.code())
                    .param("n", order.get(i))
                    .param("rank", i + 1)
                    .param("now", now)
                    .update();
        }
    }

    public List<Rank> ranks(long instance) {
        return jdbc.sql("""
                SELECT ranker_id, ranker_role, need_id, rank_no, ranked_at FROM plan_need_rank
                WHERE tool_instance_id = :i ORDER BY ranker_id, rank_no
                """)
                .param("i", instance)
                .query((rs, n) -> new Rank(
                        rs.getLong(1),
                        MemberRole.fromCode(rs.getString(2)).orElseThrow(),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    public void confirm(long instance, String order, long person, MemberRole role) {
        jdbc.sql("""
                INSERT INTO plan_need_confirmation (tool_instance_id, need_order, person_id, person_role, confirmed_at)
                VALUES (:i, :o, :p, :role, :now)
                """)
                .param("i", instance)
                .param("o", order)
                .param("p", person)
                .param("role", role.code())
                .param("now", PlanRepository.now())
                .update();
    }

    public List<NeedsPage.Confirmation> confirmations(long instance) {
        return jdbc.sql("""
                SELECT need_order, person_id, person_role, confirmed_at FROM plan_need_confirmation
                WHERE tool_instance_id = :i ORDER BY confirmed_at, id
                """)
                .param("i", instance)
                .query((rs, n) -> new NeedsPage.Confirmation(
                        rs.getString(1),
                        rs.getLong(2),
                        MemberRole.fromCode(rs.getString(3)).orElseThrow(),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    /**
     * For the personal home, in one statement: the needs assessments where the latest confirmed order came from
     * the other side and nobody on the person's side confirmed it yet (needs added since make it out of date).
     * {@code citizenSide}: instances where the person speaks for the citizen; {@code professionalSide}: the rest.
     */
    public List<Long> awaitingConfirmation(
            java.util.Collection<Long> citizenSide, java.util.Collection<Long> professionalSide) {
        if (citizenSide.isEmpty() && professionalSide.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT c.tool_instance_id FROM plan_need_confirmation c
                        WHERE c.id = (SELECT MAX(l.id) FROM plan_need_confirmation l WHERE l.tool_instance_id = c.tool_instance_id)
                            AND NOT EXISTS (SELECT 1 FROM plan_need n WHERE n.tool_instance_id = c.tool_instance_id
                                AND n.created_at > c.confirmed_at)
                            AND ((c.tool_instance_id IN (:citizen) AND c.person_role IN ('owner', 'facilitator', 'member')
                                    AND NOT EXISTS (SELECT 1 FROM plan_need_confirmation o
                                        WHERE o.tool_instance_id = c.tool_instance_id AND o.need_order = c.need_order
                                        AND o.person_role IN ('citizen', 'proxy')))
                                OR (c.tool_instance_id IN (:professional) AND c.person_role IN ('citizen', 'proxy')
                                    AND NOT EXISTS (SELECT 1 FROM plan_need_confirmation o
                                        WHERE o.tool_instance_id = c.tool_instance_id AND o.need_order = c.need_order
                                        AND o.person_role IN ('owner', 'facilitator', 'member'))))
                        ORDER BY c.tool_instance_id
                        """)
                .param("citizen", citizenSide.isEmpty() ? List.of(-1L) : citizenSide)
                .param("professional", professionalSide.isEmpty() ? List.of(-1L) : professionalSide)
                .query(Long.class)
                .list();
    }
}
