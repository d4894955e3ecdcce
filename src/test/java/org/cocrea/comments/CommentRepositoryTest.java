package org.cocrea.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cocrea.testing.TestDatabase;
import org.cocrea.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The comment tables on H2 and PostgreSQL: V18_1 moving the ideas tool's comments with their ids (rows of the old
 * shape written before it runs), the repository's round trip, and the constraints that hold a thread together
 * (two levels, one thread, one report per person, raced by 8 threads).
 */
class CommentRepositoryTest {
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

    /** An organisation, a collective initiative, an ideas instance and two people: [initiative, instance, a, b]. */
    static long[] world(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", NOW)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT MAX(id) FROM organisation), 'environment-and-parks', 'collective', 'open',
                    :now, :now)
                """).param("now", NOW).update();
        long initiative =
                jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-commissioning', 'ideas', :now)
                """).param("i", initiative).param("now", NOW).update();
        long instance =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        for (String who : List.of("a", "b")) {
            jdbc.sql("""
                    INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)
                    VALUES (:e, :n, 'it', 'citizen', :now, :now)
                    """)
                    .param("e", who + "-" + UUID.randomUUID() + "@example.org")
                    .param("n", "Person " + who)
                    .param("now", NOW)
                    .update();
        }
        var people = jdbc.sql("SELECT id FROM app_user ORDER BY id DESC LIMIT 2")
                .query(Long.class)
                .list();
        return new long[] {initiative, instance, people.get(1), people.get(0)};
    }

    static long idea(JdbcClient jdbc, long instance, long author) {
        jdbc.sql("""
                INSERT INTO idea (tool_instance_id, author_id, title, body, status, moderation, created_at)
                VALUES (:t, :a, 'Idea', 'Body', 'open', 'none', :now)
                """).param("t", instance).param("a", author).param("now", NOW).update();
        return jdbc.sql("SELECT MAX(id) FROM idea").query(Long.class).single();
    }

    private static DataSource before(boolean postgres) {
        DataSource ds;
        String schema = null;
        if (postgres) {
            schema = TestDatabases.newPostgresSchema();
            var pg = new PGSimpleDataSource();
            pg.setURL(TestDatabases.postgresUrl());
            pg.setUser(TestDatabases.postgresUser());
            pg.setPassword(TestDatabases.postgresPassword());
            pg.setCurrentSchema(schema);
            ds = pg;
        } else {
            var h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:c" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            ds = h2;
        }
        // Up to the last migration before V18_1, whichever that is when other modules add theirs.
        var v181 = org.flywaydb.core.api.MigrationVersion.fromVersion("18.1");
        var last = java.util.Arrays.stream(flyway(ds, schema, null).info().all())
                .map(org.flywaydb.core.api.MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(v181) < 0)
                .max(Comparable::compareTo)
                .orElseThrow();
        flyway(ds, schema, last.getVersion()).migrate();
        return ds;
    }

    private static Flyway flyway(DataSource ds, String schema, String target) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema).defaultSchema(schema);
        }
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theMigrationMovesTheIdeasCommentsWithTheirIdsAndParents(boolean postgres) {
        if (postgres) {
            TestDatabases.requirePostgres();
        }
        var ds = before(postgres);
        var jdbc = JdbcClient.create(ds);
        long[] w = world(jdbc);
        long first = idea(jdbc, w[1], w[2]);
        long second = idea(jdbc, w[1], w[3]);
        String old = """
                INSERT INTO idea_comment (idea_id, parent_id, author_id, body, created_at)
                VALUES (:i, :p, :a, :b, :now)
                """;
        jdbc.sql(old)
                .param("i", first)
                .param("p", null)
                .param("a", w[2])
                .param("b", "Top")
                .param("now", NOW)
                .update();
        long top =
                jdbc.sql("SELECT MAX(id) FROM idea_comment").query(Long.class).single();
        jdbc.sql(old)
                .param("i", first)
                .param("p", top)
                .param("a", w[3])
                .param("b", "Reply")
                .param("now", NOW)
                .update();
        long reply = top + 1;
        // A reply to a reply, which the old table did not forbid, and a comment whose author was deleted.
        jdbc.sql(old)
                .param("i", first)
                .param("p", reply)
                .param("a", w[2])
                .param("b", "Deep")
                .param("now", NOW)
                .update();
        jdbc.sql(old)
                .param("i", second)
                .param("p", null)
                .param("a", null)
                .param("b", "Other")
                .param("now", NOW)
                .update();
        String schema = postgres ? ((PGSimpleDataSource) ds).getCurrentSchema() : null;
        flyway(ds, schema, null).migrate();

        var rows = jdbc.sql("""
                        SELECT id, initiative_id, tool_instance_id, target_kind, target_id, parent_id, reply,
                            author_id, body, moderation
                        FROM comment ORDER BY id
                        """).query().listOfRows();
        assertThat(rows).hasSize(4);
        assertThat(rows)
                .extracting(r -> ((Number) r.get("id")).longValue())
                .containsExactly(top, reply, top + 2, top + 3);
        assertThat(rows).extracting(r -> r.get("body")).containsExactly("Top", "Reply", "Deep", "Other");
        assertThat(rows).extracting(r -> r.get("target_kind")).containsOnly("idea");
        assertThat(rows)
                .extracting(r -> ((Number) r.get("target_id")).longValue())
                .containsExactly(first, first, first, second);
        assertThat(rows)
                .extracting(r -> r.get("parent_id") == null ? null : ((Number) r.get("parent_id")).longValue())
                .containsExactly(null, top, top, null);
        assertThat(rows).extracting(r -> r.get("reply")).containsExactly(false, true, true, false);
        assertThat(rows)
                .extracting(r -> ((Number) r.get("initiative_id")).longValue())
                .containsOnly(w[0]);
        assertThat(rows)
                .extracting(r -> ((Number) r.get("tool_instance_id")).longValue())
                .containsOnly(w[1]);
        assertThat(rows.get(3).get("author_id")).isNull();
        assertThat(rows).extracting(r -> r.get("moderation")).containsOnly("none");
        assertThatThrownBy(() -> jdbc.sql("SELECT COUNT(*) FROM idea_comment")
                        .query(Long.class)
                        .single())
                .as("the old table is gone")
                .isInstanceOf(org.springframework.jdbc.BadSqlGrammarException.class);
        // New comments take ids after the moved ones, and the repository reads the moved thread.
        var repository = new CommentRepository(jdbc);
        var target = new CommentTarget(w[0], w[1], "idea", first);
        long fresh = repository.add(target, top, w[3], "After the move", NOW);
        assertThat(fresh).isGreaterThan(top + 3);
        assertThat(repository.thread(target, w[2]))
                .extracting(Comment::body)
                .containsExactly("Top", "Reply", "Deep", "After the move");
        if (ds instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // the schema is dropped with the JVM
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void threadsReadEditReportAndSwitch(TestDatabase db) {
        var jdbc = db.jdbc();
        var repository = new CommentRepository(jdbc);
        long[] w = world(jdbc);
        long idea = idea(jdbc, w[1], w[2]);
        var thread = new CommentTarget(w[0], w[1], "idea", idea);
        var page = new CommentTarget(w[0], null, CommentTarget.INITIATIVE, w[0]);
        long top = repository.add(thread, null, w[2], "Top", NOW);
        long reply = repository.add(thread, top, w[3], "Reply", NOW.plusSeconds(1));
        repository.add(page, null, w[3], "On the page", NOW);
        // The same item in another instance is another thread.
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-design', 'ideas', :now)
                """).param("i", w[0]).param("now", NOW).update();
        long otherInstance =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        var elsewhere = new CommentTarget(w[0], otherInstance, "idea", idea);
        repository.add(elsewhere, null, w[2], "Elsewhere", NOW);

        assertThat(repository.thread(thread, w[3])).extracting(Comment::body).containsExactly("Top", "Reply");
        assertThat(repository.thread(page, null)).extracting(Comment::body).containsExactly("On the page");
        assertThat(repository.thread(thread, null).get(0).replies()).isEqualTo(1);
        assertThat(repository.find(reply, null).orElseThrow().target()).isEqualTo(thread);
        assertThat(repository.counts(w[1], "idea", List.of(idea, 999L))).containsExactly(java.util.Map.entry(idea, 2L));

        // Edits: only the author, only while written after the limit given.
        assertThat(repository.edit(top, w[3], "Not mine", NOW, NOW.minusMinutes(15)))
                .isFalse();
        assertThat(repository.edit(top, w[2], "Too late", NOW.plusMinutes(20), NOW.plusMinutes(5)))
                .isFalse();
        assertThat(repository.edit(top, w[2], "Changed", NOW.plusMinutes(1), NOW.minusMinutes(14)))
                .isTrue();
        var changed = repository.find(top, w[2]).orElseThrow().comment();
        assertThat(changed.body()).isEqualTo("Changed");
        assertThat(changed.edited()).isTrue();

        // Reports: once per person; hidden at the threshold, not after a facilitator's decision.
        repository.report(top, w[3], "spam", NOW);
        assertThatThrownBy(() -> repository.report(top, w[3], "again", NOW)).isInstanceOf(DuplicateKeyException.class);
        assertThat(repository.find(top, w[3]).orElseThrow().comment().reportedByMe())
                .isTrue();
        repository.hideIfReported(top, 2);
        assertThat(repository.find(top, null).orElseThrow().comment().hidden()).isFalse();
        repository.hideIfReported(top, 1);
        assertThat(repository.find(top, null).orElseThrow().comment().moderation())
                .isEqualTo("pending");
        repository.moderate(top, "cleared");
        repository.hideIfReported(top, 1);
        assertThat(repository.find(top, null).orElseThrow().comment().moderation())
                .isEqualTo("cleared");
        assertThat(repository.counts(w[1], "idea", List.of(idea))).containsEntry(idea, 2L);

        // The switch, per instance and per initiative page, idempotent.
        assertThat(repository.closed(thread)).isFalse();
        repository.open(thread, false, NOW);
        repository.open(thread, false, NOW);
        assertThat(repository.closed(thread)).isTrue();
        assertThat(repository.closed(page)).isFalse();
        assertThat(repository.closed(elsewhere)).isFalse();
        repository.open(page, false, NOW);
        repository.open(thread, true, NOW);
        assertThat(repository.closed(thread)).isFalse();
        assertThat(repository.closed(page)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theDatabaseKeepsThreadsTogether(TestDatabase db) {
        var jdbc = db.jdbc();
        var repository = new CommentRepository(jdbc);
        long[] w = world(jdbc);
        long idea = idea(jdbc, w[1], w[2]);
        long otherIdea = idea(jdbc, w[1], w[2]);
        var thread = new CommentTarget(w[0], w[1], "idea", idea);
        long top = repository.add(thread, null, w[2], "Top", NOW);
        long reply = repository.add(thread, top, w[3], "Reply", NOW);
        assertRefused(jdbc, "comment_parent", () -> repository.add(thread, reply, w[2], "A third level", NOW));
        assertRefused(
                jdbc,
                "comment_parent",
                () -> repository.add(new CommentTarget(w[0], w[1], "idea", otherIdea), top, w[2], "Elsewhere", NOW));
        String insert = """
                INSERT INTO comment (initiative_id, tool_instance_id, target_kind, target_id, parent_id, reply,
                    author_id, body, created_at, moderation)
                VALUES (:i, :t, :k, :item, NULL, FALSE, :a, :b, :now, :m)
                """;
        assertRefused(
                jdbc,
                "comment_page_target",
                () -> jdbc.sql(insert)
                        .param("i", w[0])
                        .param("t", w[1])
                        .param("k", "initiative")
                        .param("item", w[0])
                        .param("a", w[2])
                        .param("b", "x")
                        .param("now", NOW)
                        .param("m", "none")
                        .update());
        assertRefused(
                jdbc,
                "comment_tool_target",
                () -> jdbc.sql(insert)
                        .param("i", w[0])
                        .param("t", null)
                        .param("k", "idea")
                        .param("item", idea)
                        .param("a", w[2])
                        .param("b", "x")
                        .param("now", NOW)
                        .param("m", "none")
                        .update());
        assertRefused(
                jdbc,
                "comment_body",
                () -> jdbc.sql(insert)
                        .param("i", w[0])
                        .param("t", w[1])
                        .param("k", "idea")
                        .param("item", idea)
                        .param("a", w[2])
                        .param("b", "")
                        .param("now", NOW)
                        .param("m", "none")
                        .update());
        assertRefused(
                jdbc,
                "comment_moderation",
                () -> jdbc.sql(insert)
                        .param("i", w[0])
                        .param("t", w[1])
                        .param("k", "idea")
                        .param("item", idea)
                        .param("a", w[2])
                        .param("b", "x")
                        .param("now", NOW)
                        .param("m", "gone")
                        .update());
        assertRefused(
                jdbc,
                "comment_reply",
                () -> jdbc.sql("""
                        INSERT INTO comment (initiative_id, tool_instance_id, target_kind, target_id, parent_id,
                            reply, author_id, body, created_at)
                        VALUES (:i, :t, 'idea', :item, NULL, TRUE, :a, 'x', :now)
                        """)
                        .param("i", w[0])
                        .param("t", w[1])
                        .param("item", idea)
                        .param("a", w[2])
                        .param("now", NOW)
                        .update());
        assertRefused(
                jdbc,
                "comment_closed_scope",
                () -> jdbc.sql("""
                        INSERT INTO comment_closed (scope, initiative_id, tool_instance_id, closed_at)
                        VALUES ('tool:0', :i, :t, :now)
                        """)
                        .param("i", w[0])
                        .param("t", w[1])
                        .param("now", NOW)
                        .update());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment").query(Long.class).single())
                .isEqualTo(2);
    }

    private static void assertRefused(JdbcClient jdbc, String constraint, Runnable insert) {
        assertThatThrownBy(insert::run)
                .as(constraint)
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage().toLowerCase(java.util.Locale.ROOT))
                        .contains(constraint));
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void eightSimultaneousReportsByOnePersonStoreOne(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(10);
            var jdbc = JdbcClient.create(pool);
            var repository = new CommentRepository(jdbc);
            long[] w = world(jdbc);
            long idea = idea(jdbc, w[1], w[2]);
            long top = repository.add(new CommentTarget(w[0], w[1], "idea", idea), null, w[2], "Top", NOW);
            var start = new CyclicBarrier(8);
            var accepted = new AtomicInteger();
            var refused = new AtomicInteger();
            var threads = Executors.newFixedThreadPool(8);
            try {
                var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
                for (int i = 0; i < 8; i++) {
                    futures.add(threads.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        try {
                            repository.report(top, w[3], "spam", NOW);
                            accepted.incrementAndGet();
                        } catch (DataIntegrityViolationException e) {
                            refused.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (var f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(accepted.get()).isEqualTo(1);
            assertThat(refused.get()).isEqualTo(7);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_report WHERE comment_id = :c")
                            .param("c", top)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }
}
