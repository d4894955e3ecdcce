package org.cocrea.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cocrea.testing.TestDatabases;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code demo-data --scale small} end to end, as the command line runs it (Spring without the web server):
 * exact counts, and a run on H2 interrupted after a step and resumed ends with the same data (the same
 * fingerprint) as an uninterrupted run with the same seed on a fresh PostgreSQL schema. Three runs, not four,
 * because each starts Spring.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataGeneratorTest {
    static final Scale.Counts SMALL = Scale.SMALL.counts();
    static String h2Fingerprint;

    @Test
    @Order(1)
    void anInterruptedRunResumesToTheSameDataAsAnUninterruptedOne() {
        String interrupted = h2Url();
        assertThat(generate(interrupted, "--stop-after", "plans")).isEqualTo(3);
        var afterStop = counts(h2(interrupted));
        assertThat(afterStop.get("people")).isEqualTo((long) SMALL.people());
        assertThat(afterStop.get("plans")).isEqualTo((long) SMALL.plans());
        assertThat(afterStop.get("proposals")).isZero();

        assertThat(generate(interrupted)).isEqualTo(0);
        assertThat(generate(interrupted, "--seed", "7"))
                .as("another seed is refused")
                .isEqualTo(2);
        String fresh = h2Url();
        assertThat(generate(fresh)).isEqualTo(0);

        assertExactCounts(h2(interrupted));
        assertExactCounts(h2(fresh));
        h2Fingerprint = fingerprint(h2(fresh));
        assertThat(fingerprint(h2(interrupted))).isEqualTo(h2Fingerprint);
    }

    @Test
    @Order(2)
    void postgresGetsTheSameDataAsH2() {
        String schema = TestDatabases.newPostgresSchema();
        String url = TestDatabases.postgresUrl() + "?currentSchema=" + schema + "&reWriteBatchedInserts=true";
        assertThat(generate(
                        url,
                        "--spring.datasource.username=" + TestDatabases.postgresUser(),
                        "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                        "--spring.flyway.schemas=" + schema))
                .isEqualTo(0);
        var ds = new PGSimpleDataSource();
        ds.setURL(TestDatabases.postgresUrl());
        ds.setUser(TestDatabases.postgresUser());
        ds.setPassword(TestDatabases.postgresPassword());
        ds.setCurrentSchema(schema);
        var jdbc = JdbcClient.create(ds);
        assertExactCounts(jdbc);
        if (h2Fingerprint != null) {
            assertThat(fingerprint(jdbc)).isEqualTo(h2Fingerprint);
        }
    }

    static void assertExactCounts(JdbcClient jdbc) {
        var counts = counts(jdbc);
        assertThat(counts)
                .containsEntry("people", (long) SMALL.people())
                .containsEntry("professionals", (long) SMALL.professionals())
                .containsEntry("organisations", (long) SMALL.organisations())
                .containsEntry("initiatives", (long) SMALL.initiatives() + SMALL.plans())
                .containsEntry("plans", (long) SMALL.plans())
                .containsEntry("proposals", (long) SMALL.proposals())
                .containsEntry("supports", (long) SMALL.supports())
                .containsEntry("budgets", (long) SMALL.budgets())
                .containsEntry("ballots", (long) SMALL.ballots())
                .containsEntry("tracked", (long) SMALL.budgets() * TrackingStep.PER_BUDGET)
                .containsEntry("cells", 12L);
        assertThat(counts.get("plan versions")).isGreaterThanOrEqualTo(SMALL.plans());
        assertThat(counts.get("signatures")).isGreaterThanOrEqualTo(2L * SMALL.plans());
        assertThat(counts.get("goal scores")).isGreaterThanOrEqualTo(2L * SMALL.plans());
        assertThat(counts.get("plan actions")).isEqualTo((long) SMALL.plans());
        assertThat(counts.get("diary entries")).isGreaterThanOrEqualTo(2L * SMALL.plans());
        assertThat(counts.get("pacts")).isEqualTo(2L);
        assertThat(counts.get("pact reports")).isGreaterThanOrEqualTo(4L);
        assertThat(counts.get("unfinished runs")).isZero();
        // Every generated initiative with a tool gets its contributions; the ledger's totals equal its entries.
        assertThat(counts.get("contributions"))
                .isPositive()
                .isLessThanOrEqualTo((long) SMALL.initiatives() * ContributionsStep.PER_INITIATIVE)
                .isEqualTo(counts.get("contributions")
                        / ContributionsStep.PER_INITIATIVE
                        * ContributionsStep.PER_INITIATIVE);
        assertThat(counts.get("contribution totals")).isEqualTo(counts.get("contribution entries"));
        // Shifts: one activity per slot of the co-delivery column, six weekly shifts each.
        assertThat(counts.get("shift activities"))
                .isEqualTo((long) ShiftsStep.slots(SMALL).size());
        assertThat(counts.get("shifts")).isEqualTo(6L * ShiftsStep.slots(SMALL).size());
    }

    static Map<String, Long> counts(JdbcClient jdbc) {
        String generated =
                " IN (SELECT id FROM organisation WHERE name LIKE 'Comune di %' AND name <> 'Comune di Esempio')";
        var queries = new LinkedHashMap<String, String>();
        queries.put("people", "SELECT COUNT(*) FROM app_user WHERE email LIKE '%@" + Generator.DOMAIN + "'");
        queries.put(
                "professionals",
                "SELECT COUNT(*) FROM app_user WHERE kind = 'professional' AND organisation_id" + generated);
        queries.put("organisations", "SELECT COUNT(*) FROM organisation WHERE id" + generated);
        queries.put("initiatives", "SELECT COUNT(*) FROM initiative WHERE organisation_id" + generated);
        queries.put(
                "cells",
                "SELECT COUNT(*) FROM (SELECT DISTINCT i.level, p.phase FROM initiative i"
                        + " JOIN initiative_phase p ON p.initiative_id = i.id WHERE i.organisation_id" + generated
                        + ") c");
        queries.put(
                "plans",
                "SELECT COUNT(*) FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id"
                        + " WHERE t.tool_id = 'plan' AND i.organisation_id" + generated);
        queries.put("proposals", "SELECT COUNT(*) FROM petition WHERE organisation_id" + generated);
        queries.put(
                "supports",
                "SELECT COUNT(*) FROM petition_support s JOIN petition p"
                        + " ON p.id = s.petition_id WHERE p.organisation_id" + generated);
        queries.put(
                "budgets",
                "SELECT COUNT(*) FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id"
                        + " JOIN initiative i ON i.id = t.initiative_id WHERE b.status = 'open' AND i.organisation_id"
                        + generated);
        queries.put(
                "ballots",
                "SELECT COUNT(*) FROM budget_ballot b JOIN budget g ON g.id = b.budget_id"
                        + " JOIN tool_instance t ON t.id = g.tool_instance_id JOIN initiative i ON i.id = t.initiative_id"
                        + " WHERE i.organisation_id" + generated);
        queries.put(
                "tracked",
                "SELECT COUNT(*) FROM tracked_result r JOIN tool_instance t ON t.id = r.tool_instance_id"
                        + " JOIN initiative i ON i.id = t.initiative_id WHERE i.organisation_id" + generated);
        queries.put("plan versions", "SELECT COUNT(*) FROM plan_version");
        queries.put("signatures", "SELECT COUNT(*) FROM plan_signature");
        queries.put("goal scores", "SELECT COUNT(*) FROM plan_goal_score");
        queries.put(
                "plan actions",
                "SELECT COUNT(*) FROM plan_action a JOIN tool_instance t ON t.id = a.tool_instance_id"
                        + " JOIN initiative i ON i.id = t.initiative_id WHERE i.organisation_id" + generated);
        queries.put(
                "diary entries",
                "SELECT COUNT(*) FROM plan_diary d JOIN tool_instance t ON t.id = d.tool_instance_id"
                        + " JOIN initiative i ON i.id = t.initiative_id WHERE i.organisation_id" + generated);
        queries.put("contributions", "SELECT COUNT(*) FROM ledger_entry WHERE entry_key LIKE '%:generated:%'");
        queries.put("contribution entries", "SELECT COALESCE(SUM(quantity * 10000), 0) FROM ledger_entry");
        queries.put("contribution totals", "SELECT COALESCE(SUM(quantity * 10000), 0) FROM ledger_total");
        queries.put(
                "pacts",
                "SELECT COUNT(*) FROM pact WHERE state = 'active' AND initiative_id IN"
                        + " (SELECT id FROM initiative WHERE organisation_id" + generated + ")");
        queries.put(
                "pact reports",
                "SELECT COUNT(*) FROM pact_report r JOIN pact p ON p.id = r.pact_id"
                        + " WHERE p.initiative_id IN (SELECT id FROM initiative WHERE organisation_id" + generated
                        + ")");
        queries.put(
                "shift activities",
                "SELECT COUNT(*) FROM shift_activity a JOIN tool_instance t ON t.id = a.tool_instance_id"
                        + " JOIN initiative i ON i.id = t.initiative_id WHERE i.organisation_id" + generated);
        queries.put(
                "shifts",
                "SELECT COUNT(*) FROM shift s JOIN shift_activity a ON a.id = s.activity_id JOIN tool_instance t"
                        + " ON t.id = a.tool_instance_id JOIN initiative i ON i.id = t.initiative_id"
                        + " WHERE i.organisation_id" + generated);
        queries.put("unfinished runs", "SELECT COUNT(*) FROM demo_data_run WHERE finished_at IS NULL");
        var counts = new LinkedHashMap<String, Long>();
        queries.forEach(
                (name, sql) -> counts.put(name, jdbc.sql(sql).query(Long.class).single()));
        return counts;
    }

    /** A hash of what was generated, independent of ids and timestamps: names, titles, and who did what. */
    static String fingerprint(JdbcClient jdbc) {
        var lines = new ArrayList<String>();
        for (String sql : List.of(
                "SELECT email || ' ' || name || ' ' || language || ' ' || kind FROM app_user" + " WHERE email LIKE '%@"
                        + Generator.DOMAIN + "' ORDER BY email",
                "SELECT title || ' ' || level || ' ' || domain FROM initiative ORDER BY 1",
                "SELECT i.title || ' ' || u.email || ' ' || m.role FROM initiative_member m"
                        + " JOIN initiative i ON i.id = m.initiative_id JOIN app_user u ON u.id = m.person_id ORDER BY 1",
                "SELECT p.title || ' ' || u.email FROM petition_support s JOIN petition p"
                        + " ON p.id = s.petition_id JOIN app_user u ON u.id = s.person_id ORDER BY 1",
                "SELECT p.title || ' ' || u.email FROM budget_ballot_item i JOIN budget_ballot b ON b.id = i.ballot_id"
                        + " JOIN budget_project p ON p.id = i.project_id JOIN app_user u ON u.id = b.voter_id ORDER BY 1",
                "SELECT objectives || services || economic FROM plan_version ORDER BY 1",
                "SELECT g.description || ' ' || s.level FROM plan_goal_score s JOIN plan_goal g ON g.id = s.goal_id"
                        + " ORDER BY 1")) {
            lines.addAll(jdbc.sql(sql).query(String.class).list());
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int generate(String url, String... more) {
        var args = new ArrayList<>(List.of(
                "--scale",
                "small",
                "--spring.datasource.url=" + url,
                "--cocrea.demo=false",
                "--cocrea.data-dir=target/demo-data-test",
                "--spring.task.scheduling.pool.size=1"));
        args.addAll(List.of(more));
        var out = new ByteArrayOutputStream();
        var print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = DemoDataCommand.run(args, print, print);
        System.out.println(out.toString(StandardCharsets.UTF_8));
        return code;
    }

    static String h2Url() {
        return "jdbc:h2:mem:gen" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    static JdbcClient h2(String url) {
        var ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return JdbcClient.create(ds);
    }
}
