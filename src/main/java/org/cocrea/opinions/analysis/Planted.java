package org.cocrea.opinions.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic conversations with planted opinion groups, for tests and benchmarks: participants drawn from k groups
 * of unequal sizes; each statement has, per group, a probability of agreeing; a share of the statements are
 * consensus statements every group agrees with; each person sees a share of the statements, passes on some and
 * votes at random on some (noise).
 *
 * @param conversation the votes
 * @param group the planted group of each participant
 * @param consensus the statements planted as consensus (every group agrees with probability 0.8 to 0.95)
 * @param agree agree[g][s]: the probability that a member of group g agrees with statement s (before passes and
 *     noise)
 */
public record Planted(Conversation conversation, int[] group, List<Integer> consensus, double[][] agree) {

    /**
     * The knobs of a planted conversation.
     *
     * @param seenFrom the least share of statements a participant sees (e.g. 0.15)
     * @param seenTo the largest share (e.g. 0.9)
     * @param pass the probability of passing on a statement seen
     * @param noise the probability of a random vote instead of the group's
     * @param consensusShare the share of statements every group agrees with
     */
    public record Shape(
            int participants,
            int statements,
            int groups,
            double seenFrom,
            double seenTo,
            double pass,
            double noise,
            double consensusShare) {}

    /** The shape the issue describes: 15–90% seen, 10% passes, 5% noise, 10% consensus statements. */
    public static Shape shape(int participants, int statements, int groups) {
        return new Shape(participants, statements, groups, 0.15, 0.9, 0.1, 0.05, 0.1);
    }

    public static Planted generate(Shape shape, long seed) {
        Random random = new Random(seed);
        int k = shape.groups();
        int m = shape.statements();
        double[] weight = new double[k];
        double total = 0;
        for (int g = 0; g < k; g++) {
            weight[g] = 1 + 3 * random.nextDouble(); // unequal sizes, up to 4 : 1
            total += weight[g];
        }
        double[][] agree = new double[k][m];
        List<Integer> consensus = new ArrayList<>();
        for (int s = 0; s < m; s++) {
            boolean common = random.nextDouble() < shape.consensusShare();
            if (common) {
                consensus.add(s);
            }
            for (int g = 0; g < k; g++) {
                agree[g][s] = common ? 0.8 + 0.15 * random.nextDouble() : 0.05 + 0.9 * random.nextDouble();
            }
        }
        int n = shape.participants();
        int[] group = new int[n];
        List<String> participants = new ArrayList<>(n);
        List<String> statements = new ArrayList<>(m);
        for (int s = 0; s < m; s++) {
            statements.add(Integer.toString(s));
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) (n * (double) m * shape.seenTo()) + 16);
        int[] participant = new int[Math.min(capacity, 1 << 16)];
        int[] statement = new int[participant.length];
        byte[] value = new byte[participant.length];
        int size = 0;
        int[] order = new int[m];
        for (int s = 0; s < m; s++) {
            order[s] = s;
        }
        for (int p = 0; p < n; p++) {
            participants.add(Integer.toString(p));
            double u = random.nextDouble() * total;
            int g = 0;
            while (g < k - 1 && u >= weight[g]) {
                u -= weight[g];
                g++;
            }
            group[p] = g;
            double share = shape.seenFrom() + (shape.seenTo() - shape.seenFrom()) * random.nextDouble();
            int seen = Math.max(1, (int) Math.round(share * m));
            for (int i = 0; i < seen; i++) { // a partial shuffle picks the statements seen
                int j = i + random.nextInt(m - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < seen; i++) {
                int s = order[i];
                byte v;
                double r = random.nextDouble();
                if (r < shape.noise()) {
                    v = (byte) (random.nextInt(3) - 1);
                } else if (random.nextDouble() < shape.pass()) {
                    v = 0;
                } else {
                    v = random.nextDouble() < agree[g][s] ? (byte) 1 : (byte) -1;
                }
                if (size == value.length) {
                    int grown = (int) Math.min(Integer.MAX_VALUE - 8, size * 2L);
                    participant = java.util.Arrays.copyOf(participant, grown);
                    statement = java.util.Arrays.copyOf(statement, grown);
                    value = java.util.Arrays.copyOf(value, grown);
                }
                participant[size] = p;
                statement[size] = s;
                value[size] = v;
                size++;
            }
        }
        Conversation conversation = new Conversation(
                List.copyOf(participants),
                List.copyOf(statements),
                java.util.Arrays.copyOf(participant, size),
                java.util.Arrays.copyOf(statement, size),
                java.util.Arrays.copyOf(value, size));
        return new Planted(conversation, group, List.copyOf(consensus), agree);
    }
}
