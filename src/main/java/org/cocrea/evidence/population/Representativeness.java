package org.cocrea.evidence.population;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison of one dimension, worked out on the server. With p the participants' share of a band (among those
 * who gave this dimension) and q the population's share, the index is 1 − ½ Σ|p − q|: 1 when the participants are
 * spread across the bands exactly as the population is, 0 when they all fall in bands where nobody of the population
 * is. It is the complement of the dissimilarity index; ½ Σ|p − q| is the share of participants who would have to be
 * in another band for the two to match.
 *
 * <p>Small numbers are never shown: a band with fewer than {@link #MIN} participants is shown as "fewer than 5"
 * without a bar; when that leaves exactly one such band, the smallest other band is hidden too, so no hidden number
 * follows from the others by subtraction; a dimension that fewer than {@link #MIN} people gave shows no band and no
 * index.
 */
final class Representativeness {
    static final int MIN = 5;
    static final int WIDTH = 360;
    static final int BAR_SPACE = 280;
    static final int ROW = 62;

    private Representativeness() {}

    /** 1 − ½ Σ|p_i − q_i| for shares p and q of the same bands (each summing to 1), rounded to two decimals. */
    static BigDecimal index(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("bands differ");
        }
        double distance = 0;
        for (int i = 0; i < p.length; i++) {
            distance += Math.abs(p[i] - q[i]);
        }
        double index = Math.max(0, Math.min(1, 1 - distance / 2));
        return BigDecimal.valueOf(index).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * One dimension: the organisation's bands in their order, with the counts of participants in each (bands not in
     * the map have none). {@code gave} counts the participants placed in some band.
     */
    static DimensionView compare(Dimension dimension, List<Margin> margins, Map<String, Long> counts) {
        int n = margins.size();
        double populationTotal =
                margins.stream().mapToDouble(m -> m.amount().doubleValue()).sum();
        long gave = 0;
        long[] c = new long[n];
        for (int i = 0; i < n; i++) {
            c[i] = counts.getOrDefault(margins.get(i).band(), 0L);
            gave += c[i];
        }
        double[] p = new double[n];
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = populationTotal == 0 ? 0 : margins.get(i).amount().doubleValue() / populationTotal;
            p[i] = gave == 0 ? 0 : (double) c[i] / gave;
        }
        boolean enough = gave >= MIN;
        boolean[] hidden = hidden(c, enough);
        var bands = new ArrayList<BandView>();
        for (int i = 0; i < n; i++) {
            int y = i * ROW + 6;
            int populationWidth = (int) Math.round(BAR_SPACE * q[i]);
            int participantWidth = hidden[i] ? 0 : (int) Math.round(BAR_SPACE * p[i]);
            bands.add(new BandView(
                    margins.get(i).band(),
                    hidden[i],
                    hidden[i] ? null : c[i],
                    hidden[i] ? null : percent(p[i]),
                    percent(q[i]),
                    y,
                    participantWidth,
                    populationWidth));
        }
        return new DimensionView(
                dimension, enough ? index(p, q) : null, enough, enough ? gave : null, bands, WIDTH, n * ROW + 12);
    }

    /** Which bands to hide: those under {@link #MIN}, and the smallest other when only one is under it. */
    static boolean[] hidden(long[] counts, boolean enough) {
        boolean[] hidden = new boolean[counts.length];
        int small = 0;
        for (int i = 0; i < counts.length; i++) {
            hidden[i] = !enough || counts[i] < MIN;
            if (hidden[i]) {
                small++;
            }
        }
        if (enough && small == 1) {
            Integer smallest = null;
            for (int i = 0; i < counts.length; i++) {
                if (!hidden[i] && (smallest == null || counts[i] < counts[smallest])) {
                    smallest = i;
                }
            }
            if (smallest != null) {
                hidden[smallest] = true;
            }
        }
        return hidden;
    }

    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
