package org.cocrea.voting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.voting.Election;
import org.cocrea.voting.Outcome;
import org.cocrea.voting.Rational;
import org.cocrea.voting.Rule;

/**
 * Sequential Phragmén: voters earn money continuously and a project is bought as soon as its
 * approvers together can pay for it; the buyers' loads are equalised. Stops when the next
 * project to be bought no longer fits in the budget. Exact arithmetic throughout.
 */
public final class Phragmen {

    private Phragmen() {}

    public static Outcome select(Election election) {
        Run run = run(election);
        return Outcome.of(Rule.PHRAGMEN, run.selected(), election.budget() - run.left());
    }

    /**
     * A finished run: the selection in order, the budget left, and the project the count stopped at because it
     * no longer fitted (-1 when every supported project was bought).
     */
    record Run(List<Integer> selected, long left, int blocker) {}

    static Run run(Election election) {
        ApprovalProfile profile = ApprovalProfile.of(election);
        Rational[] load = new Rational[profile.weight.length];
        Arrays.fill(load, Rational.ZERO);
        boolean[] done = new boolean[profile.projects];
        List<Integer> selected = new ArrayList<>();
        long left = election.budget();
        while (true) {
            int best = -1;
            Rational bestTime = null;
            for (int p = 0; p < profile.projects; p++) {
                if (done[p] || profile.approvals[p] == 0) {
                    continue;
                }
                Rational time = completionTime(profile, load, p);
                int c = best < 0 ? -1 : time.compareTo(bestTime);
                if (c < 0 || (c == 0 && profile.tieBreak(p, best) < 0)) {
                    best = p;
                    bestTime = time;
                }
            }
            if (best < 0 || profile.cost[best] > left) {
                return new Run(selected, left, best);
            }
            for (int g : profile.approvers[best]) {
                load[g] = bestTime;
            }
            done[best] = true;
            selected.add(best);
            left -= profile.cost[best];
        }
    }

    /** When p's approvers, earning one unit per unit of time each, could buy it. */
    private static Rational completionTime(ApprovalProfile profile, Rational[] load, int p) {
        Map<Rational, long[]> weights = new IdentityHashMap<>();
        for (int g : profile.approvers[p]) {
            weights.computeIfAbsent(load[g], k -> new long[1])[0] += profile.weight[g];
        }
        Rational sum = Rational.of(profile.cost[p]);
        for (Map.Entry<Rational, long[]> e : weights.entrySet()) {
            sum = sum.add(e.getKey().multiply(e.getValue()[0]));
        }
        return sum.divide(profile.approvals[p]);
    }
}
