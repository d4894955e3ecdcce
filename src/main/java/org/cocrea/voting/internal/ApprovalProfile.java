package org.cocrea.voting.internal;

import java.util.Arrays;
import java.util.List;
import org.cocrea.voting.Ballot;
import org.cocrea.voting.Election;
import org.cocrea.voting.UnsupportedElectionException;
import org.cocrea.voting.VoteType;

/**
 * Approval ballots in the compact, index-based shape the proportional rules iterate over: one
 * group per distinct ballot with its weight, and for each project the groups approving it.
 */
final class ApprovalProfile {
    private static final int RANK_BITS = 12;
    private static final int RANK_LIMIT = (1 << RANK_BITS) - 1;
    private static final int INDEX_BITS = 27;

    final int projects;
    final long[] cost;
    final int[] weight;
    final int[][] ballots;
    final int[][] approvers;
    /** Weights aligned with {@link #approvers}, so hot loops read them sequentially. */
    final int[][] approverWeights;

    final long[] approvals;
    final long voters;

    /** Internal group k is ballot {@code ballotIndex[k]} of the election. */
    final int[] ballotIndex;

    private ApprovalProfile(Election election) {
        projects = election.projects().size();
        cost = election.projects().stream().mapToLong(p -> p.cost()).toArray();
        List<Ballot> source = election.ballots();
        int groups = source.size();
        approvals = new long[projects];
        for (Ballot ballot : source) {
            for (int p : distinct(ballot)) {
                approvals[p] += ballot.multiplicity();
            }
        }
        ballotIndex = localityOrder(source);
        weight = new int[groups];
        ballots = new int[groups][];
        int[] counts = new int[projects];
        long n = 0;
        for (int g = 0; g < groups; g++) {
            Ballot ballot = source.get(ballotIndex[g]);
            weight[g] = ballot.multiplicity();
            ballots[g] = distinct(ballot);
            n += weight[g];
            for (int p : ballots[g]) {
                counts[p]++;
            }
        }
        voters = n;
        approvers = new int[projects][];
        approverWeights = new int[projects][];
        for (int p = 0; p < projects; p++) {
            approvers[p] = new int[counts[p]];
            approverWeights[p] = new int[counts[p]];
        }
        int[] fill = new int[projects];
        for (int g = 0; g < groups; g++) {
            for (int p : ballots[g]) {
                approverWeights[p][fill[p]] = weight[g];
                approvers[p][fill[p]++] = g;
            }
        }
    }

    /** The ballot's projects without repeats; plain loops because ballots are short. */
    private static int[] distinct(Ballot ballot) {
        int[] projects = ballot.projects();
        int[] out = new int[projects.length];
        int n = 0;
        for (int p : projects) {
            int i = 0;
            while (i < n && out[i] != p) {
                i++;
            }
            if (i == n) {
                out[n++] = p;
            }
        }
        return n == projects.length ? projects : Arrays.copyOf(out, n);
    }

    /**
     * Orders ballots so that those approving the same popular projects sit next to each other:
     * the hot loops then read voters' budgets in nearly sequential memory. The order depends only
     * on ballot contents (ties by position), which is enough for locality; it packs the three
     * most popular approved projects and the position into one long so a primitive sort does it.
     */
    private int[] localityOrder(List<Ballot> source) {
        int n = source.size();
        int[] order = new int[n];
        if (projects >= RANK_LIMIT || n >= 1 << INDEX_BITS) {
            Arrays.setAll(order, i -> i);
            return order;
        }
        int[] rank = popularityRanks();
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long key = 0;
            int[] top = topRanks(distinct(source.get(i)), rank);
            for (int r : top) {
                key = (key << RANK_BITS) | r;
            }
            packed[i] = (key << INDEX_BITS) | i;
        }
        Arrays.sort(packed);
        for (int i = 0; i < n; i++) {
            order[i] = (int) (packed[i] & ((1L << INDEX_BITS) - 1));
        }
        return order;
    }

    private int[] popularityRanks() {
        // Most approvals first, then election order.
        Integer[] byPopularity = new Integer[projects];
        Arrays.setAll(byPopularity, i -> i);
        Arrays.sort(
                byPopularity,
                (a, b) -> approvals[a] != approvals[b] ? Long.compare(approvals[b], approvals[a]) : a - b);
        int[] rank = new int[projects];
        for (int i = 0; i < projects; i++) {
            rank[byPopularity[i]] = i;
        }
        return rank;
    }

    /** The three best (smallest) ranks among the projects, padded with the limit. */
    private static int[] topRanks(int[] approved, int[] rank) {
        int[] top = {RANK_LIMIT, RANK_LIMIT, RANK_LIMIT};
        for (int p : approved) {
            int r = rank[p];
            if (r < top[2]) {
                top[2] = r;
                if (top[2] < top[1]) {
                    top[2] = top[1];
                    top[1] = r;
                    if (top[1] < top[0]) {
                        top[1] = top[0];
                        top[0] = r;
                    }
                }
            }
        }
        return top;
    }

    static ApprovalProfile of(Election election) {
        VoteType type = election.voteType();
        if (type != VoteType.APPROVAL && type != VoteType.CHOOSE_1) {
            throw new UnsupportedElectionException("this rule needs approval ballots, not " + type);
        }
        return new ApprovalProfile(election);
    }

    /** Static tie-break shared by the proportional rules: lower cost, more approvals, election order. */
    int tieBreak(int a, int b) {
        if (cost[a] != cost[b]) {
            return Long.compare(cost[a], cost[b]);
        }
        if (approvals[a] != approvals[b]) {
            return Long.compare(approvals[b], approvals[a]);
        }
        return Integer.compare(a, b);
    }
}
