package org.cocrea.voting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.voting.Rational;

/**
 * Method of Equal Shares in exact rational arithmetic: the reference the fast path falls back to
 * whenever floating point cannot certify a decision.
 *
 * <p>Voters with the same payment history share one {@link Rational} object, so sums run over
 * distinct budgets rather than over voters.
 */
final class ExactMes {

    private final ApprovalProfile profile;
    private final Rational[] budget;

    private ExactMes(ApprovalProfile profile, Rational start) {
        this.profile = profile;
        this.budget = new Rational[profile.weight.length];
        Arrays.fill(budget, start);
    }

    private ExactMes(ApprovalProfile profile, Rational[] budget) {
        this.profile = profile;
        this.budget = budget;
    }

    /** A run over {@code budget}, which it changes in place as it pays (for {@link Explain}'s replay). */
    static ExactMes replaying(ApprovalProfile profile, Rational[] budget) {
        return new ExactMes(profile, budget);
    }

    /** Final state of a run: the selection and each group's remaining budget. */
    record Run(List<Integer> selected, long cost, Rational[] budgets) {}

    static Run run(ApprovalProfile profile, Rational start) {
        return new ExactMes(profile, start).search();
    }

    /** Replays a known selection order to recover exact payments. */
    static Rational[] replay(ApprovalProfile profile, Rational start, List<Integer> order) {
        ExactMes mes = new ExactMes(profile, start);
        for (int p : order) {
            if (profile.cost[p] > 0) {
                mes.pay(p, mes.price(p));
            }
        }
        return mes.budget;
    }

    private Run search() {
        int m = profile.projects;
        boolean[] done = new boolean[m];
        List<Integer> selected = new ArrayList<>();
        long total = 0;
        for (int p = 0; p < m; p++) {
            if (profile.cost[p] == 0 && profile.approvals[p] > 0) {
                done[p] = true;
                selected.add(p);
            }
        }
        Rational[] bound = new Rational[m];
        Rational[] price = new Rational[m];
        int[] freshIn = new int[m];
        Arrays.fill(bound, Rational.ZERO);
        Arrays.fill(freshIn, -1);
        for (int round = 0; ; round++) {
            int chosen = -1;
            while (chosen < 0) {
                int best = argmin(done, bound);
                if (best < 0) {
                    return new Run(selected, total, budget);
                }
                if (freshIn[best] == round) {
                    chosen = best;
                    continue;
                }
                Rational q = price(best);
                if (q == null) {
                    done[best] = true; // budgets only shrink, so it stays unaffordable
                    continue;
                }
                price[best] = q;
                bound[best] = q.divide(profile.cost[best]);
                freshIn[best] = round;
            }
            pay(chosen, price[chosen]);
            done[chosen] = true;
            selected.add(chosen);
            total += profile.cost[chosen];
        }
    }

    private int argmin(boolean[] done, Rational[] bound) {
        int best = -1;
        for (int p = 0; p < profile.projects; p++) {
            if (done[p] || profile.approvals[p] == 0) {
                continue;
            }
            if (best < 0) {
                best = p;
                continue;
            }
            int c = bound[p].compareTo(bound[best]);
            if (c < 0 || (c == 0 && profile.tieBreak(p, best) < 0)) {
                best = p;
            }
        }
        return best;
    }

    /** The equal-share payment for project p, or null when its approvers cannot afford it. */
    Rational price(int p) {
        Map<Rational, long[]> weights = new IdentityHashMap<>();
        for (int g : profile.approvers[p]) {
            weights.computeIfAbsent(budget[g], k -> new long[1])[0] += profile.weight[g];
        }
        List<Map.Entry<Rational, long[]>> values = new ArrayList<>(weights.entrySet());
        Rational total = Rational.ZERO;
        long count = 0;
        for (Map.Entry<Rational, long[]> e : values) {
            total = total.add(e.getKey().multiply(e.getValue()[0]));
            count += e.getValue()[0];
        }
        Rational remaining = Rational.of(profile.cost[p]);
        if (total.compareTo(remaining) < 0) {
            return null;
        }
        values.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Rational, long[]> e : values) {
            if (e.getKey().multiply(count).compareTo(remaining) >= 0) {
                return remaining.divide(count);
            }
            remaining = remaining.subtract(e.getKey().multiply(e.getValue()[0]));
            count -= e.getValue()[0];
        }
        throw new IllegalStateException("affordable project without a price");
    }

    void pay(int p, Rational q) {
        Map<Rational, Rational> after = new IdentityHashMap<>();
        for (int g : profile.approvers[p]) {
            Rational b = budget[g];
            budget[g] = b.compareTo(q) <= 0 ? Rational.ZERO : after.computeIfAbsent(b, x -> x.subtract(q));
        }
    }
}
