package org.cocrea.plans;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.actions.ActionRepository;
import org.cocrea.plans.actions.ActionsTool;
import org.cocrea.plans.actions.PerformerKind;
import org.cocrea.plans.ladder.LadderRepository;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.needs.LifeDomain;
import org.cocrea.plans.needs.NeedRepository;
import org.cocrea.plans.needs.NeedsTool;
import org.cocrea.plans.plan.GoalRepository;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.review.ReviewTool;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh individual initiative with a plan, of the demo social worker (case manager) and a new citizen and
 * proxy, so that destructive tests (erasure, consent withdrawal) never touch the demo plan other tests read.
 */
public record PrivatePlan(long initiative, long instance, String citizen, String proxy, long citizenId, long proxyId) {
    /** The day the plan's goal was scored (+1 by the citizen). */
    public static final java.time.LocalDate SCORED_ON =
            java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(10);

    public static PrivatePlan create(JdbcClient jdbc, String marker) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String citizen = "plan.citizen." + tag + "@example.org";
        String proxy = "plan.proxy." + tag + "@example.org";
        TestPeople.ensure(jdbc, citizen, "citizen", null);
        TestPeople.ensure(jdbc, proxy, "citizen", null);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long worker = person(jdbc, Demo.SOCIAL_WORKER);
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES (:title, 'Piano', '', (SELECT organisation_id FROM app_user WHERE id = :w), 'health',
                    'individual', 'open', :now, :now)
                """)
                .param("title", "Piano " + tag)
                .param("w", worker)
                .param("now", now)
                .update();
        long initiative = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", "Piano " + tag)
                .query(Long.class)
                .single();
        long citizenId = person(jdbc, citizen);
        long proxyId = person(jdbc, proxy);
        member(jdbc, initiative, worker, MemberRole.OWNER);
        member(jdbc, initiative, citizenId, MemberRole.CITIZEN);
        member(jdbc, initiative, proxyId, MemberRole.PROXY);
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-design', 'plan', :now)
                """).param("i", initiative).param("now", now).update();
        long instance = jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i AND tool_id = 'plan'")
                .param("i", initiative)
                .query(Long.class)
                .single();
        var content = new PlanContent(
                "Obiettivo " + marker,
                "Servizio " + marker,
                "ASL",
                "Assistente sociale",
                "",
                "",
                "",
                java.time.LocalDate.of(2027, 6, 30));
        var plans = new PlanRepository(jdbc);
        plans.addVersion(instance, worker, content);
        plans.sign(instance, 1, citizenId, MemberRole.CITIZEN, content.sha256());
        plans.sign(instance, 1, worker, MemberRole.OWNER, content.sha256());
        var goals = new GoalRepository(jdbc);
        goals.add(instance, "Goal " + marker, java.util.List.of(GoalParams.LEVELS), 2, 1, worker);
        goals.score(instance, goals.of(instance).get(0).id(), 1, SCORED_ON, citizenId);
        care(jdbc, initiative, marker, worker, citizenId);
        return new PrivatePlan(initiative, instance, citizen, proxy, citizenId, proxyId);
    }

    /** The tools around the plan in the same initiative, each holding the marker where it holds text. */
    private static void care(JdbcClient jdbc, long initiative, String marker, long worker, long citizen) {
        long needs = tool(jdbc, initiative, NeedsTool.ID, "co-commissioning");
        new NeedRepository(jdbc)
                .add(needs, LifeDomain.HEALTH, "Bisogno " + marker, "Io " + marker, "Noi " + marker, citizen);
        long actions = tool(jdbc, initiative, ActionsTool.ID, "co-delivery");
        var repo = new ActionRepository(jdbc);
        long action = repo.add(
                actions,
                "Azione " + marker,
                PerformerKind.CITIZEN,
                citizen,
                java.time.LocalDate.of(2027, 1, 31),
                worker);
        repo.log(
                actions,
                citizen,
                new ActionRepository.NewEntry(
                        action,
                        java.time.LocalDate.of(2026, 11, 1),
                        "Diario " + marker,
                        30,
                        null,
                        null,
                        "Bene " + marker));
        long ladder = tool(jdbc, initiative, LadderTool.ID, "co-assessment");
        var ladders = new LadderRepository(jdbc);
        ladders.addArea(ladder, "Salute");
        long area = ladders.areas(ladder).get(0).id();
        ladders.addReading(
                ladder, citizen, MemberRole.CITIZEN, java.time.LocalDate.of(2026, 11, 2), java.util.Map.of(area, 6));
        ladders.addReading(
                ladder, worker, MemberRole.OWNER, java.time.LocalDate.of(2026, 11, 3), java.util.Map.of(area, 5));
        tool(jdbc, initiative, ReviewTool.ID, "co-assessment");
    }

    private static long tool(JdbcClient jdbc, long initiative, String toolId, String phase) {
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, :phase, :tool, :now)
                """)
                .param("i", initiative)
                .param("phase", phase)
                .param("tool", toolId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i AND tool_id = :tool")
                .param("i", initiative)
                .param("tool", toolId)
                .query(Long.class)
                .single();
    }

    /** How many entries of this action the plan's access log holds. */
    long audits(JdbcClient jdbc, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i AND action = :a")
                .param("i", instance)
                .param("a", action)
                .query(Long.class)
                .single();
    }

    static long mailsTo(JdbcClient jdbc, String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM dev_mail WHERE recipient = :r")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }

    static String lastMailTo(JdbcClient jdbc, String recipient) {
        return jdbc.sql("SELECT body FROM dev_mail WHERE recipient = :r ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param("r", recipient)
                .query(String.class)
                .single();
    }

    public static long person(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private static void member(JdbcClient jdbc, long initiative, long person, MemberRole role) {
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                VALUES (:i, :p, :r, :now)
                """)
                .param("i", initiative)
                .param("p", person)
                .param("r", role.code())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
