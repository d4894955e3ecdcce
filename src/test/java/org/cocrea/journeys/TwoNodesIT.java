package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.cocrea.testing.JarNode;
import org.cocrea.testing.TestDatabases;
import org.cocrea.testing.TestVoters;
import org.cocrea.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Cocrea processes (the packaged jar) on different ports against one PostgreSQL database: a person signed
 * in on one node is signed in on the other (sessions live in the database); 20,000 supports and ballots sent
 * to both nodes from 32 threads end with exact counts; and the phase clock, run by both nodes every two
 * seconds, tells each follower of a phase change once.
 */
class TwoNodesIT {
    static final int VOTERS = 500;
    static final int BUDGETS = 20;
    static final int PROPOSALS = 20;
    static final int THREADS = 32;
    static final int FOLLOWERS = 30;

    static final List<JarNode> NODES = new ArrayList<>();
    static JdbcClient jdbc;
    static int portA;
    static int portB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String schema = TestDatabases.newPostgresSchema();
        // Both nodes run the phase clock every two seconds and hold its lock for one, so that rounds alternate
        // and may overlap: only the announcement's conditional update keeps mails single.
        String[] clock = {"--cocrea.initiatives.phase-clock=*/2 * * * * *", "--cocrea.initiatives.phase-clock-hold=PT1S"
        };
        NODES.add(new JarNode(schema, JarNode.freePort(), "a", clock).start());
        NODES.add(new JarNode(schema, JarNode.freePort(), "b", clock).start());
        for (JarNode node : NODES) {
            node.awaitHealthy();
        }
        portA = NODES.get(0).port();
        portB = NODES.get(1).port();
        var ds = new PGSimpleDataSource();
        ds.setURL(TestDatabases.postgresUrl());
        ds.setUser(TestDatabases.postgresUser());
        ds.setPassword(TestDatabases.postgresPassword());
        ds.setCurrentSchema(schema);
        jdbc = JdbcClient.create(ds);
    }

    @AfterAll
    static void stopNodes() {
        NODES.forEach(JarNode::stop);
    }

    @Test
    void aPersonSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
        var browser = new WebClient();
        assertThat(browser.signIn(portA, "social.worker@example.org", "cocrea-demo"))
                .isTrue();

        var profileOnB = browser.get(portB, "/profile");
        assertThat(profileOnB.statusCode()).isEqualTo(200);
        assertThat(profileOnB.body()).contains("social.worker@example.org");

        assertThat(browser.post(portB, "/logout", Map.of()).statusCode()).isEqualTo(302);
        var profileOnA = browser.get(portA, "/profile");
        assertThat(profileOnA.statusCode()).isEqualTo(302);
        assertThat(profileOnA.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    /** Issue 11, finding 2: an administrator revoked on node A is no longer one in its open session on node B. */
    @Test
    void finding2_anAdminRevokedOnOneNodeLosesAdminRightsInItsSessionOnTheOther() throws Exception {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = jdbc.sql("""
                INSERT INTO app_user (email, name, password_hash, language, kind, admin, email_verified_at,
                    terms_accepted_at, created_at)
                VALUES ('two-nodes-admin@example.org', 'Second admin', '{noop}second-admin-password', 'en',
                    'citizen', TRUE, :now, :now, :now)
                RETURNING id
                """).param("now", now).query(Long.class).single();
        var revoked = new WebClient();
        assertThat(revoked.signIn(portB, "two-nodes-admin@example.org", "second-admin-password"))
                .isTrue();
        assertThat(revoked.get(portB, "/admin/people").statusCode()).isEqualTo(200);

        var admin = new WebClient();
        assertThat(admin.signIn(portA, "admin@example.org", "cocrea-demo")).isTrue();
        assertThat(admin.post(portA, "/admin/people/" + id, Map.of("kind", "citizen"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(revoked.get(portB, "/admin/people").statusCode())
                .as("the revoked admin's next request on the other node")
                .isEqualTo(403);
        assertThat(revoked.post(portB, "/admin/people/" + id, Map.of("kind", "citizen", "admin", "true"))
                        .statusCode())
                .as("making itself admin again")
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT admin FROM app_user WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(revoked.get(portA, "/profile").statusCode())
                .as("still signed in, as a citizen, on either node")
                .isEqualTo(200);
    }

    @Test
    void demoDataIsCreatedOnceThoughBothNodesStartedTogether() throws Exception {
        var admin = new WebClient();
        assertThat(admin.signIn(portB, "admin@example.org", "cocrea-demo")).isTrue();
        String people = admin.get(portA, "/admin/people?q=example.org").body();
        assertThat(Pattern.compile("social\\.worker@example\\.org")
                        .matcher(people)
                        .results()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void twentyThousandSupportsAndBallotsOnBothNodesEndWithExactCounts() throws Exception {
        var budgets = new ArrayList<Long>();
        var projects = new ArrayList<Long>();
        for (int k = 0; k < BUDGETS; k++) {
            long instance = budget("Two nodes budget %02d".formatted(k));
            budgets.add(instance);
            projects.add(jdbc.sql("SELECT MIN(p.id) FROM budget_project p JOIN budget b ON b.id = p.budget_id"
                            + " WHERE b.tool_instance_id = :i")
                    .param("i", instance)
                    .query(Long.class)
                    .single());
        }
        var proposals = new ArrayList<Long>();
        for (int k = 0; k < PROPOSALS; k++) {
            proposals.add(proposal("Two nodes proposal %02d".formatted(k)));
        }
        var voters = TestVoters.create(jdbc, "two-nodes", VOTERS);
        budgets.forEach(instance -> TestVoters.join(jdbc, initiativeOf(instance), voters));

        var successes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        var futures = new ArrayList<Future<?>>();
        for (int v = 0; v < VOTERS; v++) {
            int voter = v;
            futures.add(pool.submit(() -> {
                var browser = new WebClient();
                assertThat(browser.signIn(voter % 2 == 0 ? portA : portB, voters.get(voter), TestVoters.PASSWORD))
                        .isTrue();
                for (int k = 0; k < BUDGETS; k++) {
                    int port = (voter + k) % 2 == 0 ? portA : portB;
                    var ballot = browser.post(
                            port,
                            "/budget/" + budgets.get(k) + "/ballot",
                            Map.of("projects", projects.get(k).toString()));
                    assertThat(ballot.statusCode()).as("ballot").isEqualTo(302);
                    successes.incrementAndGet();
                    var support = browser.post(
                            port == portA ? portB : portA, "/petitions/" + proposals.get(k) + "/support", Map.of());
                    assertThat(support.statusCode()).as("support").isEqualTo(302);
                    successes.incrementAndGet();
                }
                return null;
            }));
        }
        for (var f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(successes).hasValue(VOTERS * (BUDGETS + PROPOSALS));
        for (long instance : budgets) {
            assertThat(count("SELECT COUNT(*) FROM budget_ballot x JOIN budget b ON b.id = x.budget_id"
                            + " WHERE b.tool_instance_id = " + instance))
                    .isEqualTo(VOTERS);
        }
        assertThat(count("SELECT COUNT(*) FROM budget_ballot_item i JOIN budget_ballot x ON x.id = i.ballot_id"
                        + " JOIN app_user u ON u.id = x.voter_id WHERE u.email LIKE 'two-nodes-%'"))
                .isEqualTo((long) VOTERS * BUDGETS);
        for (long proposal : proposals) {
            assertThat(count("SELECT COUNT(*) FROM petition_support WHERE petition_id = " + proposal))
                    .isEqualTo(VOTERS);
        }
        // Past the threshold of 50, every proposal awaits its answer: no two racing supports missed the moment.
        assertThat(count("SELECT COUNT(*) FROM petition WHERE title LIKE 'Two nodes proposal%'"
                        + " AND status = 'awaiting-answer'"))
                .isEqualTo(PROPOSALS);
    }

    @Test
    void thePhaseClockOnBothNodesTellsEachFollowerOnce() throws Exception {
        var followers = TestVoters.create(jdbc, "follower", FOLLOWERS);
        var initiatives = new ArrayList<Long>();
        for (int k = 0; k < 10; k++) {
            long initiative = initiativeOf(budget("Clock test %02d".formatted(k)));
            initiatives.add(initiative);
            for (String email : followers) {
                jdbc.sql("""
                        INSERT INTO initiative_follow (initiative_id, person_id, followed_at)
                        SELECT :i, id, :now FROM app_user WHERE email = :email
                        """)
                        .param("i", initiative)
                        .param("email", email)
                        .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .update();
            }
        }
        // The calendar moves on: each initiative's co-design phase has begun.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (long initiative : initiatives) {
            jdbc.sql("""
                    INSERT INTO initiative_phase (initiative_id, cycle, phase, starts_on, ends_on)
                    VALUES (:i, 1, 'co-design', :start, :end)
                    """)
                    .param("i", initiative)
                    .param("start", today.minusDays(1))
                    .param("end", today.plusDays(30))
                    .update();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String announced =
                "SELECT COUNT(*) FROM initiative WHERE title LIKE 'Clock test%'" + " AND announced_phase = 'co-design'";
        while (count(announced) < initiatives.size() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(count(announced)).isEqualTo(initiatives.size());
        Thread.sleep(6_000); // three more rounds on each node: none may mail again

        assertThat(count("SELECT COUNT(*) FROM dev_mail WHERE recipient LIKE 'follower-%'"
                        + " AND subject LIKE '%Clock test%'"))
                .isEqualTo((long) FOLLOWERS * initiatives.size());
        assertThat(count("""
                SELECT COUNT(*) FROM (SELECT recipient, subject FROM dev_mail WHERE recipient LIKE 'follower-%'
                GROUP BY recipient, subject HAVING COUNT(*) > 1) doubles
                """)).isZero();
    }

    static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    static long initiativeOf(long instance) {
        return jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    /**
     * An open knapsack budget in a new open collective initiative (a copy of the demo's, with its co-commissioning
     * phase announced), set up directly: these tests are about what the nodes do with it.
     */
    static long budget(String title) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    announced_phase, in_co_commissioning, created_at, last_activity_at)
                SELECT :title, summary, description, organisation_id, domain, level, 'open', 'co-commissioning',
                    TRUE, :now, :now
                FROM initiative WHERE title = 'Percorsi ciclabili del quartiere'
                """).param("title", title).param("now", now).update();
        long initiative = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO initiative_phase (initiative_id, cycle, phase, starts_on, ends_on)
                VALUES (:i, 1, 'co-commissioning', :start, :end)
                """)
                .param("i", initiative)
                .param("start", today.minusDays(60))
                .param("end", today.minusDays(2))
                .update();
        jdbc.sql("INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)"
                        + " VALUES (:i, 'co-commissioning', 'budget', :now)")
                .param("i", initiative)
                .param("now", now)
                .update();
        long instance = jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO budget (tool_instance_id, amount_cents, currency, ballot_type, rule, status, created_at)
                VALUES (:i, 20000000, 'EUR', 'knapsack', 'mes', 'open', :now)
                """).param("i", instance).param("now", now).update();
        for (int p = 1; p <= 3; p++) {
            jdbc.sql("""
                    INSERT INTO budget_project (budget_id, position, title, description, cost_cents)
                    SELECT id, :p, :title, '', 5000000 FROM budget WHERE tool_instance_id = :i
                    """)
                    .param("p", p)
                    .param("title", "Project " + p)
                    .param("i", instance)
                    .update();
        }
        return instance;
    }

    static long proposal(String title) {
        jdbc.sql("""
                INSERT INTO petition (organisation_id, title, summary, description, domain, level, status,
                    support_threshold, answer_days, created_at)
                SELECT id, :title, 'Summary', '', 'mobility', 'collective', 'collecting', 50, 60, :now
                FROM organisation WHERE name = 'Comune di Esempio'
                """)
                .param("title", title)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT id FROM petition WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }
}
