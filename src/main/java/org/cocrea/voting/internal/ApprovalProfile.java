package org.cocrea.voting.internal;

import java.util.Arrays;
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

    private ApprovalProfile(Election election) {
        projects = election.projects().size();
        cost = election.projects().stream().mapToLong(p -> p.cost()).toArray();
        int groups = election.ballots().size();
        weight = new int[groups];
        ballots = new int[groups][];
        approvals = new long[projects];
        int[] counts = new int[projects];
        long n = 0;
        for (int g = 0; g < groups; g++) {
            Ballot ballot = election.ballots().get(g);
            weight[g] = ballot.multiplicity();
            ballots[g] = Arrays.stream(ballot.projects()).distinct().toArray();
            n += weight[g];
            for (int p : ballots[g]) {
                counts[p]++;
                approvals[p] += weight[g];
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
