package org.cocrea.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.cocrea.initiatives.Objective;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The indicator tables on H2 and PostgreSQL: an indicator and its readings read back as stored (decimals, raw
 * progress, the measure's key and people), readings of an instance in one list oldest first, and the constraints
 * refusing a target on the wrong side, equal to the baseline, dates out of order and an unknown objective.
 */
class IndicatorRepositoryTest {
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    private static final LocalDate START = LocalDate.of(2026, 1, 10);

    private static long key(JdbcClient jdbc, String sql, Map<String, ?> params) {
        var key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
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
                        + " VALUES (:i, 'co-assessment', 'indicators', CURRENT_TIMESTAMP)",
                Map.of("i", initiative));
    }

    private static Indicator cyclists(long instance) {
        return new Indicator(
                0,
                instance,
                Objective.EFFECTIVENESS,
                "Ciclisti",
                "ciclisti al giorno",
                Direction.HIGHER,
                new BigDecimal("120"),
                START,
                new BigDecimal("200.5"),
                START.plusMonths(6),
                "Conteggio",
                "Martedì 7-19",
                "plans:gas:1");
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void indicatorsAndReadingsReadBackAsStored(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new IndicatorRepository(jdbc);
        long instance = instance(jdbc);
        long id = repo.create(cyclists(instance), null, NOW);
        var stored = repo.find(instance, id).orElseThrow();
        assertThat(stored.name()).isEqualTo("Ciclisti");
        assertThat(stored.baseline()).isEqualByComparingTo("120");
        assertThat(stored.target()).isEqualByComparingTo("200.5");
        assertThat(stored.direction()).isEqualTo(Direction.HIGHER);
        assertThat(stored.objective()).isEqualTo(Objective.EFFECTIVENESS);
        assertThat(stored.measureKey()).isEqualTo("plans:gas:1");
        assertThat(repo.find(instance + 1, id)).as("another instance's").isEmpty();

        repo.addReading(
                id,
                new IndicatorRepository.NewReading(
                        new BigDecimal("163.25"), START.plusDays(40), "", new BigDecimal("53.75"), null, null),
                null,
                NOW);
        repo.addReading(
                id,
                new IndicatorRepository.NewReading(
                        new BigDecimal("150"), START.plusDays(20), "nota", new BigDecimal("-12.5"), "plans:gas:1", 4),
                null,
                NOW);
        var readings = repo.readings(id);
        assertThat(readings).extracting(IndicatorReading::on).containsExactly(START.plusDays(20), START.plusDays(40));
        assertThat(readings.get(0).progress()).isEqualByComparingTo("-12.5");
        assertThat(readings.get(0).people()).isEqualTo(4);
        assertThat(readings.get(0).sourceKey()).isEqualTo("plans:gas:1");
        assertThat(readings.get(1).value()).isEqualByComparingTo("163.25");
        assertThat(readings.get(1).people()).isNull();
        long other = repo.create(cyclists(instance), null, NOW);
        repo.addReading(
                other,
                new IndicatorRepository.NewReading(BigDecimal.ONE, START, "", BigDecimal.ZERO, null, null),
                null,
                NOW);
        assertThat(repo.readingsOfInstance(instance)).hasSize(3);
        assertThat(repo.of(instance)).extracting(Indicator::id).containsExactly(id, other);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theConstraintsRefuseWhatTheServiceNeverStores(TestDatabase db) {
        var jdbc = db.jdbc();
        long instance = instance(jdbc);
        String insert = """
                INSERT INTO indicator (tool_instance_id, objective, name, unit, direction, baseline_value, baseline_on,
                    target_value, target_on, source, method, created_at)
                VALUES (%d, '%s', 'N', 'u', '%s', %s, DATE '%s', %s, DATE '%s', '', '', CURRENT_TIMESTAMP)""";
        refused(
                jdbc,
                "indicator_direction",
                insert.formatted(instance, "effectiveness", "higher", "10", "2026-01-01", "5", "2026-06-01"));
        refused(
                jdbc,
                "indicator_direction",
                insert.formatted(instance, "effectiveness", "lower", "10", "2026-01-01", "15", "2026-06-01"));
        refused(
                jdbc,
                "indicator_direction",
                insert.formatted(instance, "effectiveness", "higher", "10", "2026-01-01", "10", "2026-06-01"));
        refused(
                jdbc,
                "indicator_dates",
                insert.formatted(instance, "effectiveness", "higher", "10", "2026-06-01", "15", "2026-06-01"));
        refused(
                jdbc,
                "indicator_objective",
                insert.formatted(instance, "happiness", "higher", "10", "2026-01-01", "15", "2026-06-01"));
        jdbc.sql(insert.formatted(instance, "efficiency", "lower", "10", "2026-01-01", "5", "2026-06-01"))
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM indicator").query(Long.class).single();
        refused(jdbc, "indicator_reading_source", """
                INSERT INTO indicator_reading (indicator_id, reading_value, read_on, note, progress, people, created_at)
                VALUES (%d, 1, DATE '2026-02-01', '', 0, 3, CURRENT_TIMESTAMP)""".formatted(id));
        refused(jdbc, "indicator_reading_people", """
                INSERT INTO indicator_reading (indicator_id, reading_value, read_on, note, progress, source_key, people,
                    created_at)
                VALUES (%d, 1, DATE '2026-02-01', '', 0, 'plans:gas:1', -1, CURRENT_TIMESTAMP)""".formatted(id));
    }

    private static void refused(JdbcClient jdbc, String constraint, String sql) {
        assertThat(catchThrowable(() -> jdbc.sql(sql).update()))
                .as(constraint)
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(
                        e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains(constraint));
    }
}
