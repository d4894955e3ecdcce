package org.cocrea.vote;

import java.util.List;

/**
 * (Public because the precompiled templates read it.) The count of a vote.
 *
 * @param ballots number of ballots counted
 * @param rows every option with its total (approvals, score, points, or Borda points for ranked ballots), best
 *     first; options with equal totals share a rank and keep their order in the vote
 * @param rounds for ranked ballots, the instant-runoff rounds; empty otherwise
 * @param winner for ranked ballots, the instant-runoff winner, or null when no ballot ranks anyone
 */
public record Results(BallotKind kind, long ballots, List<Row> rows, List<Round> rounds, VoteOption winner) {

    /** One option's total; {@code average} is the mean score per ballot (score ballots), else null. */
    /** {@code average}: the mean score of a score ballot to two decimals (shown with {@code ui.number}), else null. */
    public record Row(VoteOption option, long total, int rank, java.math.BigDecimal average) {}

    /**
     * One instant-runoff round: first preferences of the options still in (null for those already out), the
     * ballots that still rank someone, and the option eliminated at its end (null in the last round).
     */
    public record Round(int number, List<Long> firsts, long active, VoteOption eliminated) {}

    public Chart chart() {
        return Chart.of(rows);
    }

    public boolean ranked() {
        return kind == BallotKind.RANKED;
    }
}
