package org.cocrea.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The decision tables on H2 and PostgreSQL: revisions keep every text, positions are one per person (also when
 * eight threads put the same person's position at once), every change is kept, the close and the outcome happen
 * once, the review reminder is recorded once under a race, and the constraints refuse what the service never
 * stores (a block without reason, an unknown position, a quorum out of range, an outcome on an open decision).
 */
class DecisionRepositoryTest {
    static final int THREADS = 8;
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

    private static long key(JdbcClient jdbc, String sql, Map<String, ?> params) {
        var key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static long person(JdbcClient jdbc, String email) {
        return key(
                jdbc,
                "INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)"
                        + " VALUES (:e, 'P', 'it', 'citizen', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                Map.of("e", email));
    }

    private static long instance(JdbcClient jdbc) {
        long organisation = key(
                jdbc,
                "INSERT INTO organisation (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)",
                Map.of("n", "O" + System.nanoTime()));
        long initiative = key(
                jdbc,
                "INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,"
                        + " created_at, last_activity_at) VALUES ('T', 'S', '', :o, 'education', 'group', 'open',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                Map.of("o", organisation));
        return key(
                jdbc,
                "INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)"
                        + " VALUES (:i, 'co-design', 'decision', CURRENT_TIMESTAMP)",
                Map.of("i", initiative));
    }

    private static DecisionRepository.Draft consent(String title) {
        return new DecisionRepository.Draft(
                Kind.CONSENT, title, "**Testo** <script>x</script>", new Quorum(Quorum.SHARE, 50), NOW.plusDays(7));
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void revisionsPositionsCloseAndOutcome(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new DecisionRepository(jdbc);
        long instance = instance(jdbc);
        long teacher = person(jdbc, "t@example.org");
        long parent = person(jdbc, "p@example.org");
        long id = repo.create(instance, consent("Orario"), teacher, NOW);

        var d = repo.find(instance, id).orElseThrow();
        assertThat(d.kind()).isEqualTo(Kind.CONSENT);
        assertThat(d.revision()).isEqualTo(1);
        assertThat(d.quorum()).isEqualTo(new Quorum(Quorum.SHARE, 50));
        assertThat(d.acceptsPositions(NOW)).isTrue();
        assertThat(d.bodyHtml().html()).contains("<strong>Testo</strong>").doesNotContain("<script>");
        assertThat(repo.find(instance + 1, id)).isEmpty();

        repo.put(id, parent, "block", "Il martedì no", 1, NOW);
        repo.put(id, teacher, "agree", "", 1, NOW);
        assertThat(repo.revise(id, 1, "Orario 2", "Giovedì", "Spostato al giovedì", teacher, NOW.plusMinutes(1)))
                .isTrue();
        assertThat(repo.revise(id, 1, "Stale", "x", "x", teacher, NOW))
                .as("from a text already revised")
                .isFalse();
        repo.put(id, parent, "agree", "", 2, NOW.plusMinutes(2));

        d = repo.find(instance, id).orElseThrow();
        assertThat(d.revision()).isEqualTo(2);
        assertThat(d.title()).isEqualTo("Orario 2");
        assertThat(repo.revisions(id))
                .extracting(Revision::revision, Revision::title, Revision::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Orario 2", "Spostato al giovedì"),
                        org.assertj.core.groups.Tuple.tuple(1, "Orario", ""));
        assertThat(repo.positions(id))
                .extracting(Position::personId, Position::position, Position::revision)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(teacher, "agree", 1),
                        org.assertj.core.groups.Tuple.tuple(parent, "agree", 2));
        assertThat(repo.changes(id)).extracting(Position::position).containsExactly("agree", "agree", "block");
        assertThat(repo.positioned(id)).containsExactlyInAnyOrder(teacher, parent);

        // What waits: the teacher has a position, a third member none.
        long third = person(jdbc, "x@example.org");
        assertThat(repo.waiting(third, java.util.List.of(instance), NOW))
                .extracting(w -> w.id())
                .containsExactly(id);
        assertThat(repo.waiting(teacher, java.util.List.of(instance), NOW)).isEmpty();

        assertThat(repo.outcome(id, "Approvato", LocalDate.now().plusMonths(3), teacher, NOW))
                .as("no outcome while open")
                .isFalse();
        assertThat(repo.close(id, 3, NOW.plusMinutes(3))).isTrue();
        assertThat(repo.close(id, 3, NOW.plusMinutes(4))).as("closed once").isFalse();
        assertThat(repo.revise(id, 2, "Late", "x", "x", teacher, NOW))
                .as("no revision once closed")
                .isFalse();
        assertThat(repo.waiting(teacher, java.util.List.of(instance), NOW))
                .as("a consent decision closed without an outcome waits for its facilitators")
                .extracting(w -> w.open())
                .containsExactly(false);
        LocalDate review = LocalDate.now().plusMonths(3);
        assertThat(repo.outcome(id, "Approvato", review, teacher, NOW)).isTrue();
        assertThat(repo.outcome(id, "Again", review, teacher, NOW))
                .as("written once")
                .isFalse();
        d = repo.find(instance, id).orElseThrow();
        assertThat(d.closed()).isTrue();
        assertThat(d.membersAtClose()).isEqualTo(3);
        assertThat(d.outcome()).isEqualTo("Approvato");
        assertThat(d.reviewOn()).isEqualTo(review);

        assertThat(repo.dueForReview(review.minusDays(1))).isEmpty();
        assertThat(repo.dueForReview(review))
                .extracting(DecisionRepository.Due::id)
                .containsExactly(id);
        assertThat(repo.markReminded(id, NOW)).isTrue();
        assertThat(repo.markReminded(id, NOW)).isFalse();
        assertThat(repo.dueForReview(review)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void dueToCloseListsOnlyOpenDecisionsPastTheirTime(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new DecisionRepository(jdbc);
        long instance = instance(jdbc);
        long past = repo.create(instance, consent("A"), null, NOW.minusDays(8));
        long future = repo.create(instance, consent("B"), null, NOW);
        jdbc.sql("UPDATE decision SET closes_at = :t WHERE id = :d")
                .param("t", NOW.minusMinutes(1))
                .param("d", past)
                .update();
        assertThat(repo.dueToClose(NOW)).extracting(DecisionRepository.Due::id).containsExactly(past);
        assertThat(repo.of(instance)).extracting(Decision::id).contains(past, future);
    }

    /** Eight threads put one person's position at once: one row, eight changes kept. */
    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void onePositionPerPersonUnderARace(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(THREADS + 2);
            var jdbc = JdbcClient.create(pool);
            var repo = new DecisionRepository(jdbc);
            long instance = instance(jdbc);
            long person = person(jdbc, "race@example.org");
            long id = repo.create(instance, consent("Race"), person, NOW);
            String[] positions = {"agree", "abstain", "disagree", "block"};
            race(i -> repo.put(id, person, positions[i % 4], "reason " + i, 1, NOW));
            assertThat(repo.positions(id)).hasSize(1);
            assertThat(repo.changes(id)).hasSize(THREADS);

            // The review reminder: recorded by exactly one of eight rounds.
            repo.close(id, 1, NOW);
            repo.outcome(id, "Fatto", LocalDate.now().plusDays(1), person, NOW);
            var recorded = new AtomicInteger();
            race(i -> {
                if (repo.markReminded(id, NOW)) {
                    recorded.incrementAndGet();
                }
            });
            assertThat(recorded.get()).isEqualTo(1);
        }
    }

    private static void race(java.util.function.IntConsumer task) throws Exception {
        var start = new CyclicBarrier(THREADS);
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    task.accept(n);
                    return null;
                }));
            }
            for (var f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theConstraintsRefuseWhatTheServiceNeverStores(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new DecisionRepository(jdbc);
        long instance = instance(jdbc);
        long person = person(jdbc, "c@example.org");
        long id = repo.create(instance, consent("C"), person, NOW);
        refused(jdbc, "decision_position_block_reason", """
                INSERT INTO decision_position (decision_id, person_id, position, reason, revision, given_at)
                VALUES (%d, %d, 'block', '', 1, CURRENT_TIMESTAMP)""".formatted(id, person));
        refused(jdbc, "decision_position_value", """
                INSERT INTO decision_position (decision_id, person_id, position, reason, revision, given_at)
                VALUES (%d, %d, 'veto', 'x', 1, CURRENT_TIMESTAMP)""".formatted(id, person));
        refused(jdbc, "decision_position_revision", """
                INSERT INTO decision_position (decision_id, person_id, position, reason, revision, given_at)
                VALUES (%d, %d, 'agree', '', 9, CURRENT_TIMESTAMP)""".formatted(id, person));
        repo.put(id, person, "agree", "", 1, NOW);
        refused(jdbc, "decision_position", """
                INSERT INTO decision_position (decision_id, person_id, position, reason, revision, given_at)
                VALUES (%d, %d, 'abstain', '', 1, CURRENT_TIMESTAMP)""".formatted(id, person));
        for (String quorum : new String[] {"'share', 101", "'share', 0", "'count', 0", "NULL, NULL"}) {
            refused(jdbc, "decision_quorum", """
                    INSERT INTO decision (tool_instance_id, kind, title, body, revision, quorum_kind, quorum_value,
                        status, closes_at, created_at)
                    VALUES (%d, 'consent', 'T', 'B', 1, %s, 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""".formatted(instance, quorum));
        }
        refused(jdbc, "decision_quorum", """
                INSERT INTO decision (tool_instance_id, kind, title, body, revision, quorum_kind, quorum_value,
                    status, closes_at, created_at)
                VALUES (%d, 'sense', 'T', 'B', 1, 'count', 1, 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""".formatted(instance));
        refused(
                jdbc,
                "decision_outcome",
                "UPDATE decision SET outcome = 'x', review_on = CURRENT_DATE,"
                        + " outcome_at = CURRENT_TIMESTAMP WHERE id = " + id);
        refused(jdbc, "decision_closed", "UPDATE decision SET status = 'closed' WHERE id = " + id);
        assertThat(repo.positions(id)).hasSize(1);
    }

    private static void refused(JdbcClient jdbc, String constraint, String sql) {
        assertThat(catchThrowable(() -> jdbc.sql(sql).update()))
                .as(constraint)
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(
                        e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains(constraint));
    }
}
