package org.cocrea.opinions.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Polis' statistics of groups and statements (its {@code repness.clj}): per group and statement the agree,
 * disagree and seen counts, the smoothed probabilities pa = (na + 1) / (ns + 2) and pd, their one-proportion
 * z-tests, and against the rest of the participants the ratios ra, rd and two-proportion z-tests; the
 * representative statements of each group chosen as Polis chooses them; group-informed consensus (the product over
 * groups of pa); and the divisive statements (the widest spread of pa between groups).
 */
final class Repness {
    static final double Z90 = 1.2816;

    final int groups;
    final int statements;
    final int[][] na;
    final int[][] nd;
    final int[][] ns;
    final int[] allAgree;
    final int[] allDisagree;
    final int[] allSeen;
    /** Statements left out (moderated out): never representative, consensus or divisive. */
    final boolean[] excluded;

    Repness(VoteMatrix votes, int[] group, int groups, boolean[] excluded) {
        this.excluded = excluded;
        this.groups = groups;
        this.statements = votes.statements;
        na = new int[groups][statements];
        nd = new int[groups][statements];
        ns = new int[groups][statements];
        allAgree = new int[statements];
        allDisagree = new int[statements];
        allSeen = new int[statements];
        for (int p = 0; p < votes.participants; p++) {
            int g = group[p];
            for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                int s = votes.column[i];
                byte v = votes.value[i];
                allSeen[s]++;
                allAgree[s] += v > 0 ? 1 : 0;
                allDisagree[s] += v < 0 ? 1 : 0;
                if (g >= 0) {
                    ns[g][s]++;
                    na[g][s] += v > 0 ? 1 : 0;
                    nd[g][s] += v < 0 ? 1 : 0;
                }
            }
        }
    }

    static double propTest(int success, int n) {
        double s = success + 1.0;
        double t = n + 1.0;
        return 2 * Math.sqrt(t) * (s / t - 0.5);
    }

    static double twoPropTest(int successIn, int successOut, int popIn, int popOut) {
        double s1 = successIn + 1.0;
        double s2 = successOut + 1.0;
        double n1 = popIn + 1.0;
        double n2 = popOut + 1.0;
        double pi1 = s1 / n1;
        double pi2 = s2 / n2;
        double hat = (s1 + s2) / (n1 + n2);
        if (hat == 1) {
            return 0;
        }
        return (pi1 - pi2) / Math.sqrt(hat * (1 - hat) * (1 / n1 + 1 / n2));
    }

    /** One group's statistics on one statement. */
    record Stat(
            int statement,
            int na,
            int nd,
            int ns,
            double pa,
            double pd,
            double pat,
            double pdt,
            double ra,
            double rd,
            double rat,
            double rdt) {
        boolean passes() {
            return (rat > Z90 && pat > Z90) || (rdt > Z90 && pdt > Z90);
        }

        boolean agree() {
            return rat > rdt;
        }

        double metric() {
            return agree() ? ra * rat * pa * pat : rd * rdt * pd * pdt;
        }

        OpinionMap.Representative representative() {
            return agree()
                    ? new OpinionMap.Representative(statement, true, ra, pa)
                    : new OpinionMap.Representative(statement, false, rd, pd);
        }
    }

    Stat stat(int g, int s) {
        int restA = allAgreeClustered(s) - na[g][s];
        int restD = allDisagreeClustered(s) - nd[g][s];
        int restS = allSeenClustered(s) - ns[g][s];
        double pa = (na[g][s] + 1.0) / (ns[g][s] + 2.0);
        double pd = (nd[g][s] + 1.0) / (ns[g][s] + 2.0);
        return new Stat(
                s,
                na[g][s],
                nd[g][s],
                ns[g][s],
                pa,
                pd,
                propTest(na[g][s], ns[g][s]),
                propTest(nd[g][s], ns[g][s]),
                pa / ((restA + 1.0) / (restS + 2.0)),
                pd / ((restD + 1.0) / (restS + 2.0)),
                twoPropTest(na[g][s], restA, ns[g][s], restS),
                twoPropTest(nd[g][s], restD, ns[g][s], restS));
    }

    private int allAgreeClustered(int s) {
        int sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += na[g][s];
        }
        return sum;
    }

    private int allDisagreeClustered(int s) {
        int sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += nd[g][s];
        }
        return sum;
    }

    private int allSeenClustered(int s) {
        int sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += ns[g][s];
        }
        return sum;
    }

    /** Polis' {@code select-rep-comments} for group {@code g}: at most 5, agrees before disagrees. */
    List<OpinionMap.Representative> representative(int g) {
        List<Stat> sufficient = new ArrayList<>();
        Stat best = null;
        Stat bestAgree = null;
        for (int s = 0; s < statements; s++) {
            if (excluded[s]) {
                continue;
            }
            Stat stat = stat(g, s);
            if (stat.passes()) {
                sufficient.add(stat);
            }
            if (sufficient.isEmpty() && (best == null || Math.max(stat.rat, stat.rdt) > Math.max(best.rat, best.rdt))) {
                best = stat;
            }
            if (beatsBestAgree(stat, bestAgree)) {
                bestAgree = stat;
            }
        }
        List<OpinionMap.Representative> result = new ArrayList<>();
        OpinionMap.Representative head = bestAgree != null
                ? new OpinionMap.Representative(bestAgree.statement, true, bestAgree.ra, bestAgree.pa)
                : best != null ? best.representative() : null;
        if (sufficient.isEmpty()) {
            if (head != null) {
                result.add(head);
            }
            return result;
        }
        List<OpinionMap.Representative> chosen = new ArrayList<>();
        if (bestAgree != null) {
            chosen.add(head);
        }
        int bestAgreeStatement = bestAgree == null ? -1 : bestAgree.statement;
        sufficient.stream()
                .filter(st -> st.statement != bestAgreeStatement)
                .sorted(Comparator.comparingDouble(Stat::metric).reversed())
                .map(Stat::representative)
                .forEach(chosen::add);
        List<OpinionMap.Representative> top = chosen.subList(0, Math.min(5, chosen.size()));
        top.stream().filter(OpinionMap.Representative::agree).forEach(result::add);
        top.stream().filter(r -> !r.agree()).forEach(result::add);
        return result;
    }

    private static boolean beatsBestAgree(Stat stat, Stat current) {
        if (stat.na == 0 && stat.nd == 0) {
            return false;
        }
        if (current != null && current.ra > 1.0) {
            return stat.ra * stat.rat * stat.pa * stat.pat > current.ra * current.rat * current.pa * current.pat;
        }
        if (current != null) {
            return stat.pa * stat.pat > current.pa * current.pat;
        }
        return stat.pat > Z90 || (stat.ra > 1.0 && stat.pa > 0.5);
    }

    /** Group-informed consensus of statement s: the product over groups of (na + 1) / (ns + 2). */
    double groupInformedConsensus(int s) {
        double product = 1;
        for (int g = 0; g < groups; g++) {
            product *= (na[g][s] + 1.0) / (ns[g][s] + 2.0);
        }
        return product;
    }

    /**
     * The consensus statements, best first: those every group agrees with more than it disagrees (smoothed),
     * ranked by group-informed consensus; at most {@code limit}.
     */
    List<Integer> consensus(int limit) {
        List<Integer> candidates = new ArrayList<>();
        for (int s = 0; s < statements; s++) {
            boolean all = groups > 0 && !excluded[s];
            for (int g = 0; g < groups && all; g++) {
                all = (na[g][s] + 1.0) / (ns[g][s] + 2.0) > 0.5;
            }
            if (all) {
                candidates.add(s);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer s) -> -groupInformedConsensus(s))
                .thenComparing(s -> s));
        return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
    }

    /** How far apart the groups are on statement s: the widest gap between two groups' smoothed agreement. */
    double division(int s) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < groups; g++) {
            double pa = (na[g][s] + 1.0) / (ns[g][s] + 2.0);
            double pd = (nd[g][s] + 1.0) / (ns[g][s] + 2.0);
            double lean = pa - pd;
            min = Math.min(min, lean);
            max = Math.max(max, lean);
        }
        return groups < 2 ? 0 : max - min;
    }

    /**
     * The divisive statements, most divisive first: where one group's smoothed lean (agree minus disagree) is at
     * least 0.5 apart from another's; at most {@code limit}.
     */
    List<Integer> divisive(int limit) {
        List<Integer> candidates = new ArrayList<>();
        for (int s = 0; s < statements; s++) {
            if (!excluded[s] && division(s) >= 0.5) {
                candidates.add(s);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer s) -> -division(s)).thenComparing(s -> s));
        return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
    }

    /** Per statement the counts of everyone who voted (group -1), then of each group. */
    List<OpinionMap.Shares> shares() {
        List<OpinionMap.Shares> shares = new ArrayList<>();
        for (int s = 0; s < statements; s++) {
            if (excluded[s]) {
                continue;
            }
            shares.add(new OpinionMap.Shares(
                    s, -1, allAgree[s], allDisagree[s], allSeen[s] - allAgree[s] - allDisagree[s]));
            for (int g = 0; g < groups; g++) {
                shares.add(new OpinionMap.Shares(s, g, na[g][s], nd[g][s], ns[g][s] - na[g][s] - nd[g][s]));
            }
        }
        return shares;
    }
}
