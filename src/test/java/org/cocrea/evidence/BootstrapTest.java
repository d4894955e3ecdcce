package org.cocrea.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bootstrap interval of the median on known data: exact where it must be, close to theory, deterministic. */
class BootstrapTest {
    @Test
    void noValuesNoInterval() {
        assertThat(Bootstrap.median(List.of())).isNull();
    }

    @Test
    void oneValueIsItsOwnInterval() {
        var i = Bootstrap.median(List.of(42.0));
        assertThat(i).isEqualTo(new Bootstrap.Interval(1, 42, 42, 42));
    }

    @Test
    void equalValuesGiveAnIntervalOfNoWidth() {
        var i = Bootstrap.median(List.of(7.0, 7.0, 7.0, 7.0, 7.0, 7.0));
        assertThat(i.median()).isEqualTo(7);
        assertThat(i.lower()).isEqualTo(7);
        assertThat(i.upper()).isEqualTo(7);
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertThat(Bootstrap.median(List.of(3.0, 1.0, 2.0)).median()).isEqualTo(2);
        assertThat(Bootstrap.median(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
    }

    /**
     * For 1..101 the sample median is 51, and the distribution-free 95% interval for a median of 101 values runs
     * from about the 41st to the 61st order statistic (n/2 ± 1.96·√n/2 ≈ 51 ± 9.8): the percentile bootstrap lands
     * there, within a couple of ranks.
     */
    @Test
    void theIntervalOnOneToHundredAndOneMatchesTheOrderStatisticInterval() {
        var values = new ArrayList<Double>();
        for (int v = 1; v <= 101; v++) {
            values.add((double) v);
        }
        var i = Bootstrap.median(values);
        assertThat(i.count()).isEqualTo(101);
        assertThat(i.median()).isEqualTo(51);
        assertThat(i.lower()).isCloseTo(41.2, within(3.0));
        assertThat(i.upper()).isCloseTo(60.8, within(3.0));
        assertThat(i.lower()).isLessThan(i.median());
        assertThat(i.upper()).isGreaterThan(i.median());
    }

    @Test
    void theSameValuesGiveTheSameIntervalInAnyOrder() {
        var a = Bootstrap.median(List.of(5.0, 9.0, 1.0, 7.0, 3.0, 8.0, 2.0));
        var b = Bootstrap.median(List.of(2.0, 8.0, 3.0, 7.0, 1.0, 9.0, 5.0));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void moreValuesNarrowTheInterval() {
        var small = new ArrayList<Double>();
        var large = new ArrayList<Double>();
        for (int k = 0; k < 400; k++) {
            double v = (k * 37) % 100;
            if (k < 20) {
                small.add(v);
            }
            large.add(v);
        }
        var s = Bootstrap.median(small);
        var l = Bootstrap.median(large);
        assertThat(l.upper() - l.lower()).isLessThan(s.upper() - s.lower());
    }

    @Test
    void percentileInterpolatesBetweenRanks() {
        double[] sorted = {0, 10, 20, 30, 40};
        assertThat(Bootstrap.percentile(sorted, 0.5)).isEqualTo(20);
        assertThat(Bootstrap.percentile(sorted, 0.125)).isEqualTo(5);
        assertThat(Bootstrap.percentile(sorted, 1)).isEqualTo(40);
    }
}
