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
    /** Selected, or known to be unaffordable for good: budgets only shrink. */
    private final boolean[] done;
    /** Price per unit of utility: exact if computed this round, otherwise a lower bound. */
    private final double[] bound;
    /** Last price computed, a safe starting guess for the next computation. */
    private final double[] prices;
    /** Round in which the price was computed in full, and in which it was exactly 1/approvers. */
    private final int[] freshIn;

    private final int[] exactIn;
    private int round;
    private double price;
    private boolean nobodyCapped;

    private FastMes(ApprovalProfile profile, double start) {
        this.profile = profile;
        this.budget = new double[profile.weight.length];
        Arrays.fill(budget, start);
        this.moneyTolerance = TOLERANCE * Math.max(1.0, start * profile.voters);
        int m = profile.projects;
        done = new boolean[m];
        bound = new double[m];
        prices = new double[m];
        freshIn = new int[m];
        exactIn = new int[m];
        Arrays.fill(freshIn, -1);
        Arrays.fill(exactIn, -1);
    }

    /** The selection in order, or null when floating point cannot certify it. */
    static List<Integer> run(ApprovalProfile profile, double start) {
        return new FastMes(profile, start).search();
    }

    private List<Integer> search() {
        List<Integer> selected = new ArrayList<>();
        for (int p = 0; p < profile.projects; p++) {
            if (profile.cost[p] == 0 && profile.approvals[p] > 0) {
                done[p] = true;
                selected.add(p);
            }
        }
        for (round = 0; ; round++) {
            int chosen = cheapest();
            if (chosen == NONE) {
                return selected;
            }
            chosen = chosen == UNSURE ? UNSURE : certify(chosen);
            if (chosen == UNSURE) {
                return null;
            }
            pay(chosen, prices[chosen]);
            done[chosen] = true;
            selected.add(chosen);
        }
    }

    private static final int NONE = -1;
    private static final int UNSURE = -2;

    /**
     * Lazy search for the lowest price per unit: only the project with the lowest bound is
     * recomputed, and only until it is known to lose to the runner-up's bound.
     */
    private int cheapest() {
        while (true) {
            int best = argmin(-1);
            if (best < 0 || freshIn[best] == round) {
                return best;
            }
            int second = argmin(best);
            double cutoff = second < 0 ? Double.MAX_VALUE : bound[second] * (1 + TOLERANCE);
            if (refresh(best, cutoff) < 0) {
                return UNSURE;
            }
        }
    }

    /** Recomputes p's price and records it; returns the {@link #evaluate} status. */
    private int refresh(int p, double cutoff) {
        int status = evaluate(p, cutoff, prices[p]);
        if (status == 0) {
            done[p] = true;
        } else if (status > 0) {
            bound[p] = price / profile.cost[p];
            prices[p] = price;
            if (status == 1) {
                exactIn[p] = nobodyCapped ? round : -1;
                freshIn[p] = round;
            }
        }
        return status;
    }

    /**
     * Refreshes every rival whose lower bound is within the margin of the chosen ratio and
     * resolves near ties exactly when possible. Returns {@link #UNSURE} if it cannot.
     */
    private int certify(int chosen) {
        double limit = bound[chosen] * (1 + TOLERANCE);
        int winner = chosen;
        for (int p = 0; p < profile.projects; p++) {
            if (p == chosen || done[p] || profile.approvals[p] == 0 || bound[p] > limit) {
                continue;
            }
            if (freshIn[p] != round) {
                int status = refresh(p, Double.MAX_VALUE);
                if (status < 0) {
                    return UNSURE;
                }
                if (status == 0 || bound[p] > limit) {
                    continue;
                }
            }
            if (exactIn[p] != round || exactIn[winner] != round) {
                return UNSURE;
            }
            // Both ratios are exactly 1/approvers: more approvers is cheaper, then the tie-break.
            long a = profile.approvals[p];
            long w = profile.approvals[winner];
            if (a > w || (a == w && profile.tieBreak(p, winner) < 0)) {
                winner = p;
            }
        }
        return winner;
    }

    private int argmin(int except) {
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
        double lowest = Double.MAX_VALUE;
        // Branch-free on purpose: whether a voter is capped is unpredictable.
        for (int i = 0; i < groups.length; i++) {
            double b = budget[groups[i]];
            int w = weight[i];
            double paid = b * w;
            boolean poor = b < q;
            total += paid;
            capped += poor ? paid : 0;
            rest += poor ? 0 : w;
            lowest = b < lowest ? b : lowest;
        }
        if (total < cost - moneyTolerance) {
            return 0;
        }
        if (total <= cost + moneyTolerance) {
            return -1;
        }
        if (lowest > q * (1 + TOLERANCE) && q == cost / profile.approvals[p]) {
            price = q;
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
