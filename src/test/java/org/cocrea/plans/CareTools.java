package org.cocrea.plans;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.plans.actions.ActionsTool;
import org.cocrea.plans.care.CareDemoData;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.needs.NeedsTool;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.plans.review.ReviewTool;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the demo placed the tools around the plan, for web tests that share the demo database. */
final class CareTools {
    private CareTools() {}

    static long instance(JdbcClient jdbc, String toolId, String initiativeTitle) {
        return jdbc.sql("""
                SELECT MIN(t.id) FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE t.tool_id = :tool AND i.title = :title
                """)
                .param("tool", toolId)
                .param("title", initiativeTitle)
                .query(Long.class)
                .single();
    }

    static long needs(JdbcClient jdbc) {
        return instance(jdbc, NeedsTool.ID, CareDemoData.NEEDS_INITIATIVE);
    }

    static long actions(JdbcClient jdbc) {
        return instance(jdbc, ActionsTool.ID, CareDemoData.DELIVERY_INITIATIVE);
    }

    static long ladder(JdbcClient jdbc) {
        return instance(jdbc, LadderTool.ID, CareDemoData.ASSESSMENT_INITIATIVE);
    }

    static long review(JdbcClient jdbc) {
        return instance(jdbc, ReviewTool.ID, PlansDemoData.INITIATIVE);
    }

    /**
     * A new copy of a demo initiative with its members and an empty instance of the tool, so that a test that
     * writes does not change what the other tests see in the demo.
     */
    static long copy(JdbcClient jdbc, String toolId, String initiativeTitle, String phase) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", initiativeTitle)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                SELECT 'Test: ' || title, summary, description, organisation_id, domain, level, status, :now, :now
                FROM initiative WHERE id = :o
                """).param("o", original).param("now", now).update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        // The citizen's consents come along, so the demo proxy acts for them in the copy as in the demo.
        jdbc.sql("""
                INSERT INTO plan_consent (initiative_id, citizen_id, proxy_id, grantee, scope, given_at, active)
                SELECT :c, citizen_id, proxy_id, grantee, scope, given_at, active FROM plan_consent
                WHERE initiative_id = :o AND active = 'Y'
                """).param("c", copy).param("o", original).update();
        return add(jdbc, copy, toolId, phase);
    }

    /** Another tool in the same initiative as {@code instance}. */
    static long sibling(JdbcClient jdbc, long instance, String toolId, String phase) {
        long initiative = jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
        return add(jdbc, initiative, toolId, phase);
    }

    private static long add(JdbcClient jdbc, long initiative, String toolId, String phase) {
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at) VALUES (:i, :phase, :tool, :now)
                """)
                .param("i", initiative)
                .param("phase", phase)
                .param("tool", toolId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
    }

    static long person(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    static long count(JdbcClient jdbc, String sql, long instance) {
        return jdbc.sql(sql).param("i", instance).query(Long.class).single();
    }
}
