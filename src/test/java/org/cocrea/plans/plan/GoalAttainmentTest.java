package org.cocrea.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.plans.plan.GoalAttainment.Observation;
import org.cocrea.plans.plan.GoalAttainment.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoalAttainmentTest {
    private static double t(Score... scores) {
        return Math.round(GoalAttainment.tScore(List.of(scores)) * 100) / 100.0;
    }

    @Test
    void threeUnweightedGoals() {
        assertThat(t(new Score(1, -1), new Score(1, -1), new Score(1, -1))).isEqualTo(36.31);
        assertThat(t(new Score(1, 0), new Score(1, 0), new Score(1, 0))).isEqualTo(50.00);
        assertThat(t(new Score(1, 1), new Score(1, 1), new Score(1, 1))).isEqualTo(63.69);
    }

    @Test
    void weightedGoals() {
        assertThat(GoalAttainment.tScore(List.of(new Score(1, 1), new Score(2, 0), new Score(3, -1))))
                .isCloseTo(45.59, within(0.005));
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, 3, 100, Integer.MIN_VALUE})
    void levelsOutsideTheScaleAreRefused(int level) {
        assertThat(GoalAttainment.validLevel(level)).isFalse();
        assertThatThrownBy(() -> new Score(1, level)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, -0.001, Double.NaN, Double.POSITIVE_INFINITY})
    void weightsThatAreNotPositiveAreRefused(double weight) {
        assertThat(GoalAttainment.validWeight(weight)).isFalse();
        assertThatThrownBy(() -> new Score(weight, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noGoalsHasNoScore() {
        assertThatThrownBy(() -> GoalAttainment.tScore(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWeightIsImportanceTimesDifficultyEachOneToThree() {
        assertThat(GoalAttainment.weight(1, 1)).isEqualTo(1);
        assertThat(GoalAttainment.weight(2, 3)).isEqualTo(6);
        assertThat(GoalAttainment.weight(3, 3)).isEqualTo(9);
        for (int bad : new int[] {0, 4, -1}) {
            assertThat(GoalAttainment.validRating(bad)).isFalse();
            assertThatThrownBy(() -> GoalAttainment.weight(bad, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> GoalAttainment.weight(1, bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theTScoreByDateUsesEachGoalsLatestScoreOnOrBeforeThatDay() {
        var d1 = LocalDate.of(2025, 1, 10);
        var d2 = LocalDate.of(2025, 2, 10);
        var d3 = LocalDate.of(2025, 3, 10);
        // Goal 1 (weight 2) scored on d1 and d3; goal 2 (weight 6) first scored on d2, twice that day.
        var byDate = GoalAttainment.byDate(List.of(
                new Observation(1, 2, d1, -1),
                new Observation(1, 2, d3, 1),
                new Observation(2, 6, d2, -2),
                new Observation(2, 6, d2, 0)));
        assertThat(byDate).extracting(GoalAttainment.Dated::on).containsExactly(d1, d2, d3);
        // On d1 only goal 1 counts; on d2 goal 1 at −1 and goal 2 at its later score that day, 0.
        assertThat(byDate.get(0).tScore()).isCloseTo(GoalAttainment.tScore(List.of(new Score(2, -1))), within(1e-9));
        assertThat(byDate.get(1).tScore())
                .isCloseTo(GoalAttainment.tScore(List.of(new Score(2, -1), new Score(6, 0))), within(1e-9));
        assertThat(byDate.get(2).tScore())
                .isCloseTo(GoalAttainment.tScore(List.of(new Score(2, 1), new Score(6, 0))), within(1e-9));
        assertThat(byDate.get(0).tScore()).isCloseTo(40.0, within(0.005));
        assertThat(GoalAttainment.byDate(List.of())).isEmpty();
    }

    @Test
    void theFirstScoreByDateIsTheBaselineAndTheLatestFollowUpIsTheLastOne() {
        var d1 = LocalDate.of(2025, 1, 10);
        var none = new Goal(1, "Walk", 2, 2, 1, List.of(), List.of());
        assertThat(none.baseline()).isNull();
        assertThat(none.latestFollowUp()).isNull();
        assertThat(none.latestLevel()).isNull();
        var once = new Goal(1, "Walk", 2, 2, 1, List.of(), List.of(new Goal.Scored(-1, d1, null)));
        assertThat(once.baseline().level()).isEqualTo(-1);
        assertThat(once.latestFollowUp())
                .as("a baseline alone has no follow-up")
                .isNull();
        var thrice = new Goal(
                1,
                "Walk",
                2,
                2,
                1,
                List.of("a", "b", "c", "d", "e"),
                List.of(
                        new Goal.Scored(-1, d1, null),
                        new Goal.Scored(0, d1.plusMonths(1), null),
                        new Goal.Scored(2, d1.plusMonths(2), null)));
        assertThat(thrice.baseline().on()).isEqualTo(d1);
        assertThat(thrice.latestFollowUp().level()).isEqualTo(2);
        assertThat(thrice.latestFollowUp().levelText()).isEqualTo("+2");
        assertThat(thrice.levelText(0)).isEqualTo("c");
        assertThat(thrice.weightText()).isEqualTo("2");
        // The plan service turns goals into the same by-date scores.
        assertThat(PlanService.tScoresByDate(List.of(thrice, once)))
                .extracting(GoalAttainment.Dated::on)
                .containsExactly(d1, d1.plusMonths(1), d1.plusMonths(2));
    }
}
