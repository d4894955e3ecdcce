package org.cocrea.voting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.voting.Election;
import org.cocrea.voting.Explanation;
import org.cocrea.voting.Explanation.Kind;
import org.cocrea.voting.Explanation.Reason;
import org.cocrea.voting.Outcome;
import org.cocrea.voting.Rational;
import org.cocrea.voting.Rule;
import org.cocrea.voting.Tallies;

/**
 * Replays a rule's run to say why each project was or was not funded ({@link Explanation}). The replay follows the
 * outcome's own selection order, so it explains exactly what the rule did.
 */
public final class Explain {

    private Explain() {}

    public static Explanation of(Election election, Outcome outcome) {
        long[] scores = Tallies.scores(election);
        Rule rule = outcome.rule();
        List<Reason> reasons = switch (rule) {
            case MES, MES_ADD1, MES_ADD1_COMPARISON ->
                outcome.share().isPresent()
                        ? equalShares(election, outcome, scores, outcome.share().get())
                        : greedy(election, outcome, scores, true, Optional.empty());
            case GREEDY -> greedy(election, outcome, scores, true, Optional.empty());
            case GREEDY_THRESHOLD -> greedy(election, outcome, scores, true, election.scoreThreshold());
            case GREEDY_NO_SKIP -> greedy(election, outcome, scores, false, Optional.empty());
            case PHRAGMEN -> phragmen(election, outcome, scores);
        };
        boolean greedyPreferred =
                rule == Rule.MES_ADD1_COMPARISON && outcome.share().isEmpty();
        return new Explanation(rule, reasons, greedyPreferred);
    }

    /**
     * Equal shares: every voter starts with {@code start}; before each choice, each project still out whose
     * supporters together hold less than its cost is out for good (their money only shrinks), and that round is
     * its reason.
     */
    private static List<Reason> equalShares(Election election, Outcome outcome, long[] scores, Rational start) {
        ApprovalProfile profile = ApprovalProfile.of(election);
        int m = profile.projects;
        Reason[] reasons = new Reason[m];
        List<Integer> order = outcome.selected();
        for (int k = 0; k < order.size(); k++) {
            int p = order.get(k);
            reasons[p] =
                    new Reason(p, Kind.FUNDED, k + 1, scores[p], profile.cost[p], Rational.of(profile.cost[p]), -1);
        }
        for (int p = 0; p < m; p++) {
            if (reasons[p] == null && profile.approvals[p] == 0) {
                reasons[p] = new Reason(p, Kind.NO_SUPPORT, 0, scores[p], profile.cost[p], Rational.ZERO, -1);
            }
        }
        Rational[] budget = new Rational[profile.weight.length];
        Arrays.fill(budget, start);
        ExactMes replay = ExactMes.replaying(profile, budget);
        for (int k = 0; k <= order.size(); k++) {
            for (int p = 0; p < m; p++) {
                if (reasons[p] != null) {
                    continue;
                }
                Rational money = supportersMoney(profile, budget, p);
                if (money.compareTo(Rational.of(profile.cost[p])) < 0) {
                    reasons[p] = new Reason(p, Kind.SUPPORTERS_SHORT, k + 1, scores[p], profile.cost[p], money, -1);
                }
            }
            if (k < order.size()) {
                int chosen = order.get(k);
                if (profile.cost[chosen] > 0) {
                    replay.pay(chosen, replay.price(chosen));
                }
            }
        }
        for (int p = 0; p < m; p++) {
            if (reasons[p] == null) {
                // Affordable at the end yet not chosen cannot happen in an equal-shares run; say what is known.
                reasons[p] = new Reason(
                        p,
                        Kind.SUPPORTERS_SHORT,
                        order.size() + 1,
                        scores[p],
                        profile.cost[p],
                        supportersMoney(profile, budget, p),
                        -1);
            }
        }
        return List.of(reasons);
    }

    /** What the supporters of {@code p} hold together; voters with equal money share one object, so sum by it. */
    private static Rational supportersMoney(ApprovalProfile profile, Rational[] budget, int p) {
        Map<Rational, long[]> weights = new IdentityHashMap<>();
        for (int g : profile.approvers[p]) {
            weights.computeIfAbsent(budget[g], x -> new long[1])[0] += profile.weight[g];
        }
        Rational total = Rational.ZERO;
        for (Map.Entry<Rational, long[]> e : weights.entrySet()) {
            total = total.add(e.getKey().multiply(e.getValue()[0]));
        }
        return total;
    }

    /** Greedy: by score, each project either fits in what the projects with more votes left, or it does not. */
    private static List<Reason> greedy(
            Election election, Outcome outcome, long[] scores, boolean skip, Optional<BigDecimal> threshold) {
        int m = election.projects().size();
        Reason[] reasons = new Reason[m];
        Set<Integer> selected = new HashSet<>(outcome.selected());
        long left = election.budget();
        int funded = 0;
        int blocker = -1;
        for (int p : Greedy.byScore(scores)) {
            long cost = election.projects().get(p).cost();
            if (threshold.isPresent() && BigDecimal.valueOf(scores[p]).compareTo(threshold.get()) < 0) {
                reasons[p] = new Reason(p, Kind.BELOW_THRESHOLD, 0, scores[p], cost, Rational.ZERO, -1);
            } else if (blocker >= 0) {
                reasons[p] = new Reason(p, Kind.STOPPED, 0, scores[p], cost, Rational.of(left), blocker);
            } else if (cost <= left && selected.contains(p)) {
                funded++;
                reasons[p] = new Reason(p, Kind.FUNDED, funded, scores[p], cost, Rational.of(left), -1);
                left -= cost;
            } else {
                reasons[p] = new Reason(p, Kind.BUDGET_SHORT, funded + 1, scores[p], cost, Rational.of(left), -1);
                if (!skip) {
                    blocker = p;
                }
            }
        }
        return noSupport(reasons, scores);
    }

    /** Phragmén: bought in order until the next project did not fit; the others' supporters were not ready yet. */
    private static List<Reason> phragmen(Election election, Outcome outcome, long[] scores) {
        Phragmen.Run run = Phragmen.run(election);
        int m = election.projects().size();
        Reason[] reasons = new Reason[m];
        List<Integer> order = new ArrayList<>(outcome.selected());
        long left = election.budget();
        for (int k = 0; k < order.size(); k++) {
            int p = order.get(k);
            long cost = election.projects().get(p).cost();
            reasons[p] = new Reason(p, Kind.FUNDED, k + 1, scores[p], cost, Rational.of(left), -1);
            left -= cost;
        }
        for (int p = 0; p < m; p++) {
            if (reasons[p] != null) {
                continue;
            }
            long cost = election.projects().get(p).cost();
            reasons[p] = p == run.blocker()
                    ? new Reason(p, Kind.BUDGET_SHORT, order.size() + 1, scores[p], cost, Rational.of(left), -1)
                    : new Reason(p, Kind.STOPPED, 0, scores[p], cost, Rational.of(left), run.blocker());
        }
        return noSupport(reasons, scores);
    }

    /** An unfunded project nobody voted for is explained by that alone. */
    private static List<Reason> noSupport(Reason[] reasons, long[] scores) {
        for (int p = 0; p < reasons.length; p++) {
            if (!reasons[p].funded() && scores[p] == 0) {
                reasons[p] = new Reason(p, Kind.NO_SUPPORT, 0, 0, reasons[p].cost(), Rational.ZERO, -1);
            }
        }
        return List.of(reasons);
    }
}
