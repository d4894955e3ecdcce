package org.cocrea.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The progress formula: (latest − baseline) / (target − baseline), raw when stored, clamped when shown. */
class ProgressTest {
    private static Progress of(String baseline, String target, String latest) {
        return Progress.of(new BigDecimal(baseline), new BigDecimal(target), new BigDecimal(latest));
    }

    @Test
    void higherIsBetter() {
        var p = of("120", "200", "163");
        assertThat(p.raw()).isEqualByComparingTo("53.75");
        assertThat(p.shown()).isEqualTo(54);
        assertThat(p.beyond()).isFalse();
        assertThat(p.backwards()).isFalse();
    }

    @Test
    void lowerIsBetterCountsAFallAsProgress() {
        var p = of("14", "4", "6");
        assertThat(p.raw()).isEqualByComparingTo("80");
        assertThat(p.shown()).isEqualTo(80);
        var worse = of("14", "4", "15");
        assertThat(worse.raw()).isEqualByComparingTo("-10");
        assertThat(worse.backwards()).isTrue();
        assertThat(worse.shown()).isZero();
    }

    @Test
    void passingTheTargetIsStoredRawAndShownAsAHundred() {
        var p = of("120", "200", "240");
        assertThat(p.raw()).isEqualByComparingTo("150");
        assertThat(p.shown()).isEqualTo(100);
        assertThat(p.beyond()).isTrue();
    }

    @Test
    void decimalsAndNegativeValues() {
        assertThat(of("-2", "2", "0").raw()).isEqualByComparingTo("50");
        assertThat(of("3.5", "4.5", "3.75").raw()).isEqualByComparingTo("25");
        assertThat(of("0", "3", "1").raw()).isEqualByComparingTo("33.33");
    }

    @Test
    void aTargetEqualToTheBaselineHasNoProgress() {
        assertThatThrownBy(() -> of("10", "10", "12")).isInstanceOf(IllegalArgumentException.class);
    }
}
