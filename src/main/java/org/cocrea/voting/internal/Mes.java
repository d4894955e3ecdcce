package org.cocrea.voting.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.cocrea.voting.Election;
import org.cocrea.voting.Outcome;
import org.cocrea.voting.Payments;
import org.cocrea.voting.Rational;
import org.cocrea.voting.Rule;

/** The equal-shares rules built on one MES run: plain, add1 completion and the greedy comparison. */
public final class Mes {

    private Mes() {}

    public static Outcome plain(Election election) {
        ApprovalProfile profile = ApprovalProfile.of(election);
        if (profile.voters == 0) {
            return Outcome.of(Rule.MES, List.of(), 0);
        }
        Rational start = Rational.of(election.budget(), profile.voters);
        List<Integer> order = run(profile, start);
        return outcome(Rule.MES, profile, start, order);
    }

    public static Outcome add1(Election election) {
        return add1(election, Rule.MES_ADD1);
    }

    /**
     * Pabulib's {@code equalshares/add1}: start every voter at the whole-unit floor of
     * budget/voters and raise the share one currency unit at a time, keeping the last outcome
     * that stays within the budget. Every run starts from scratch, as the reference does.
     */
    static Outcome add1(Election election, Rule rule) {
        ApprovalProfile profile = ApprovalProfile.of(election);
        if (profile.voters == 0) {
            return Outcome.of(rule, List.of(), 0);
        }
        long unit = BigInteger.TEN.pow(election.moneyScale()).longValueExact();
        long share = election.budget() / profile.voters / unit * unit;
        long fundable = fundableCount(profile);
        List<Integer> last = List.of();
        long lastShare = share;
        while (true) {
            // Runs are independent, so a batch of consecutive shares runs on all cores; the
            // results are still read in order, so at most one batch of work is wasted.
            List<List<Integer>> batch = runBatch(profile, share, unit);
            for (List<Integer> order : batch) {
                if (cost(profile, order) > election.budget()) {
                    return outcome(rule, profile, Rational.of(lastShare), last);
                }
                last = order;
                lastShare = share;
                if (order.size() == fundable) {
                    // A larger share cannot change a selection that already funds everything.
                    return outcome(rule, profile, Rational.of(lastShare), last);
                }
                share += unit;
            }
        }
    }

    private static List<List<Integer>> runBatch(ApprovalProfile profile, long first, long unit) {
        int size = Runtime.getRuntime().availableProcessors();
        return IntStream.range(0, size)
                .parallel()
                .mapToObj(k -> run(profile, Rational.of(first + k * unit)))
                .toList();
    }

    /**
     * Pabulib's {@code equalshares/add1-comparison}: the add1 outcome, unless strictly more
     * voters approve more projects of the greedy outcome than of the MES one.
     */
    public static Outcome add1Comparison(Election election) {
        Outcome mes = add1(election, Rule.MES_ADD1_COMPARISON);
        Outcome greedy = Greedy.select(election, Rule.MES_ADD1_COMPARISON, true, Optional.empty());
        ApprovalProfile profile = ApprovalProfile.of(election);
        Set<Integer> inMes = new HashSet<>(mes.selected());
        Set<Integer> inGreedy = new HashSet<>(greedy.selected());
        long preferGreedy = 0;
        long preferMes = 0;
        for (int g = 0; g < profile.ballots.length; g++) {
            int diff = 0;
            for (int p : profile.ballots[g]) {
                diff += (inGreedy.contains(p) ? 1 : 0) - (inMes.contains(p) ? 1 : 0);
            }
            if (diff > 0) {
                preferGreedy += profile.weight[g];
            } else if (diff < 0) {
                preferMes += profile.weight[g];
            }
        }
        return preferGreedy > preferMes ? greedy : mes;
    }

    /** One MES run: the fast certified path, or exact arithmetic when it cannot certify. */
    private static List<Integer> run(ApprovalProfile profile, Rational start) {
        List<Integer> fast = FastMes.run(profile, start.doubleValue());
        return fast != null ? fast : ExactMes.run(profile, start).selected();
    }

    private static Outcome outcome(Rule rule, ApprovalProfile profile, Rational start, List<Integer> order) {
        return new Outcome(
                rule,
                order,
                cost(profile, order),
                new Payments(() -> payments(profile, start, order)),
                Optional.of(start));
    }

    private static List<Rational> payments(ApprovalProfile profile, Rational start, List<Integer> order) {
        Rational[] left = ExactMes.replay(profile, start, order);
        Rational[] paid = new Rational[left.length];
        for (int g = 0; g < left.length; g++) {
            paid[profile.ballotIndex[g]] = start.subtract(left[g]);
        }
        return Arrays.asList(paid);
    }

    private static long cost(ApprovalProfile profile, List<Integer> order) {
        long total = 0;
        for (int p : order) {
            total += profile.cost[p];
        }
        return total;
    }

    private static long fundableCount(ApprovalProfile profile) {
        long count = 0;
        for (long a : profile.approvals) {
            count += a > 0 ? 1 : 0;
        }
        return count;
    }
}
