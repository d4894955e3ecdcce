package org.cocrea.budget;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.platform.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Budgets of their own for web and browser tests, which share one demo database. */
public final class TestBudgets {
    private TestBudgets() {}

    /** An approval or knapsack ballot: one point to each project. */
    /** What a call refused (its first problem), or empty when it went through. */
    static java.util.Optional<Refused.Problem> refusal(Runnable call) {
        try {
            call.run();
            return java.util.Optional.empty();
        } catch (Refused refused) {
            return java.util.Optional.of(refused.problems().get(0));
        }
    }

    static java.util.SortedMap<Long, Integer> choice(long... projects) {
        var map = new java.util.TreeMap<Long, Integer>();
        for (long p : projects) {
            map.put(p, 1);
        }
        return map;
    }

    /**
     * An open knapsack budget of three projects (90,000, 20,000 and 50,000 euros of 150,000) for the verified residents
     * of {@code organisationId}, in a copy of the demo initiative that the organisation runs; its tool instance id.
     * Public for the journeys of other modules (a resident who signs in with an identity provider votes in it).
     */
    public static long openForResidents(JdbcClient jdbc, long organisationId) {
        long instance = newInstance(jdbc);
        jdbc.sql("""
                UPDATE initiative SET organisation_id = :o
                WHERE id = (SELECT initiative_id FROM tool_instance WHERE id = :i)
                """).param("o", organisationId).param("i", instance).update();
        var budgets = new BudgetRepository(jdbc);
        long budget = budgets.create(
                instance,
                new BudgetRepository.Settings(
                        150_000_00L,
                        "EUR",
                        BallotType.KNAPSACK,
                        org.cocrea.voting.Rule.MES_ADD1,
                        null,
                        null,
                        null,
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(30),
                        org.cocrea.ballots.Eligibility.RESIDENTS,
                        null,
                        null,
                        null,
                        false));
        budgets.addProject(budget, "Pista ciclabile protetta in via Roma", "Due chilometri.", 90_000_00L, null);
        budgets.addProject(budget, "Rastrelliere in dieci piazze", "Posti bici sicuri.", 20_000_00L, null);
        budgets.addProject(
                budget, "Illuminazione dei percorsi nel parco", "Lampioni a basso consumo.", 50_000_00L, null);
        if (!budgets.setStatus(budget, org.cocrea.ballots.BallotStatus.DRAFT, org.cocrea.ballots.BallotStatus.OPEN)) {
            throw new IllegalStateException("the residents' budget did not open");
        }
        return instance;
    }

    /**
     * A budget tool instance in a new copy of the collective co-commissioning demo initiative, with its members:
     * an initiative holds one instance of a tool per phase, and each test wants a budget of its own.
     */
    static long newInstance(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", BudgetDemoData.INITIATIVE)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    in_co_commissioning, created_at, last_activity_at)
                SELECT 'Budget test', summary, description, organisation_id, domain, level, status, TRUE, :now, :now
                FROM initiative WHERE id = :o
                """).param("o", original).param("now", now).update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-commissioning', 'budget', :now)
                """).param("i", copy).param("now", now).update();
        return jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
    }
}
