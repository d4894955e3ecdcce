package org.cocrea.rating;

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
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The rating tables on H2 and PostgreSQL: one face per person, instance and day (a new tap replaces it, also when
 * eight threads tap at once), a reason only on a negative face and dropped when the face changes, the day counts
 * the results read, and the constraints refusing what the service never stores.
 */
class RatingRepositoryTest {
    static final int THREADS = 8;
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

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
                Map.of("e", email + System.nanoTime()));
    }

    private static long instance(JdbcClient jdbc) {
        long organisation = key(
                jdbc,
                "INSERT INTO organisation (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)",
                Map.of("n", "O" + System.nanoTime()));
        long initiative = key(
                jdbc,
                "INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,"
                        + " created_at, last_activity_at) VALUES ('T', 'S', '', :o, 'mobility', 'collective', 'open',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                Map.of("o", organisation));
        return key(
                jdbc,
                "INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)"
                        + " VALUES (:i, 'co-assessment', 'rating', CURRENT_TIMESTAMP)",
                Map.of("i", initiative));
    }

    private static long rows(JdbcClient jdbc, long instance) {
        return jdbc.sql("SELECT COUNT(*) FROM rating WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aNewTapTheSameDayReplacesTheFaceAndItsReason(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new RatingRepository(jdbc);
        long instance = instance(jdbc);
        long resident = person(jdbc, "r@example.org");
        long other = person(jdbc, "o@example.org");

        repo.put(instance, resident, DAY, -1, NOW);
        assertThat(repo.reason(instance, resident, DAY, "Auto sulla ciclabile")).isTrue();
        assertThat(repo.mine(instance, resident, DAY))
                .contains(new RatingRepository.Mine(Face.NEGATIVE, "Auto sulla ciclabile"));
        // The same face again keeps the reason; another face drops it.
        repo.put(instance, resident, DAY, -1, NOW);
        assertThat(repo.mine(instance, resident, DAY).orElseThrow().reason()).isEqualTo("Auto sulla ciclabile");
        repo.put(instance, resident, DAY, 1, NOW);
        assertThat(repo.mine(instance, resident, DAY)).contains(new RatingRepository.Mine(Face.POSITIVE, null));
        assertThat(repo.reason(instance, resident, DAY, "x"))
                .as("no reason on a positive face")
                .isFalse();
        assertThat(rows(jdbc, instance)).isEqualTo(1);

        // Another day is another rating; another person too.
        repo.put(instance, resident, DAY.plusDays(1), 0, NOW);
        repo.put(instance, other, DAY, -1, NOW);
        assertThat(rows(jdbc, instance)).isEqualTo(3);
        assertThat(repo.days(instance))
                .containsExactly(
                        new Results.DayCount(DAY, -1, 1),
                        new Results.DayCount(DAY, 1, 1),
                        new Results.DayCount(DAY.plusDays(1), 0, 1));
        assertThat(repo.mine(instance, resident, DAY.plusDays(2))).isEmpty();

        repo.reason(instance, other, DAY, "Buche");
        assertThat(repo.reasons(instance, 10)).containsExactly(new RatingReason("Buche", DAY));

        assertThat(repo.published(instance)).isFalse();
        repo.publish(instance, true);
        assertThat(repo.published(instance)).isTrue();
        repo.publish(instance, false);
        assertThat(repo.published(instance)).isFalse();

        // the comparison date: stored, kept apart from publishing, cleared back to none
        assertThat(repo.settings(instance).compareOn()).isNull();
        repo.compareOn(instance, DAY.plusDays(3));
        assertThat(repo.settings(instance)).isEqualTo(new RatingRepository.Settings(false, DAY.plusDays(3)));
        repo.publish(instance, true);
        assertThat(repo.settings(instance)).isEqualTo(new RatingRepository.Settings(true, DAY.plusDays(3)));
        repo.compareOn(instance, null);
        assertThat(repo.settings(instance)).isEqualTo(new RatingRepository.Settings(true, null));
    }

    /** Eight threads tap different faces for one person on one day: exactly one row, holding one of the faces. */
    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void oneRatingPerPersonPerDayUnderARace(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(THREADS + 2);
            var jdbc = JdbcClient.create(pool);
            var repo = new RatingRepository(jdbc);
            long instance = instance(jdbc);
            long person = person(jdbc, "race@example.org");
            var start = new CyclicBarrier(THREADS);
            var threads = Executors.newFixedThreadPool(THREADS);
            try {
                var futures = new ArrayList<Future<?>>();
                for (int i = 0; i < THREADS; i++) {
                    int score = i % 3 - 1;
                    futures.add(threads.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        repo.put(instance, person, DAY, score, NOW);
                        return null;
                    }));
                }
                for (var f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(rows(jdbc, instance)).isEqualTo(1);
            assertThat(repo.mine(instance, person, DAY)).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theConstraintsRefuseWhatTheServiceNeverStores(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new RatingRepository(jdbc);
        long instance = instance(jdbc);
        long person = person(jdbc, "c@example.org");
        refused(jdbc, "rating_score", """
                INSERT INTO rating (tool_instance_id, person_id, rated_on, score, rated_at)
                VALUES (%d, %d, DATE '2026-03-03', 2, CURRENT_TIMESTAMP)""".formatted(instance, person));
        refused(jdbc, "rating_reason", """
                INSERT INTO rating (tool_instance_id, person_id, rated_on, score, reason, rated_at)
                VALUES (%d, %d, DATE '2026-03-03', 1, 'ok', CURRENT_TIMESTAMP)""".formatted(instance, person));
        refused(jdbc, "rating_reason", """
                INSERT INTO rating (tool_instance_id, person_id, rated_on, score, reason, rated_at)
                VALUES (%d, %d, DATE '2026-03-03', -1, '', CURRENT_TIMESTAMP)""".formatted(instance, person));
        repo.put(instance, person, DAY, 0, NOW);
        refused(jdbc, "rating_once_a_day", """
                INSERT INTO rating (tool_instance_id, person_id, rated_on, score, rated_at)
                VALUES (%d, %d, DATE '2026-03-03', 1, CURRENT_TIMESTAMP)""".formatted(instance, person));
        assertThat(rows(jdbc, instance)).isEqualTo(1);
    }

    private static void refused(JdbcClient jdbc, String constraint, String sql) {
        assertThat(catchThrowable(() -> jdbc.sql(sql).update()))
                .as(constraint)
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(
                        e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains(constraint));
    }
}
