package org.cocrea.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.cocrea.indicators.Direction;
import org.cocrea.indicators.IndicatorRead;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.cocrea.rating.RatingGiven;
import org.cocrea.survey.ResponseSubmitted;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portfolio's running totals (V20_13) on H2 and PostgreSQL: after random evidence events (new rows, replays,
 * higher and lower revisions moving contributions between phases, sides and people or withdrawing them with 0, named
 * responses answered again with other kinds, later taps on a face), the portfolio's reads of the totals equal the
 * grouped statements over the raw rows that the pages ran before, figure by figure; and V20_13's backfill, run again
 * over the same rows, gives the same totals.
 */
class EvidenceTotalsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final Phase[] PHASES = Phase.values();
    private static final String[] KINDS = {"scale5", "scale10", "nps"};

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theTotalsEqualTheRowsCountedAgain(TestDatabase db) {
        var s = EvidenceRepositoryTest.setup(db);
        var repo = s.repo();
        long initiative = s.initiative();
        var random = new Random(18);
        for (int step = 0; step < 400; step++) {
            switch (random.nextInt(4)) {
                case 3 -> repo.reading(reading(random, initiative));
                case 0 -> repo.contribution(contribution(random, initiative));
                case 1 -> repo.rating(rating(random, initiative));
                default -> repo.response(response(random, initiative), DAY.plusDays(random.nextInt(20)));
            }
            if (step % 50 == 49) {
                assertSame(repo, initiative);
            }
        }
        assertSame(repo, initiative);

        var totals = List.of(
                repo.inputsInScope(null, true),
                repo.ratingsInScope(null, true),
                repo.scalesInScope(null, true),
                repo.respondentsInScope(null, true));
        for (var table : List.of(
                "evidence_indicator_latest",
                "evidence_rating_total",
                "evidence_response_total",
                "evidence_scale_total",
                "evidence_contribution_total",
                "evidence_contributor")) {
            s.jdbc().sql("DELETE FROM " + table).update();
        }
        backfill().forEach(sql -> s.jdbc().sql(sql).update());
        assertThat(List.of(
                        repo.inputsInScope(null, true),
                        repo.ratingsInScope(null, true),
                        repo.scalesInScope(null, true),
                        repo.respondentsInScope(null, true)))
                .isEqualTo(totals);
        assertThat(repo.latestInScope(null, true)).hasSize(6);
        assertThat(repo.inputsInScope(null, true)).isNotEmpty();
        assertThat(repo.ratingsInScope(null, true)).isNotEmpty();
        assertThat(repo.scalesInScope(null, true)).isNotEmpty();
        assertThat(repo.respondentsInScope(null, true)).isNotEmpty();
    }

    private static ContributionRecorded contribution(Random random, long initiative) {
        int quantity = random.nextInt(6); // 0 withdraws the entry
        return new ContributionRecorded(
                "k" + random.nextInt(25),
                1 + random.nextInt(4),
                initiative,
                PHASES[random.nextInt(PHASES.length)],
                "shifts",
                9,
                random.nextInt(6) == 0 ? null : (long) (1 + random.nextInt(6)),
                random.nextBoolean() ? Side.CITIZEN : Side.PROFESSIONAL,
                Kind.values()[random.nextInt(Kind.values().length)],
                quantity == 0 ? BigDecimal.ZERO : new BigDecimal(quantity + "." + random.nextInt(100)),
                null,
                DAY.plusDays(random.nextInt(30)));
    }

    private static IndicatorRead reading(Random random, long initiative) {
        int indicator = random.nextInt(6);
        // readings are never changed: the same id again is a replay; several readings fall on one day
        long id = random.nextInt(60);
        return new IndicatorRead(
                initiative,
                7,
                PHASES[(int) (id % PHASES.length)],
                indicator,
                Objective.values()[indicator % Objective.values().length],
                new BigDecimal(random.nextInt(300)),
                new BigDecimal("100"),
                new BigDecimal(indicator == 5 ? "100" : "200"),
                Direction.HIGHER,
                DAY.plusDays(id % 7),
                id * 10 + indicator,
                "Indicatore " + indicator,
                "al giorno");
    }

    private static RatingGiven rating(Random random, long initiative) {
        int id = random.nextInt(30);
        // a face keeps its initiative and phase; a later tap changes its score and day
        return new RatingGiven(
                initiative,
                8,
                PHASES[id % PHASES.length],
                random.nextInt(3) - 1,
                DAY.plusDays(random.nextInt(30)),
                id,
                1 + random.nextInt(4));
    }

    private static ResponseSubmitted response(Random random, long initiative) {
        int id = random.nextInt(20);
        var scales = new ArrayList<ResponseSubmitted.ScaleAnswer>();
        for (int q = random.nextInt(5); q > 0; q--) {
            // out-of-range values and repeated questions are stored as the intake stores them (left out, once)
            scales.add(new ResponseSubmitted.ScaleAnswer(
                    1 + random.nextInt(4), KINDS[random.nextInt(KINDS.length)], random.nextInt(12)));
        }
        return new ResponseSubmitted(initiative, 8, PHASES[id % PHASES.length], 1000 + id, scales);
    }

    private static void assertSame(EvidenceRepository repo, long initiative) {
        assertThat(sorted(repo.latestInScope(null, true), l -> (int) l.indicatorId()))
                .isEqualTo(sorted(repo.latest(initiative), l -> (int) l.indicatorId()));
        assertThat(sorted(repo.inputsInScope(null, true), i -> i.phase().ordinal()))
                .isEqualTo(sorted(repo.inputs(initiative), i -> i.phase().ordinal()));
        assertThat(sorted(repo.ratingsInScope(null, true), r -> r.phase().ordinal()))
                .isEqualTo(sorted(repo.ratings(initiative), r -> r.phase().ordinal()));
        assertThat(sorted(repo.respondentsInScope(null, true), r -> r.phase().ordinal()))
                .isEqualTo(sorted(repo.respondents(initiative), r -> r.phase().ordinal()));
        assertThat(sorted(
                        repo.scalesInScope(null, true),
                        c -> c.phase().ordinal() * 10 + List.of(KINDS).indexOf(c.kind())))
                .isEqualTo(sorted(
                        repo.scales(initiative),
                        c -> c.phase().ordinal() * 10 + List.of(KINDS).indexOf(c.kind())));
    }

    /** V20_13's backfill: its INSERT statements, as Flyway runs them on an existing database. */
    private static List<String> backfill() {
        try (var in = EvidenceTotalsTest.class.getResourceAsStream("/db/migration/V20_13__evidence_totals.sql")) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var inserts = java.util.Arrays.stream(sql.split(";"))
                    .map(String::strip)
                    .map(t -> t.substring(t.indexOf("INSERT") < 0 ? t.length() : t.indexOf("INSERT")))
                    .filter(t -> t.startsWith("INSERT"))
                    .toList();
            assertThat(inserts).hasSize(7);
            return inserts;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> List<T> sorted(List<T> list, Function<T, Integer> key) {
        return list.stream().sorted(Comparator.comparing(key)).toList();
    }
}
