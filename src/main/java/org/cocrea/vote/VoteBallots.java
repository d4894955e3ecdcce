package org.cocrea.vote;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.ballots.BallotBox;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.platform.Refused;

/**
 * One voter's ballot in a vote, as the ballot tools' box stores it: the vote must take ballots and the marks keep
 * its rules ({@link BallotRules}), both read again inside the box's transaction; a changed ballot keeps its row and
 * has its marks replaced. Eligibility is the caller's business ({@link VoteService}), so that this can be tested
 * without Spring.
 */
final class VoteBallots implements BallotBox.Slot {
    private final VoteRepository votes;
    private final BallotRepository ballots;
    private final long toolInstanceId;
    private final long voterId;
    private Vote vote;

    private VoteBallots(VoteRepository votes, BallotRepository ballots, long toolInstanceId, long voterId) {
        this.votes = votes;
        this.ballots = ballots;
        this.toolInstanceId = toolInstanceId;
        this.voterId = voterId;
    }

    /** Checks and stores the ballot in one transaction of {@code box}; refused ({@link Refused}) otherwise. */
    static BallotBox.Cast cast(
            BallotBox box,
            VoteRepository votes,
            BallotRepository ballots,
            long toolInstanceId,
            long voterId,
            Map<Long, Integer> marks) {
        return box.cast(
                new VoteBallots(votes, ballots, toolInstanceId, voterId),
                marks,
                new Refused(BallotRules.FIELD, "vote.ballot.again"));
    }

    @Override
    public Map<Long, Integer> check(Map<Long, Integer> marks) {
        // Read inside the transaction: the vote may have closed since the page was shown.
        vote = votes.ofInstance(toolInstanceId)
                .filter(v -> v.acceptsBallots(Lifecycle.now()))
                .orElseThrow(() -> new Refused(BallotRules.FIELD, "vote.ballot.closed"));
        BallotRules.validate(vote, votes.options(vote.id()), marks).ifPresent(p -> {
            throw new Refused(List.of(p));
        });
        return BallotRules.normalise(vote.kind(), marks);
    }

    @Override
    public Optional<Map<Long, Integer>> current() {
        return ballots.mine(vote.id(), voterId);
    }

    @Override
    public void replace(Map<Long, Integer> marks, boolean hadOne) {
        ballots.castOrReplace(vote.id(), voterId, marks);
    }
}
