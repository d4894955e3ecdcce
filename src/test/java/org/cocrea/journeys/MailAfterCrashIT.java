package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.cocrea.testing.Demo;
import org.cocrea.testing.JarNode;
import org.cocrea.testing.TestDatabases;
import org.cocrea.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, item 3: a node (the jar, on PostgreSQL) commits a password reset and is killed with SIGKILL before it
 * mails the link (the test-only pause holds the delivery after the commit). The publication is stored; the node
 * restarted without the pause resubmits it and the mail goes out, exactly once, even when the publication is
 * resubmitted again.
 */
class MailAfterCrashIT {
    static String schema;
    static JdbcClient jdbc;
    static JarNode node;
    static int port;

    @BeforeAll
    static void database() throws Exception {
        schema = TestDatabases.newPostgresSchema();
        var ds = new PGSimpleDataSource();
        ds.setURL(TestDatabases.postgresUrl());
        ds.setUser(TestDatabases.postgresUser());
        ds.setPassword(TestDatabases.postgresPassword());
        ds.setCurrentSchema(schema);
        jdbc = JdbcClient.create(ds);
        port = JarNode.freePort();
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.stop();
        }
    }

    /**
     * The address mails (the reset link) whose publication waits for its listener. Only those: the demo's own
     * notifications (a decision put to members, a mention) wait behind the same paused listener on this node.
     */
    private static final String PENDING_MAILS = "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
            + " AND event_type LIKE '%AddressedMail%'";

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static long resetMails() {
        return jdbc.sql("SELECT COUNT(*) FROM dev_mail WHERE recipient = :r AND body LIKE '%/password/reset?token=%'")
                .param("r", Demo.VOLUNTEER)
                .query(Long.class)
                .single();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition, Duration limit)
            throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + limit + " for " + what);
            }
            Thread.sleep(200);
        }
    }

    @Test
    void aMailCommittedBeforeAKillIsSentAfterTheRestartOnce() throws Exception {
        node = new JarNode(schema, port, "mail-crash", "--test.notifications.pause-before-delivery=PT10M")
                .start()
                .awaitHealthy();
        var browser = new WebClient();
        assertThat(browser.signIn(port, Demo.PARENT, Demo.PASSWORD)).isTrue();
        long before = resetMails();
        var answer = browser.post(port, "/password/forgot", Map.of("email", Demo.VOLUNTEER));
        assertThat(answer.statusCode()).isLessThan(400);

        // Committed: the token is stored and the publication waits for its listener, which is pausing.
        await("the stored publication", () -> count(PENDING_MAILS) == 1, Duration.ofSeconds(30));
        Thread.sleep(1000);
        assertThat(resetMails()).as("no mail before the kill").isEqualTo(before);
        node.kill();
        assertThat(count(PENDING_MAILS)).as("the publication survives the kill").isEqualTo(1);

        node = new JarNode(schema, port, "mail-crash").start().awaitHealthy();
        await("the mail after the restart", () -> resetMails() == before + 1, Duration.ofSeconds(60));
        await("the publication completed", () -> count(PENDING_MAILS) == 0, Duration.ofSeconds(30));
        Thread.sleep(3000);
        assertThat(resetMails()).as("exactly once").isEqualTo(before + 1);
        assertThat(count("SELECT COUNT(*) FROM dev_mail WHERE dedupe_key IS NOT NULL AND recipient = '" + Demo.VOLUNTEER
                        + "'"))
                .isEqualTo(1);
    }
}
