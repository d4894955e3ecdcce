package org.cocrea.opinions.analysis;

import java.util.HashMap;
import java.util.Map;

/** The adjusted Rand index of two partitions (Hubert and Arabie): 1 identical, about 0 as by chance. */
public final class Ari {
    private Ari() {}

    /** ARI of two labellings of the same items (equal length; any int labels). */
    public static double of(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the labellings differ in length");
        }
        int n = a.length;
        if (n < 2) {
            return 1;
        }
        Map<Long, Integer> both = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> columns = new HashMap<>();
        for (int i = 0; i < n; i++) {
            both.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
            rows.merge(a[i], 1, Integer::sum);
            columns.merge(b[i], 1, Integer::sum);
        }
        double index = both.values().stream().mapToDouble(Ari::pairs).sum();
        double sumRows = rows.values().stream().mapToDouble(Ari::pairs).sum();
        double sumColumns = columns.values().stream().mapToDouble(Ari::pairs).sum();
        double expected = sumRows * sumColumns / pairs(n);
        double max = (sumRows + sumColumns) / 2;
        if (max == expected) {
            return 1;
        }
        return (index - expected) / (max - expected);
    }

    /**
     * The ARI of a map's groups against groups published for the participants (e.g. a Polis export's
     * {@code group-id}), over the participants that have a published group (not clustered counts as a group of its
     * own); null when no participant has one.
     */
    public static Double versusPublished(Conversation conversation, OpinionMap map, Map<String, Integer> published) {
        int[] ours = new int[conversation.participants().size()];
        java.util.Arrays.fill(ours, -1);
        for (OpinionMap.Placed placed : map.placed()) {
            ours[placed.participant()] = placed.group();
        }
        java.util.List<Integer> a = new java.util.ArrayList<>();
        java.util.List<Integer> b = new java.util.ArrayList<>();
        for (int p = 0; p < ours.length; p++) {
            Integer theirs = published.get(conversation.participants().get(p));
            if (theirs != null) {
                a.add(ours[p]);
                b.add(theirs);
            }
        }
        if (a.isEmpty()) {
            return null;
        }
        return of(
                a.stream().mapToInt(Integer::intValue).toArray(),
                b.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double pairs(int count) {
        return count * (count - 1.0) / 2;
    }
}
