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

    private static int[] distinct(Ballot ballot) {
        return Arrays.stream(ballot.projects()).distinct().toArray();
    }

    /**
     * Orders ballots so that those approving the same popular projects sit next to each other:
     * the hot loops then read voters' budgets in nearly sequential memory. Sorting by content
     * also makes the internal order independent of the order of ballots in the file.
     */
    private int[] localityOrder(List<Ballot> source) {
        Integer[] byPopularity = new Integer[projects];
        Arrays.setAll(byPopularity, i -> i);
        Arrays.sort(
                byPopularity,
                (a, b) -> approvals[a] != approvals[b] ? Long.compare(approvals[b], approvals[a]) : a - b);
        int[] rank = new int[projects];
        for (int i = 0; i < projects; i++) {
            rank[byPopularity[i]] = i;
        }
        int[][] keys = new int[source.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Arrays.stream(distinct(source.get(i)))
                    .map(p -> rank[p])
                    .sorted()
                    .toArray();
        }
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Arrays.compare(keys[a], keys[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
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
