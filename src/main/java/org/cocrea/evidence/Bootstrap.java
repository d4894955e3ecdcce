package org.cocrea.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The median of a group of values with its bootstrap 95% confidence interval, in plain Java: {@link #RESAMPLES}
 * resamples with replacement drawn by a generator seeded from the values themselves, so the same values always give
 * the same interval (a page, a download and a test agree; a resample is drawn as counts per sorted position, so its
 * median needs no sorting), and the 2.5th and 97.5th percentiles of the resampled
 * medians as the interval's ends (the percentile method). Descriptive only: it says how much the median would move
 * with other initiatives like these, not why.
 */
final class Bootstrap {
    static final int RESAMPLES = 1000;
    private static final long SEED = 0x5EEDC0C4EAL;

    private Bootstrap() {}

    /** A group's median and its interval; both ends equal the median when there is a single value. */
    record Interval(int count, double median, double lower, double upper) {}

    static Interval median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = median(sorted);
        int n = sorted.length;
        if (n == 1) {
            return new Interval(1, median, median, median);
        }
        var random = new SplittableRandom(SEED ^ (31L * n) ^ Arrays.hashCode(sorted));
        double[] medians = new double[RESAMPLES];
        int[] drawn = new int[n];
        for (int b = 0; b < RESAMPLES; b++) {
            // A resample as counts of each sorted position: its median is read off the running count, no sorting.
            Arrays.fill(drawn, 0);
            for (int k = 0; k < n; k++) {
                drawn[random.nextInt(n)]++;
            }
            medians[b] = (nth(sorted, drawn, (n - 1) / 2) + nth(sorted, drawn, n / 2)) / 2;
        }
        Arrays.sort(medians);
        return new Interval(n, median, percentile(medians, 0.025), percentile(medians, 0.975));
    }

    /** The value at a position (from 0) of the resample whose counts per sorted position are given. */
    private static double nth(double[] sorted, int[] drawn, int position) {
        int seen = 0;
        for (int i = 0; i < drawn.length; i++) {
            seen += drawn[i];
            if (seen > position) {
                return sorted[i];
            }
        }
        return sorted[sorted.length - 1];
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The percentile of sorted values by linear interpolation between the closest ranks. */
    static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
