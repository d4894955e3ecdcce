package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * A stream of ballots to a node (the jar, on PostgreSQL) that is killed with SIGKILL mid-stream and restarted;
 * clients retry every request that got no answer. Every ballot that got a success answer is stored exactly
 * once, with the projects sent, and no retry doubled one: a retried ballot that the dead node had already
 * stored is answered as a success (the ballot is idempotent), never stored twice.
 */
class CrashRestartIT {
    static final int VOTERS = 120;
    static final int THREADS = 8;
    static final int KILL_AFTER = 30;

    static JarNode node;
    static JdbcClient jdbc;

    @BeforeAll
    static void startNode() throws Exception {
        String schema = TestDatabases.newPostgresSchema();
        node = new JarNode(schema, JarNode.freePort(), "crash").start().awaitHealthy();
        var ds = new PGSimpleDataSource();
        ds.setURL(TestDatabases.postgresUrl());
        ds.setUser(TestDatabases.postgresUser());
        ds.setPassword(TestDatabases.postgresPassword());
        ds.setCurrentSchema(schema);
        jdbc = JdbcClient.create(ds);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void ballotsAnsweredWithSuccessSurviveAKillAndRetriesDoubleNone() throws Exception {
        long instance = jdbc.sql("SELECT tool_instance_id FROM budget")
                .query(Long.class)
                .single();
        long initiative = jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
        List<Long> projects = jdbc.sql("SELECT p.id FROM budget_project p JOIN budget b ON b.id = p.budget_id"
                        + " ORDER BY p.position")
                .query(Long.class)
                .list();
        var voters = TestVoters.create(jdbc, "crash", VOTERS);
        TestVoters.join(jdbc, initiative, voters);

        var answered = new ConcurrentHashMap<String, Long>();
        var unanswered = new AtomicInteger();
        var killed = new java.util.concurrent.CountDownLatch(1);
        var kill = new Thread(() -> killAndRestartAfter(answered, killed));
        kill.start();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        var futures = new ArrayList<Future<?>>();
        for (int v = 0; v < VOTERS; v++) {
            String email = voters.get(v);
            long project = projects.get(v % projects.size());
            futures.add(pool.submit(() -> {
                vote(email, instance, project, answered, unanswered);
                return null;
            }));
        }
        for (var f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        kill.join();

        assertThat(killed.getCount()).as("the node was killed mid-stream").isZero();
        assertThat(unanswered.get()).as("requests the kill left unanswered").isPositive();
        assertThat(answered).hasSize(VOTERS);
        // Exactly one ballot per voter, holding the one project the voter sent.
        var stored = jdbc.sql("""
                SELECT u.email, i.project_id FROM budget_ballot b JOIN app_user u ON u.id = b.voter_id
                JOIN budget_ballot_item i ON i.ballot_id = b.id WHERE u.email LIKE 'crash-%'
                """)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list();
        assertThat(stored).hasSize(VOTERS);
        assertThat(stored).allSatisfy(e -> assertThat(answered).containsEntry(e.getKey(), e.getValue()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_ballot")
                        .query(Long.class)
                        .single())
                .isEqualTo(VOTERS);
    }

    /** Signs in, then sends the ballot until an answer comes; a 302 is success, anything else fails the test. */
    static void vote(String email, long instance, long project, Map<String, Long> answered, AtomicInteger unanswered)
            throws Exception {
        var browser = new WebClient();
        retry(() -> browser.signIn(node.port(), email, TestVoters.PASSWORD), unanswered);
        int status = retry(
                () -> browser.post(
                                node.port(),
                                "/budget/" + instance + "/ballot",
                                Map.of("projects", Long.toString(project)))
                        .statusCode(),
                unanswered);
        assertThat(status).as("ballot of " + email).isEqualTo(302);
        answered.put(email, project);
    }

    interface Call<T> {
        T call() throws Exception;
    }

    /** Repeats a request that got no answer (connection refused or cut, or 503 while starting) for two minutes. */
    static <T> T retry(Call<T> call, AtomicInteger unanswered) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (true) {
            try {
                T result = call.call();
                if (!(result instanceof Integer status && status >= 500)) {
                    return result;
                }
            } catch (java.io.IOException noAnswer) {
                // the node is dead or restarting
            }
            unanswered.incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no answer for four minutes");
            }
            Thread.sleep(250);
        }
    }

    /** Kills the node once enough ballots were answered, checks it was SIGKILL, and starts it again. */
    static void killAndRestartAfter(Map<String, Long> answered, java.util.concurrent.CountDownLatch killed) {
        try {
            while (answered.size() < KILL_AFTER) {
                Thread.sleep(20);
            }
            int exit = node.kill();
            // 128 + 9: the JVM died of SIGKILL (Process.destroyForcibly on Linux), no shutdown hook ran.
            assertThat(exit).isEqualTo(137);
            killed.countDown();
            node.start().awaitHealthy();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
