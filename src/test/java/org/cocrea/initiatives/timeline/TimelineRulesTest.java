package org.cocrea.initiatives.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;

class TimelineRulesTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 1);
    private static final List<TimelinePhase> EXISTING =
            List.of(new TimelinePhase(1, Phase.CO_DESIGN, D, D.plusDays(9)));

    /** A whole first cycle, commissioning to assessment, ten days each from D. */
    private static final List<TimelinePhase> FIRST_CYCLE = List.of(
            new TimelinePhase(1, Phase.CO_COMMISSIONING, D, D.plusDays(9)),
            new TimelinePhase(1, Phase.CO_DESIGN, D.plusDays(10), D.plusDays(19)),
            new TimelinePhase(1, Phase.CO_DELIVERY, D.plusDays(20), D.plusDays(29)),
            new TimelinePhase(1, Phase.CO_ASSESSMENT, D.plusDays(30), D.plusDays(39)));

    private static final LocalDate AFTER = D.plusDays(40);

    private static void assertProblem(List<TimelinePhase> existing, TimelinePhase added, String field, String key) {
        assertThatThrownBy(() -> TimelineRules.check(existing, added)).isInstanceOfSatisfying(Refused.class, p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.field()).isEqualTo(field);
        });
    }

    private static void assertProblem(TimelinePhase added, String key) {
        assertThatThrownBy(() -> TimelineRules.check(EXISTING, added))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.key()).isEqualTo(key));
    }

    private static void assertAccepted(List<TimelinePhase> existing, TimelinePhase added) {
        assertThatCode(() -> TimelineRules.check(existing, added)).doesNotThrowAnyException();
    }

    private static List<TimelinePhase> plus(List<TimelinePhase> list, TimelinePhase... more) {
        var all = new java.util.ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void refusesBadTimelines() {
        assertProblem(
                new TimelinePhase(1, Phase.CO_DELIVERY, D.plusDays(20), D.plusDays(19)), "timeline.dates.reversed");
        assertProblem(new TimelinePhase(1, Phase.CO_DESIGN, D.plusDays(20), D.plusDays(30)), "timeline.phase.twice");
        assertProblem(new TimelinePhase(1, Phase.CO_DELIVERY, D.plusDays(5), D.plusDays(30)), "timeline.dates.overlap");
        assertProblem(
                new TimelinePhase(1, Phase.CO_COMMISSIONING, D.plusDays(20), D.plusDays(30)), "timeline.dates.order");
        assertProblem(
                new TimelinePhase(0, Phase.CO_DELIVERY, D.plusDays(20), D.plusDays(30)), "timeline.cycle.invalid");
        assertProblem(
                new TimelinePhase(21, Phase.CO_COMMISSIONING, D.plusDays(20), D.plusDays(30)),
                "timeline.cycle.invalid");
    }

    @Test
    void acceptsTheServiceCycleInAnyOrderOfAdding() {
        assertAccepted(EXISTING, new TimelinePhase(1, Phase.CO_COMMISSIONING, D.minusDays(10), D.minusDays(1)));
        assertAccepted(EXISTING, new TimelinePhase(1, Phase.CO_ASSESSMENT, D.plusDays(20), D.plusDays(30)));
    }

    @Test
    void aNewCycleFollowsACycleThatReachedAssessmentAndStartsWithCommissioning() {
        var second = new TimelinePhase(2, Phase.CO_COMMISSIONING, AFTER, AFTER.plusDays(9));
        assertAccepted(FIRST_CYCLE, second);
        var withSecond = plus(FIRST_CYCLE, second);
        assertAccepted(withSecond, new TimelinePhase(2, Phase.CO_DESIGN, AFTER.plusDays(10), AFTER.plusDays(19)));
        // a first cycle that is only assessment (a review of an existing service) may loop back too
        var review = List.of(new TimelinePhase(1, Phase.CO_ASSESSMENT, D, D.plusDays(9)));
        assertAccepted(review, new TimelinePhase(2, Phase.CO_COMMISSIONING, D.plusDays(10), D.plusDays(19)));
        // and a third cycle after a second that reached assessment
        var twoCycles =
                plus(withSecond, new TimelinePhase(2, Phase.CO_ASSESSMENT, AFTER.plusDays(10), AFTER.plusDays(19)));
        assertAccepted(twoCycles, new TimelinePhase(3, Phase.CO_COMMISSIONING, AFTER.plusDays(20), AFTER.plusDays(29)));
    }

    @Test
    void cyclesAreNumberedWithoutGaps() {
        assertProblem(
                FIRST_CYCLE,
                new TimelinePhase(3, Phase.CO_COMMISSIONING, AFTER, AFTER.plusDays(9)),
                "cycle",
                "timeline.cycle.gap");
        assertProblem(
                List.of(),
                new TimelinePhase(2, Phase.CO_COMMISSIONING, D, D.plusDays(9)),
                "cycle",
                "timeline.cycle.gap");
    }

    @Test
    void aNewCycleNeedsThePreviousCycleToHaveReachedAssessment() {
        assertProblem(
                EXISTING,
                new TimelinePhase(2, Phase.CO_COMMISSIONING, D.plusDays(10), D.plusDays(20)),
                "cycle",
                "timeline.cycle.needsAssessment");
        assertProblem(
                FIRST_CYCLE.subList(0, 3),
                new TimelinePhase(2, Phase.CO_COMMISSIONING, AFTER, AFTER.plusDays(9)),
                "cycle",
                "timeline.cycle.needsAssessment");
    }

    @Test
    void aNewCycleStartsWithCommissioning() {
        for (Phase phase : List.of(Phase.CO_DESIGN, Phase.CO_DELIVERY, Phase.CO_ASSESSMENT)) {
            assertProblem(
                    FIRST_CYCLE,
                    new TimelinePhase(2, phase, AFTER, AFTER.plusDays(9)),
                    "phase",
                    "timeline.cycle.startsWithCommissioning");
        }
    }

    @Test
    void aNewCycleStartsAfterThePreviousCycleEnds() {
        // before the previous cycle's assessment, without overlapping it
        assertProblem(
                FIRST_CYCLE,
                new TimelinePhase(2, Phase.CO_COMMISSIONING, D.minusDays(20), D.minusDays(11)),
                "start",
                "timeline.cycle.beforePrevious");
        // overlapping the previous cycle's assessment
        assertProblem(
                FIRST_CYCLE,
                new TimelinePhase(2, Phase.CO_COMMISSIONING, D.plusDays(35), D.plusDays(45)),
                "start",
                "timeline.dates.overlap");
        // within the new cycle, the service-cycle order still holds
        var withSecond = plus(FIRST_CYCLE, new TimelinePhase(2, Phase.CO_COMMISSIONING, AFTER, AFTER.plusDays(9)));
        assertProblem(
                withSecond,
                new TimelinePhase(2, Phase.CO_COMMISSIONING, AFTER.plusDays(20), AFTER.plusDays(29)),
                "phase",
                "timeline.phase.twice");
        assertProblem(
                plus(withSecond, new TimelinePhase(2, Phase.CO_DELIVERY, AFTER.plusDays(20), AFTER.plusDays(29))),
                new TimelinePhase(2, Phase.CO_DESIGN, AFTER.plusDays(30), AFTER.plusDays(39)),
                "start",
                "timeline.dates.order");
    }

    @Test
    void aPhaseANextCycleDependsOnCannotBeRemoved() {
        var withSecond = plus(
                FIRST_CYCLE,
                new TimelinePhase(2, Phase.CO_COMMISSIONING, AFTER, AFTER.plusDays(9)),
                new TimelinePhase(2, Phase.CO_DESIGN, AFTER.plusDays(10), AFTER.plusDays(19)));
        for (var needed : List.of(Phase.CO_ASSESSMENT)) {
            assertThatThrownBy(() -> TimelineRules.checkRemoval(withSecond, 1, needed))
                    .isInstanceOfSatisfying(
                            Refused.class, p -> assertThat(p.key()).isEqualTo("timeline.remove.neededByNextCycle"));
        }
        assertThatThrownBy(() -> TimelineRules.checkRemoval(withSecond, 2, Phase.CO_COMMISSIONING))
                .isInstanceOf(Refused.class);
        assertThatCode(() -> TimelineRules.checkRemoval(withSecond, 1, Phase.CO_DESIGN))
                .doesNotThrowAnyException();
        assertThatCode(() -> TimelineRules.checkRemoval(withSecond, 2, Phase.CO_DESIGN))
                .doesNotThrowAnyException();
        // the last cycle's commissioning goes when it is alone in its cycle
        var onlyCommissioning = withSecond.subList(0, 5);
        assertThatCode(() -> TimelineRules.checkRemoval(onlyCommissioning, 2, Phase.CO_COMMISSIONING))
                .doesNotThrowAnyException();
    }

    @Test
    void theFacilitatorsChoiceNamesTheCycle() {
        var both = plus(
                FIRST_CYCLE,
                new TimelinePhase(2, Phase.CO_COMMISSIONING, AFTER, AFTER.plusDays(9)),
                new TimelinePhase(2, Phase.CO_DESIGN, AFTER.plusDays(10), AFTER.plusDays(19)));
        var today = AFTER.plusDays(12);
        assertThat(initiative(both, null, null).activeCycle(today)).contains(2);
        assertThat(initiative(both, Phase.CO_DESIGN, 1).activePhase(today)).contains(Phase.CO_DESIGN);
        assertThat(initiative(both, Phase.CO_DESIGN, 1).activeCycle(today)).contains(1);
        assertThat(initiative(both, Phase.CO_DESIGN, 2).activeCycle(D)).contains(2);
        // chosen before this change, without a cycle: the latest cycle holding the phase
        assertThat(initiative(both, Phase.CO_DESIGN, null).activeCycle(D)).contains(2);
        assertThat(initiative(both, null, null).activeCycle(D.minusDays(1))).isEmpty();
    }

    private static Initiative initiative(List<TimelinePhase> timeline, Phase override, Integer cycle) {
        return new Initiative(
                1,
                "t",
                "s",
                "",
                1,
                null,
                ServiceDomain.OTHER,
                Level.GROUP,
                Status.OPEN,
                java.util.Set.of(),
                java.util.Set.of(),
                null,
                null,
                override,
                cycle,
                timeline,
                null,
                null,
                null);
    }

    // --- moving on to the next phase (issue 14) ---

    @Test
    void movingOnEndsTheActivePhaseYesterdayAndStartsThePlannedNextOneToday() {
        LocalDate today = D.plusDays(5);
        var move = TimelineRules.nextPhase(FIRST_CYCLE, Phase.CO_COMMISSIONING, 1, today);
        assertThat(move.ending()).isEqualTo(new TimelinePhase(1, Phase.CO_COMMISSIONING, D, today.minusDays(1)));
        assertThat(move.next()).isEqualTo(new TimelinePhase(1, Phase.CO_DESIGN, today, D.plusDays(19)));
        assertThat(move.planned()).isTrue();
        assertThat(move.newCycle()).isFalse();
        assertThat(move.after()).hasSize(4);
    }

    @Test
    void anUnplannedNextPhaseLastsAsLongAsThePhaseBeforeAndStopsBeforeTheNextPlannedOne() {
        var gap = List.of(
                new TimelinePhase(1, Phase.CO_COMMISSIONING, D, D.plusDays(9)),
                new TimelinePhase(1, Phase.CO_DELIVERY, D.plusDays(15), D.plusDays(29)));
        var move = TimelineRules.nextPhase(gap, Phase.CO_COMMISSIONING, 1, D.plusDays(8));
        assertThat(move.planned()).isFalse();
        // ten days (D + 8 to D + 17) would reach into co-delivery: it stops the day before
        assertThat(move.next()).isEqualTo(new TimelinePhase(1, Phase.CO_DESIGN, D.plusDays(8), D.plusDays(14)));
        var room = List.of(
                new TimelinePhase(1, Phase.CO_COMMISSIONING, D, D.plusDays(9)),
                new TimelinePhase(1, Phase.CO_DELIVERY, D.plusDays(30), D.plusDays(39)));
        assertThat(TimelineRules.nextPhase(room, Phase.CO_COMMISSIONING, 1, D.plusDays(8))
                        .next())
                .isEqualTo(new TimelinePhase(1, Phase.CO_DESIGN, D.plusDays(8), D.plusDays(17)));
        var alone = List.of(new TimelinePhase(1, Phase.CO_DESIGN, D, D.plusDays(2)));
        // a phase of three days is no measure: thirty days then
        assertThat(TimelineRules.nextPhase(alone, Phase.CO_DESIGN, 1, D.plusDays(1))
                        .next()
                        .end())
                .isEqualTo(D.plusDays(1 + TimelineRules.DEFAULT_DAYS - 1));
    }

    @Test
    void afterTheAssessmentTheNextCycleStartsWithCommissioning() {
        var move = TimelineRules.nextPhase(FIRST_CYCLE, Phase.CO_ASSESSMENT, 1, AFTER);
        assertThat(move.newCycle()).isTrue();
        assertThat(move.next()).isEqualTo(new TimelinePhase(2, Phase.CO_COMMISSIONING, AFTER, AFTER.plusDays(9)));
    }

    @Test
    void aPhaseThatBeganTodayOrIsNotOnTheTimelineCannotMoveOn() {
        assertThatThrownBy(() -> TimelineRules.nextPhase(FIRST_CYCLE, Phase.CO_DESIGN, 1, D.plusDays(10)))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.key()).isEqualTo("journey.next.tooSoon"));
        assertThatThrownBy(() -> TimelineRules.nextPhase(FIRST_CYCLE, Phase.CO_DESIGN, 2, D.plusDays(12)))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.key()).isEqualTo("journey.next.none"));
    }

    @Test
    void aMoveThatWouldBreakTheRulesIsRefused() {
        // co-design is planned but already over: a new end would overlap the delivery that has started
        var late = List.of(
                new TimelinePhase(1, Phase.CO_COMMISSIONING, D, D.plusDays(9)),
                new TimelinePhase(1, Phase.CO_DESIGN, D.plusDays(10), D.plusDays(11)),
                new TimelinePhase(1, Phase.CO_DELIVERY, D.plusDays(12), D.plusDays(40)));
        assertThatThrownBy(() -> TimelineRules.nextPhase(late, Phase.CO_COMMISSIONING, 1, D.plusDays(20)))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.key()).isEqualTo("journey.next.blocked"));
    }
}
