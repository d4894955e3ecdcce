package org.cocrea.voting;

import java.util.ArrayList;
import java.util.List;

/** Ballot-level counts: approval and score tallies, Borda count and instant-runoff voting. */
public final class Tallies {

    private Tallies() {}

    /** Number of voters approving each project (any support counts as one approval). */
    public static long[] approvals(Election election) {
        long[] scores = new long[election.projects().size()];
        for (Ballot ballot : election.ballots()) {
            for (int p : ballot.projects()) {
                scores[p] += ballot.multiplicity();
            }
        }
        return scores;
    }

    /**
     * Each project's score: points summed over voters for cumulative and scoring ballots,
     * approvals otherwise. Ordinal ballots have no score.
     */
    public static long[] scores(Election election) {
        if (election.voteType() == VoteType.ORDINAL) {
            throw new UnsupportedElectionException("ordinal ballots have no score");
        }
        if (!election.voteType().hasPoints()) {
            return approvals(election);
        }
        long[] scores = new long[election.projects().size()];
        for (Ballot ballot : election.ballots()) {
            long[] points = ballot.points();
            for (int i = 0; i < ballot.projects().length; i++) {
                long given = points.length == 0 ? 1 : points[i];
                scores[ballot.projects()[i]] += given * ballot.multiplicity();
            }
        }
        return scores;
    }

    /**
     * Borda count over rankings of {@code candidates} candidates: the candidate ranked at position
     * {@code i} (0-based) gets {@code candidates - 1 - i} points, unranked candidates none, so a
     * short ranking never helps the candidates it leaves out.
     */
    public static long[] borda(int candidates, List<Ballot> rankings) {
        long[] scores = new long[candidates];
        for (Ballot ballot : rankings) {
            int[] order = ballot.projects();
            for (int i = 0; i < order.length; i++) {
                scores[order[i]] += (long) (candidates - 1 - i) * ballot.multiplicity();
            }
        }
        return scores;
    }

    /**
     * Result of instant-runoff voting.
     *
     * @param winner the winning candidate, or -1 when no ballot ranks anyone
     * @param eliminated candidates in the order they were eliminated
     */
    public record RunoffResult(int winner, List<Integer> eliminated) {
        public RunoffResult {
            eliminated = List.copyOf(eliminated);
        }
    }

    /**
     * Instant-runoff voting: while no continuing candidate holds a strict majority of the
     * non-exhausted ballots, eliminate the one with the fewest first preferences. A tie for last
     * eliminates the candidate that comes later in candidate order, so results are deterministic.
     */
    public static RunoffResult instantRunoff(int candidates, List<Ballot> rankings) {
        boolean[] out = new boolean[candidates];
        List<Integer> eliminated = new ArrayList<>();
        for (int remaining = candidates; remaining > 0; remaining--) {
            long[] firsts = new long[candidates];
            long active = countFirstPreferences(rankings, out, firsts);
            if (active == 0) {
                return new RunoffResult(-1, eliminated);
            }
            int leader = -1;
            int loser = -1;
            for (int c = 0; c < candidates; c++) {
                if (out[c]) {
                    continue;
                }
                if (leader < 0 || firsts[c] > firsts[leader]) {
                    leader = c;
                }
                if (loser < 0 || firsts[c] <= firsts[loser]) {
                    loser = c;
                }
            }
            if (2 * firsts[leader] > active || remaining == 1) {
                return new RunoffResult(leader, eliminated);
            }
            out[loser] = true;
            eliminated.add(loser);
        }
        return new RunoffResult(-1, eliminated);
    }

    private static long countFirstPreferences(List<Ballot> rankings, boolean[] out, long[] firsts) {
        long active = 0;
        for (Ballot ballot : rankings) {
            for (int c : ballot.projects()) {
                if (!out[c]) {
                    firsts[c] += ballot.multiplicity();
                    active += ballot.multiplicity();
                    break;
                }
            }
        }
        return active;
    }
}
