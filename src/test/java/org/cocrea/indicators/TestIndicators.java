package org.cocrea.indicators;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Indicators instances of their own for web and browser tests, which share one demo database; and people they need. */
final class TestIndicators {
    static final String COLLECTIVE = "Percorsi ciclabili del quartiere";
    static final String GROUP = "Scuola inclusiva";
    static final String INDIVIDUAL = "Piano personale di salute";
    static final String OTHER_PRO = "indicators.other.pro@example.org";
    static final String OTHER_CITIZEN = "indicators.other.citizen@example.org";

    private TestIndicators() {}

    /** An indicators instance in the co-assessment of a new copy of a demo initiative, with its members. */
    static long newInstance(JdbcClient jdbc, String initiative) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", initiative)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                SELECT 'Indicators test', summary, description, organisation_id, domain, level, status, :now, :now
                FROM initiative WHERE id = :o
                """).param("o", original).param("now", now).update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        // The declared objectives come along (an indicator must measure one of them), and a proxy's consent.
        jdbc.sql("""
                INSERT INTO initiative_objective (initiative_id, objective)
                SELECT :c, objective FROM initiative_objective WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO plan_consent (initiative_id, citizen_id, proxy_id, grantee, scope, given_at, active)
                SELECT :c, citizen_id, proxy_id, grantee, scope, given_at, active FROM plan_consent
                WHERE initiative_id = :o AND active = 'Y'
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-assessment', 'indicators', :now)
                """).param("i", copy).param("now", now).update();
        return jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
    }

    /** A plan in the initiative with one goal scored +1 (weight 1): its GAS T-score is 60, from one plan. */
    static void scoredPlan(JdbcClient jdbc, long initiative) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-design', 'plan', :now)
                """).param("i", initiative).param("now", now).update();
        long plan =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO plan_goal (tool_instance_id, description, weight, created_at)
                VALUES (:p, 'Camminare ogni giorno', 1, :now)
                """).param("p", plan).param("now", now).update();
        long goal = jdbc.sql("SELECT MAX(id) FROM plan_goal").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO plan_goal_score (goal_id, level, scored_at, scored_on)
                VALUES (:g, 1, :now, DATE '2026-01-05')
                """).param("g", goal).param("now", now).update();
    }

    static long initiativeOf(JdbcClient jdbc, long instance) {
        return jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    /** A professional of another organisation and a citizen who takes part in nothing; idempotent. */
    static synchronized void ensurePeople(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune degli Indicatori'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune degli Indicatori', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune degli Indicatori'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }
}
