package org.cocrea.voting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Method of Equal Shares in doubles, used because {@code mes-add1} reruns MES hundreds of times.
 * Only two decisions are discontinuous in the budgets: whether a project is affordable and which
 * project is cheapest per unit of utility. Payments themselves are continuous, so rounding can
 * only change the outcome through those decisions. Each is taken only when it clears a margin
 * (1e-9 relative) far above the accumulated rounding error; otherwise the run gives up and the
 * caller reruns it exactly. Exact ties of the common form "nobody capped", where the price per
 * unit is exactly 1/approvers, are resolved exactly by comparing the approver counts.
 */
final class FastMes {

    private static final double TOLERANCE = 1e-9;

    private final ApprovalProfile profile;
    private final double[] budget;
    private final double moneyTolerance;
    private double price;
    private long uncappedVoters;
    private boolean nobodyCapped;

    private FastMes(ApprovalProfile profile, double start) {
        this.profile = profile;
        this.budget = new double[profile.weight.length];
        Arrays.fill(budget, start);
        this.moneyTolerance = TOLERANCE * Math.max(1.0, start * profile.voters);
    }

    /** The selection in order, or null when floating point cannot certify it. */
    static List<Integer> run(ApprovalProfile profile, double start) {
        return new FastMes(profile, start).search();
    }

    private List<Integer> search() {
        int m = profile.projects;
        boolean[] done = new boolean[m];
        List<Integer> selected = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            if (profile.cost[p] == 0 && profile.approvals[p] > 0) {
                done[p] = true;
                selected.add(p);
            }
        }
        double[] bound = new double[m];
        double[] prices = new double[m];
        long[] uncapped = new long[m];
        int[] exactIn = new int[m];
        int[] freshIn = new int[m];
        Arrays.fill(freshIn, -1);
        Arrays.fill(exactIn, -1);
        for (int round = 0; ; round++) {
            int chosen = -1;
            while (chosen < 0) {
                int best = argmin(done, bound, -1);
                if (best < 0) {
                    return selected;
                }
                if (freshIn[best] == round) {
                    chosen = best;
                    continue;
                }
                int second = argmin(done, bound, best);
                double cutoff = second < 0 ? Double.MAX_VALUE : bound[second] * (1 + TOLERANCE);
                int status = evaluate(best, cutoff, prices[best]);
                if (status < 0) {
                    return null;
                }
                if (status == 0) {
                    done[best] = true;
                    continue;
                }
                bound[best] = price / profile.cost[best];
                prices[best] = price;
                if (status == 2) {
                    continue; // already known to lose this round; the bound is all we need
                }
                uncapped[best] = uncappedVoters;
                exactIn[best] = nobodyCapped ? round : -1;
                freshIn[best] = round;
            }
            chosen = certify(chosen, round, done, bound, prices, uncapped, exactIn, freshIn);
            if (chosen < 0) {
                return null;
            }
            pay(chosen, prices[chosen]);
            done[chosen] = true;
            selected.add(chosen);
        }
    }

    /**
     * Refreshes every rival whose lower bound is within the margin of the chosen ratio and
     * resolves near ties exactly when possible. Returns -1 if it cannot.
     */
    private int certify(
            int chosen,
            int round,
            boolean[] done,
            double[] bound,
            double[] prices,
            long[] uncapped,
            int[] exactIn,
            int[] freshIn) {
        double limit = bound[chosen] * (1 + TOLERANCE);
        int winner = chosen;
        for (int p = 0; p < profile.projects; p++) {
            if (p == chosen || done[p] || profile.approvals[p] == 0 || bound[p] > limit) {
                continue;
            }
            if (freshIn[p] != round) {
                int status = evaluate(p, Double.MAX_VALUE, prices[p]);
                if (status < 0) {
                    return -1;
                }
                if (status == 0) {
                    done[p] = true;
                    continue;
                }
                prices[p] = price;
                bound[p] = price / profile.cost[p];
                uncapped[p] = uncappedVoters;
                exactIn[p] = nobodyCapped ? round : -1;
                freshIn[p] = round;
                if (bound[p] > limit) {
                    continue;
                }
            }
            if (exactIn[p] != round || exactIn[winner] != round) {
                return -1;
            }
            // Both ratios are exactly 1/approvers: more approvers is cheaper, then the tie-break.
            if (uncapped[p] > uncapped[winner]
                    || (uncapped[p] == uncapped[winner] && profile.tieBreak(p, winner) < 0)) {
                winner = p;
            }
        }
        return winner;
    }

    private int argmin(boolean[] done, double[] bound, int except) {
        int best = -1;
        for (int p = 0; p < profile.projects; p++) {
            if (done[p] || profile.approvals[p] == 0 || p == except) {
                continue;
            }
            if (best < 0 || bound[p] < bound[best] || (bound[p] == bound[best] && profile.tieBreak(p, best) < 0)) {
                best = p;
            }
        }
        return best;
    }

    /**
     * 1 and sets {@link #price} if affordable, 0 if not, -1 if too close to call, 2 if the price
     * per unit already exceeds {@code cutoff} (then {@link #price} is only a lower bound).
     */
    private int evaluate(int p, double cutoff, double guess) {
        int[] groups = profile.approvers[p];
        int[] weight = profile.approverWeights[p];
        double cost = profile.cost[p];
        // Prices only grow as budgets shrink, so any earlier price is a safe starting guess; the
        // first one, nobody capped, is known before looking at any budget.
        double q = Math.max(guess, cost / profile.approvals[p]);
        double total = 0;
        double capped = 0;
        long rest = 0;
        int close = 0;
        double margin = q * (1 + TOLERANCE);
        // Branch-free on purpose: whether a voter is capped is unpredictable.
        for (int i = 0; i < groups.length; i++) {
            double b = budget[groups[i]];
            int w = weight[i];
            double paid = b * w;
            boolean poor = b < q;
            total += paid;
            capped += poor ? paid : 0;
            rest += poor ? 0 : w;
            close += b <= margin ? 1 : 0;
        }
        if (total < cost - moneyTolerance) {
            return 0;
        }
        if (total <= cost + moneyTolerance) {
            return -1;
        }
        if (close == 0 && q == cost / profile.approvals[p]) {
            price = q;
            uncappedVoters = profile.approvals[p];
            nobodyCapped = true;
            return 1;
        }
        nobodyCapped = false;
        // Each step caps the voters who cannot pay the current guess; guesses only grow.
        while (true) {
            if (rest == 0) {
                return -1;
            }
            double next = (cost - capped) / rest;
            if (next <= q) {
                price = q;
                return 1;
            }
            q = next;
            if (q / cost > cutoff) {
                price = q;
                return 2;
            }
            capped = 0;
            rest = 0;
            for (int i = 0; i < groups.length; i++) {
                double b = budget[groups[i]];
                boolean poor = b < q;
                capped += poor ? b * weight[i] : 0;
                rest += poor ? 0 : weight[i];
            }
        }
    }

    private void pay(int p, double q) {
        for (int g : profile.approvers[p]) {
            budget[g] = budget[g] <= q ? 0 : budget[g] - q;
        }
    }
}
