package org.cocrea.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cocrea.indicators.Direction;
import org.cocrea.indicators.IndicatorRead;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.cocrea.plans.OutcomeRecorded;
import org.cocrea.rating.RatingGiven;
import org.cocrea.survey.ResponseSubmitted;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evidence tables on H2 and PostgreSQL: every kind of event kept exactly once (the same event twice, and eight
 * threads delivering it at once, count once), a higher revision of a contribution or a rating replacing it and a lower
 * one changing nothing, a changed named response replacing its answers, the grouped queries' figures, and the
 * constraints.
 */
class EvidenceRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    record Setup(EvidenceRepository repo, JdbcClient jdbc, long initiative) {}

    static Setup setup(TestDatabase db) {
        var jdbc = db.jdbc();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    in_co_delivery, in_co_assessment, created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'mobility', 'collective', 'open', TRUE, TRUE,
                    :now, :now)
                """).param("now", now).update();
        return new Setup(
                new EvidenceRepository(jdbc),
                jdbc,
                jdbc.sql("SELECT id FROM initiative").query(Long.class).single());
    }

    private static IndicatorRead reading(Setup s, long id, String value) {
        return new IndicatorRead(
                s.initiative(),
                7,
                Phase.CO_ASSESSMENT,
                3,
                Objective.EFFECTIVENESS,
                new BigDecimal(value),
                new BigDecimal("100"),
                new BigDecimal("200"),
                Direction.HIGHER,
                DAY.plusDays(id),
                id,
                "Ciclisti",
                "al giorno");
    }

    private static ContributionRecorded contribution(Setup s, String key, long revision, String hours, Long person) {
        return new ContributionRecorded(
                key,
                revision,
                s.initiative(),
                Phase.CO_DELIVERY,
                "shifts",
                9,
                person,
                Side.CITIZEN,
                Kind.HOURS,
                new BigDecimal(hours),
                null,
                DAY);
    }

    private static long count(Setup s, String table) {
        return s.repo().count(table, s.initiative());
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theSameEventTwiceCountsOnce(TestDatabase db) {
        var s = setup(db);
        assertThat(s.repo().reading(reading(s, 1, "150"))).isTrue();
        assertThat(s.repo().reading(reading(s, 1, "150"))).isFalse();
        assertThat(count(s, "evidence_reading")).isEqualTo(1);
        var latest = s.repo().latest(s.initiative());
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).progress()).isEqualByComparingTo("50");

        assertThat(s.repo().contribution(contribution(s, "k1", 1, "3", 1L))).isTrue();
        assertThat(s.repo().contribution(contribution(s, "k1", 1, "3", 1L))).isFalse();
        assertThat(count(s, "evidence_contribution")).isEqualTo(1);

        var response = new ResponseSubmitted(
                s.initiative(),
                8,
                Phase.CO_ASSESSMENT,
                55,
                List.of(
                        new ResponseSubmitted.ScaleAnswer(1, "scale5", 4),
                        new ResponseSubmitted.ScaleAnswer(2, "nps", 10)));
        assertThat(s.repo().response(response, DAY)).isTrue();
        assertThat(s.repo().response(response, DAY)).isFalse();
        assertThat(count(s, "evidence_response")).isEqualTo(1);
        var scales = s.repo().scales(s.initiative());
        assertThat(scales).hasSize(2);
        assertThat(scales.stream().mapToInt(EvidenceRepository.Scales::answers).sum())
                .isEqualTo(2);

        var rating = new RatingGiven(s.initiative(), 8, Phase.CO_ASSESSMENT, 1, DAY, 77, 1000);
        assertThat(s.repo().rating(rating)).isTrue();
        assertThat(s.repo().rating(rating)).isFalse();
        assertThat(count(s, "evidence_rating")).isEqualTo(1);
    }

    private static OutcomeRecorded outcome(
            Setup s, OutcomeRecorded.Scale scale, long instance, long revision, String first, String latest) {
        return new OutcomeRecorded(
                scale,
                s.initiative(),
                instance,
                scale == OutcomeRecorded.Scale.GAS ? Phase.CO_DESIGN : Phase.CO_ASSESSMENT,
                revision,
                DAY,
                new BigDecimal(first),
                DAY.plusDays(60),
                new BigDecimal(latest));
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aPlansOutcomeCountsOncePerPlanAndOnlyALaterOneReplacesIt(TestDatabase db) {
        var s = setup(db);
        var gas = outcome(s, OutcomeRecorded.Scale.GAS, 40, 7, "35.5", "52.5");
        assertThat(s.repo().outcome(gas)).isTrue();
        assertThat(s.repo().outcome(gas)).isFalse();
        assertThat(count(s, "evidence_outcome")).isEqualTo(1);
        // an older event arriving late changes nothing; a later score replaces the plan's row
        assertThat(s.repo().outcome(outcome(s, OutcomeRecorded.Scale.GAS, 40, 6, "35.5", "40")))
                .isFalse();
        assertThat(s.repo().outcome(outcome(s, OutcomeRecorded.Scale.GAS, 41, 3, "40", "50")))
                .isTrue();
        assertThat(s.repo().outcome(outcome(s, OutcomeRecorded.Scale.LADDER, 42, 9, "3.5", "6")))
                .isTrue();
        // a plan scored on one day only: its latest value counts, it has no change yet
        var once = new OutcomeRecorded(
                OutcomeRecorded.Scale.GAS,
                s.initiative(),
                43,
                Phase.CO_DESIGN,
                1,
                DAY,
                new BigDecimal("30"),
                DAY,
                new BigDecimal("30"));
        assertThat(s.repo().outcome(once)).isTrue();
        assertThat(count(s, "evidence_outcome")).isEqualTo(4);

        var outcomes = s.repo().outcomes(s.initiative());
        var gasRow = outcomes.stream()
                .filter(o -> o.scale().equals("gas"))
                .findFirst()
                .orElseThrow();
        assertThat(gasRow.plans()).isEqualTo(3);
        assertThat(gasRow.changedPlans()).isEqualTo(2);
        assertThat(gasRow.phase()).isEqualTo(Phase.CO_DESIGN);
        assertThat(gasRow.latest()).isCloseTo((52.5 + 50 + 30) / 3, within(1e-9));
        assertThat(gasRow.change()).isCloseTo(((52.5 - 35.5) + (50 - 40)) / 2, within(1e-9));
        var ladderRow = outcomes.stream()
                .filter(o -> o.scale().equals("ladder"))
                .findFirst()
                .orElseThrow();
        assertThat(ladderRow.plans()).isEqualTo(1);
        assertThat(ladderRow.changedPlans()).isEqualTo(1);
        assertThat(ladderRow.change()).isCloseTo(2.5, within(1e-9));
        assertThat(s.repo().outcomesInScope(null, true)).hasSize(2);

        // the database refuses a ladder outside 1–10 and an unknown scale
        assertThatThrownBy(() -> s.jdbc()
                        .sql("""
                                INSERT INTO evidence_outcome (instance_id, scale, revision, initiative_id, phase,
                                    first_on, first_value, latest_on, latest_value)
                                VALUES (50, 'ladder', 1, :i, 'co-assessment', :d, 0, :d, 11)
                                """)
                        .param("i", s.initiative())
                        .param("d", DAY)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.jdbc()
                        .sql("""
                                INSERT INTO evidence_outcome (instance_id, scale, revision, initiative_id, phase,
                                    first_on, first_value, latest_on, latest_value)
                                VALUES (51, 'mood', 1, :i, 'co-design', :d, 1, :d, 2)
                                """)
                        .param("i", s.initiative())
                        .param("d", DAY)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void onlyAHigherRevisionReplaces(TestDatabase db) {
        var s = setup(db);
        s.repo().contribution(contribution(s, "k", 2, "5", 1L));
        assertThat(s.repo().contribution(contribution(s, "k", 1, "9", 1L))).isFalse();
        assertThat(s.repo().contribution(contribution(s, "k", 3, "7", 1L))).isTrue();
        var inputs = s.repo().inputs(s.initiative());
        assertThat(inputs.get(0).citizenHours()).isEqualByComparingTo("7");
        // a quantity of 0 withdraws it from the figures
        s.repo().contribution(contribution(s, "k", 4, "0", 1L));
        assertThat(s.repo().inputs(s.initiative())).isEmpty();

        s.repo().rating(new RatingGiven(s.initiative(), 8, Phase.CO_ASSESSMENT, -1, DAY, 5, 2000));
        s.repo().rating(new RatingGiven(s.initiative(), 8, Phase.CO_ASSESSMENT, 1, DAY, 5, 1000));
        assertThat(s.repo().ratings(s.initiative()).get(0).negative()).isEqualTo(1);
        s.repo().rating(new RatingGiven(s.initiative(), 8, Phase.CO_ASSESSMENT, 1, DAY, 5, 3000));
        var r = s.repo().ratings(s.initiative()).get(0);
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.positive()).isEqualTo(1);

        // a named response changed: its answers are replaced, it still counts once
        s.repo()
                .response(
                        new ResponseSubmitted(
                                s.initiative(),
                                8,
                                Phase.CO_ASSESSMENT,
                                9,
                                List.of(new ResponseSubmitted.ScaleAnswer(1, "scale5", 2))),
                        DAY);
        s.repo()
                .response(
                        new ResponseSubmitted(
                                s.initiative(),
                                8,
                                Phase.CO_ASSESSMENT,
                                9,
                                List.of(new ResponseSubmitted.ScaleAnswer(1, "scale5", 5))),
                        DAY);
        var scales = s.repo().scales(s.initiative());
        assertThat(scales).hasSize(1);
        assertThat(scales.get(0).mean()).isEqualTo(5.0);
        assertThat(scales.get(0).people()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void eightThreadsDeliveringTheSameEventStoreItOnce(TestDatabase db) throws Exception {
        var s = setup(db);
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<Boolean>>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                return s.repo().contribution(contribution(s, "race", 1, "2", 1L))
                        | s.repo().reading(reading(s, 4, "120"));
            }));
        }
        start.countDown();
        for (var f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(count(s, "evidence_contribution")).isEqualTo(1);
        assertThat(count(s, "evidence_reading")).isEqualTo(1);
        assertThat(s.repo().inputs(s.initiative()).get(0).citizenHours()).isEqualByComparingTo("2");
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void portfolioQueriesCountInScopeOnly(TestDatabase db) {
        var s = setup(db);
        for (int p = 1; p <= 6; p++) {
            s.repo().contribution(contribution(s, "c" + p, 1, "2", (long) p));
        }
        s.repo().reading(reading(s, 1, "120"));
        s.repo().reading(reading(s, 2, "180"));
        assertThat(s.repo().scope(null, true))
                .extracting(EvidenceRepository.Scope::id)
                .containsExactly(s.initiative());
        var latest = s.repo().latestInScope(null, true);
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).value()).isEqualByComparingTo("180");
        assertThat(latest.get(0).readings()).isEqualTo(2);
        assertThat(latest.get(0).since()).isEqualTo(DAY.plusDays(1));
        var inputs = s.repo().inputsInScope(null, true);
        assertThat(inputs.get(0).people()).isEqualTo(6);
        assertThat(inputs.get(0).citizenHours()).isEqualByComparingTo("12");
        // a draft is counted nowhere
        s.jdbc().sql("UPDATE initiative SET status = 'draft'").update();
        assertThat(s.repo().scope(null, true)).isEmpty();
        assertThat(s.repo().inputsInScope(null, true)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theConstraintsRefuseBrokenRows(TestDatabase db) {
        var s = setup(db);
        assertThatThrownBy(() -> s.jdbc().sql("""
                        INSERT INTO evidence_scale (response_id, question_id, scale_kind, answer_value)
                        VALUES (999, 1, 'scale5', 3)
                        """).update()).isInstanceOf(DataIntegrityViolationException.class);
        s.repo().response(new ResponseSubmitted(s.initiative(), 8, Phase.CO_ASSESSMENT, 1, List.of()), DAY);
        assertThatThrownBy(() -> s.jdbc().sql("""
                        INSERT INTO evidence_scale (response_id, question_id, scale_kind, answer_value)
                        VALUES (1, 1, 'scale5', 6)
                        """).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.jdbc().sql("""
                        INSERT INTO evidence_rating (rating_id, revision, initiative_id, instance_id, phase, score, rated_on)
                        VALUES (1, 1, :i, 1, 'co-assessment', 2, DATE '2026-01-01')
                        """).param("i", s.initiative()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.jdbc().sql("""
                        INSERT INTO evidence_contribution (entry_key, revision, initiative_id, phase, side, kind, quantity,
                            contributed_on)
                        VALUES ('x', 0, :i, 'co-delivery', 'citizen', 'hours', 1, DATE '2026-01-01')
                        """).param("i", s.initiative()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // an invalid scale value in an event is left out, not stored
        s.repo()
                .response(
                        new ResponseSubmitted(
                                s.initiative(),
                                8,
                                Phase.CO_ASSESSMENT,
                                2,
                                List.of(new ResponseSubmitted.ScaleAnswer(1, "scale5", 9))),
                        DAY);
        assertThat(s.repo().scales(s.initiative())).isEmpty();
    }
}
