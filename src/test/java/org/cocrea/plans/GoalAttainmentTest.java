package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cocrea.plans.GoalAttainment.Score;
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
}
