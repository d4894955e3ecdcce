package org.cocrea.plans.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.actions.ActionRepository;
import org.cocrea.plans.actions.ActionStatus;
import org.cocrea.plans.actions.DiaryEntry;
import org.cocrea.plans.actions.PerformerKind;
import org.cocrea.plans.actions.PlanAction;
import org.cocrea.plans.ladder.LadderArea;
import org.cocrea.plans.ladder.LadderReading;
import org.cocrea.plans.ladder.LadderRepository;
import org.cocrea.plans.needs.LifeDomain;
import org.cocrea.plans.needs.Need;
import org.cocrea.plans.needs.NeedRepository;
import org.cocrea.plans.needs.NeedsPage;
import org.cocrea.plans.review.ReviewRepository;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The needs, actions and diary, ladder and review tables, on H2 and PostgreSQL. */
class CareRepositoryTest {
    private record Fixture(long instance, long other, long person) {}

    private static Fixture fixture(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'health', 'individual', 'open', :now, :now)
                """).param("now", now).update();
        for (String phase : List.of("co-commissioning", "co-assessment")) {
            jdbc.sql("""
                    INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                    VALUES ((SELECT id FROM initiative), :phase, 'needs', :now)
                    """).param("phase", phase).param("now", now).update();
        }
        jdbc.sql("""
                INSERT INTO app_user (email, name, password_hash, language, kind, terms_accepted_at, created_at)
                VALUES ('p@example.org', 'P', '{noop}x', 'en', 'citizen', :now, :now)
                """).param("now", now).update();
        var instances = jdbc.sql("SELECT id FROM tool_instance ORDER BY id")
                .query(Long.class)
                .list();
        return new Fixture(
                instances.get(0),
                instances.get(1),
                jdbc.sql("SELECT id FROM app_user").query(Long.class).single());
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void needsAreDescribedRankedAndConfirmed(TestDatabase db) {
        var repo = new NeedRepository(db.jdbc());
        var f = fixture(db.jdbc());
        long a = repo.add(f.instance(), LifeDomain.HEALTH, "Walk", "I tire", "", f.person());
        long b = repo.add(f.instance(), LifeDomain.WORK_SCHOOL, "Job", "", "CV", f.person());
        long foreign = repo.add(f.other(), LifeDomain.HOME, "Stairs", "", "", f.person());
        assertThat(repo.describe(f.instance(), a, Side.PROFESSIONAL, "Knee")).isTrue();
        assertThat(repo.describe(f.instance(), foreign, Side.CITIZEN, "x")).isFalse();
        assertThat(repo.of(f.instance()))
                .extracting(Need::domain, Need::citizenText, Need::professionalText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LifeDomain.HEALTH, "I tire", "Knee"),
                        org.assertj.core.groups.Tuple.tuple(LifeDomain.WORK_SCHOOL, "", "CV"));

        repo.rank(f.instance(), f.person(), MemberRole.CITIZEN, List.of(b, a));
        repo.rank(f.instance(), f.person(), MemberRole.CITIZEN, List.of(a, b));
        // A need of another plan is never ranked in this one.
        repo.rank(f.instance(), f.person(), MemberRole.CITIZEN, List.of(a, foreign));
        assertThat(repo.ranks(f.instance()))
                .extracting(NeedRepository.Rank::needId, NeedRepository.Rank::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 1));
        assertThatThrownBy(() -> db.jdbc()
                        .sql("""
                                INSERT INTO plan_need_rank (tool_instance_id, ranker_id, ranker_role, need_id, rank_no,
                                    ranked_at) VALUES (:i, :p, 'citizen', :n, 1, CURRENT_TIMESTAMP)
                                """)
                        .param("i", f.instance())
                        .param("p", f.person())
                        .param("n", b)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> db.jdbc()
                        .sql("UPDATE plan_need SET domain = 'astrology' WHERE id = :n")
                        .param("n", a)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);

        repo.confirm(f.instance(), a + "," + b, f.person(), MemberRole.CITIZEN);
        assertThatThrownBy(() -> repo.confirm(f.instance(), a + "," + b, f.person(), MemberRole.CITIZEN))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(repo.confirmations(f.instance()))
                .extracting(NeedsPage.Confirmation::order)
                .containsExactly(a + "," + b);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void actionsAndTheDiaryRefuseNegativeTimeAndAmountsWithoutUnits(TestDatabase db) {
        var repo = new ActionRepository(db.jdbc());
        var f = fixture(db.jdbc());
        long action =
                repo.add(f.instance(), "Walk", PerformerKind.CITIZEN, f.person(), LocalDate.of(2027, 1, 1), f.person());
        repo.add(f.instance(), "Cook", PerformerKind.FAMILY, f.person(), null, f.person());
        assertThat(repo.status(f.instance(), action, ActionStatus.DONE)).isTrue();
        assertThat(repo.status(f.other(), action, ActionStatus.DROPPED)).isFalse();
        assertThat(repo.actions(f.instance()))
                .extracting(PlanAction::title, PlanAction::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Walk", ActionStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("Cook", ActionStatus.PLANNED));
        assertThat(repo.hasAction(f.instance(), action)).isTrue();
        assertThat(repo.hasAction(f.other(), action)).isFalse();

        for (int i = 0; i < 25; i++) {
            repo.log(
                    f.instance(),
                    f.person(),
                    new ActionRepository.NewEntry(
                            i % 2 == 0 ? action : null,
                            LocalDate.of(2026, 1, 1).plusDays(i),
                            "Day " + i,
                            10,
                            i % 5 == 0 ? new BigDecimal("2.50") : null,
                            i % 5 == 0 ? "km" : null,
                            ""));
        }
        var stats = repo.stats(f.instance());
        assertThat(stats.entries()).isEqualTo(25);
        assertThat(repo.diary(f.instance(), 0, 20))
                .hasSize(20)
                .first()
                .extracting(DiaryEntry::what)
                .isEqualTo("Day 24");
        assertThat(repo.diary(f.instance(), 20, 20))
                .extracting(DiaryEntry::what)
                .last()
                .isEqualTo("Day 0");
        assertThat(stats.minutes()).isEqualTo(250);
        assertThat(stats.totals()).singleElement().satisfies(t -> {
            assertThat(t.unit()).isEqualTo("km");
            assertThat(t.amount()).isEqualByComparingTo("12.50");
        });
        for (String bad : List.of("minutes = -1", "amount = -1", "unit = NULL", "status = 'finished'")) {
            String table = bad.startsWith("status") ? "plan_action" : "plan_diary";
            assertThatThrownBy(() -> db.jdbc()
                            .sql("UPDATE " + table + " SET " + bad + " WHERE tool_instance_id = :i")
                            .param("i", f.instance())
                            .update())
                    .as(bad)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void ladderReadingsKeepWhoScoredAndRefuseScoresOutsideOneToTen(TestDatabase db) {
        var repo = new LadderRepository(db.jdbc());
        var f = fixture(db.jdbc());
        repo.addArea(f.instance(), "Casa");
        repo.addArea(f.instance(), "Salute");
        repo.addArea(f.other(), "Casa");
        assertThatThrownBy(() -> repo.addArea(f.instance(), "Casa"))
                .isInstanceOf(DataIntegrityViolationException.class);
        var areas = repo.areas(f.instance());
        assertThat(areas).extracting(LadderArea::name).containsExactly("Casa", "Salute");
        long foreignArea = repo.areas(f.other()).get(0).id();
        repo.addReading(
                f.instance(),
                f.person(),
                MemberRole.CITIZEN,
                LocalDate.of(2026, 2, 1),
                Map.of(areas.get(0).id(), 3, areas.get(1).id(), 7, foreignArea, 9));
        repo.addReading(
                f.instance(),
                f.person(),
                MemberRole.OWNER,
                LocalDate.of(2026, 1, 1),
                Map.of(areas.get(0).id(), 5));
        var readings = repo.readings(f.instance());
        assertThat(readings)
                .extracting(LadderReading::readOn)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        assertThat(readings.get(1).scores())
                .containsOnlyKeys(areas.get(0).id(), areas.get(1).id());
        assertThat(readings.get(1).mean()).isEqualTo(5.0);
        assertThat(readings.get(1).side()).isEqualTo(Side.CITIZEN);
        assertThat(readings.get(0).side()).isEqualTo(Side.PROFESSIONAL);
        assertThatThrownBy(() ->
                        db.jdbc().sql("UPDATE plan_ladder_score SET score = 11").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        db.jdbc().sql("UPDATE plan_ladder_score SET score = 0").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void reviewsNumberTheirCyclesOnce(TestDatabase db) {
        var repo = new ReviewRepository(db.jdbc());
        var f = fixture(db.jdbc());
        assertThat(repo.cycles(f.instance())).isZero();
        long id = repo.add(
                f.instance(),
                1,
                new ReviewRepository.NewReview(LocalDate.of(2026, 5, 1), "S", "D", 3, List.of(f.person())),
                f.person());
        repo.opened(id, 4);
        assertThat(repo.cycles(f.instance())).isEqualTo(1);
        assertThatThrownBy(() -> repo.add(
                        f.instance(),
                        1,
                        new ReviewRepository.NewReview(LocalDate.of(2026, 6, 1), "S", "D", null, List.of()),
                        f.person()))
                .isInstanceOf(DataIntegrityViolationException.class);
        var review = repo.of(f.instance()).get(0);
        assertThat(review.participants()).containsExactly(f.person());
        assertThat(review.reviewedVersion()).isEqualTo(3);
        assertThat(review.openedVersion()).isEqualTo(4);
        assertThat(repo.of(f.other())).isEmpty();
    }
}
