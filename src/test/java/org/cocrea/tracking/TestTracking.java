package org.cocrea.tracking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tracking instances of their own for web and browser tests, which share one demo database, in copies of the demo
 * initiatives (with their members); a closed budget in such a copy, whose funded projects can be imported; people.
 */
final class TestTracking {
    static final String COLLECTIVE = "Percorsi ciclabili del quartiere";
    static final String GROUP = "Scuola inclusiva";
    static final String OTHER_PRO = "tracking.other.pro@example.org";
    static final String OTHER_CITIZEN = "tracking.other.citizen@example.org";

    private TestTracking() {}

    /** A tracking instance in the co-delivery phase of a new copy of a demo initiative: {instance, initiative}. */
    static long[] newInstance(JdbcClient jdbc, String initiative) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", initiative)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    in_co_design, created_at, last_activity_at)
                SELECT 'Tracking test ' || :n, summary, description, organisation_id, domain, level, status, TRUE,
                    :now, :now
                FROM initiative WHERE id = :o
                """)
                .param("o", original)
                .param("now", now)
                .param("n", String.valueOf(System.nanoTime()))
                .update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-delivery', 'tracking', :now)
                """).param("i", copy).param("now", now).update();
        long instance =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        return new long[] {instance, copy};
    }

    /**
     * A closed greedy budget of 100,000 € in the initiative with three projects of 50,000, 40,000 and 30,000 €, one
     * ballot for the first two: those two are funded, the third does not fit. Returns the project ids in that order.
     */
    static List<Long> closedBudget(JdbcClient jdbc, long initiative, String voterEmail) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-commissioning', 'budget', :now)
                """).param("i", initiative).param("now", now).update();
        long instance =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO budget (tool_instance_id, amount_cents, currency, ballot_type, rule, status, created_at)
                VALUES (:t, 10000000, 'EUR', 'approval', 'greedy', 'closed', :now)
                """).param("t", instance).param("now", now).update();
        long budget = jdbc.sql("SELECT MAX(id) FROM budget").query(Long.class).single();
        var projects = new ArrayList<Long>();
        String[] titles = {"Panchine nuove " + budget, "Fontanella " + budget, "Murales " + budget};
        long[] costs = {5_000_000, 4_000_000, 3_000_000};
        for (int p = 0; p < 3; p++) {
            jdbc.sql("""
                    INSERT INTO budget_project (budget_id, position, title, description, cost_cents)
                    VALUES (:b, :p, :t, 'Descrizione', :c)
                    """)
                    .param("b", budget)
                    .param("p", p + 1)
                    .param("t", titles[p])
                    .param("c", costs[p])
                    .update();
            projects.add(jdbc.sql("SELECT MAX(id) FROM budget_project")
                    .query(Long.class)
                    .single());
        }
        long voter = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", voterEmail)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO budget_ballot (budget_id, voter_id, cast_at) VALUES (:b, :v, :now)")
                .param("b", budget)
                .param("v", voter)
                .param("now", now)
                .update();
        long ballot =
                jdbc.sql("SELECT MAX(id) FROM budget_ballot").query(Long.class).single();
        for (int p = 0; p < 2; p++) {
            jdbc.sql("INSERT INTO budget_ballot_item (ballot_id, budget_id, project_id) VALUES (:ballot, :b, :p)")
                    .param("ballot", ballot)
                    .param("b", budget)
                    .param("p", projects.get(p))
                    .update();
        }
        return projects;
    }

    /** A result added directly, planned at 0%, with one milestone; returns {result, milestone}. */
    static long[] result(JdbcClient jdbc, long instance, String title) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO tracked_result (tool_instance_id, title, description, status, progress, budget_cents,
                    spent_cents, created_at, updated_at)
                VALUES (:i, :t, 'Descrizione', 'planned', 0, 1000000, 0, :now, :now)
                """).param("i", instance).param("t", title).param("now", now).update();
        long result =
                jdbc.sql("SELECT MAX(id) FROM tracked_result").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO tracked_milestone (result_id, title, planned_on, created_at)
                VALUES (:r, 'Inizio dei lavori', :d, :now)
                """)
                .param("r", result)
                .param("d", java.time.LocalDate.now().plusDays(30))
                .param("now", now)
                .update();
        long milestone = jdbc.sql("SELECT MAX(id) FROM tracked_milestone")
                .query(Long.class)
                .single();
        return new long[] {result, milestone};
    }

    /** A professional of another organisation and a citizen who takes part in nothing; idempotent. */
    static synchronized void ensurePeople(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune del Monitoraggio'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune del Monitoraggio', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune del Monitoraggio'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }

    /** A small PNG, made in code. */
    static byte[] png() {
        return TrackingDemoData.lane();
    }
}
