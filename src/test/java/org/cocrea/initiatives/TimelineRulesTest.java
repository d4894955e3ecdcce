package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.platform.FieldProblem;
import org.junit.jupiter.api.Test;

class TimelineRulesTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 1);
    private static final List<TimelinePhase> EXISTING =
            List.of(new TimelinePhase(1, Phase.CO_DESIGN, D, D.plusDays(9)));

    private static void assertProblem(TimelinePhase added, String key) {
        assertThatThrownBy(() -> TimelineRules.check(EXISTING, added))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        p -> org.assertj.core.api.Assertions.assertThat(p.key()).isEqualTo(key));
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
    }

    @Test
    void acceptsTheServiceCycleAndANewCycle() {
        assertThatCode(() -> TimelineRules.check(
                        EXISTING, new TimelinePhase(1, Phase.CO_COMMISSIONING, D.minusDays(10), D.minusDays(1))))
                .doesNotThrowAnyException();
        assertThatCode(() -> TimelineRules.check(
                        EXISTING, new TimelinePhase(2, Phase.CO_COMMISSIONING, D.plusDays(10), D.plusDays(20))))
                .doesNotThrowAnyException();
    }
}
