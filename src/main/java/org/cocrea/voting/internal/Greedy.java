package org.cocrea.voting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cocrea.voting.Election;
import org.cocrea.voting.Outcome;
import org.cocrea.voting.Rule;
import org.cocrea.voting.Tallies;

/** Greedy selection by score; ties keep election order, which is what cities did. */
public final class Greedy {

    private Greedy() {}

    public static Outcome select(Election election, Rule rule, boolean skip, Optional<BigDecimal> threshold) {
        long[] scores = Tallies.scores(election);
        List<Integer> selected = new ArrayList<>();
        long left = election.budget();
        for (int p : byScore(scores)) {
            if (threshold.isPresent() && BigDecimal.valueOf(scores[p]).compareTo(threshold.get()) < 0) {
                continue;
            }
            long cost = election.projects().get(p).cost();
            if (cost <= left) {
                selected.add(p);
                left -= cost;
            } else if (!skip) {
                break;
            }
        }
        return Outcome.of(rule, selected, election.budget() - left);
    }

    /** Project indices by decreasing score; the sort is stable so ties keep election order. */
    static Integer[] byScore(long[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer p) -> scores[p]).reversed());
        return order;
    }
}
