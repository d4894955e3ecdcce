package org.cocrea.prioritisation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and stores ballots, in one transaction each: a refused ballot stores nothing and a changed ballot
 * replaces the earlier one whole. One ballot per voter is left to the database's unique constraint, the only
 * check no concurrent request can slip past. Eligibility is the caller's business ({@link VoteService}), so
 * that this can be tested without Spring.
 */
@Component("voteBallotBox")
class BallotBox {
    private static final int ATTEMPTS = 5;

    private final VoteRepository votes;
    private final BallotRepository ballots;
    private final TransactionTemplate tx;

    BallotBox(VoteRepository votes, BallotRepository ballots, PlatformTransactionManager transactions) {
        this.votes = votes;
        this.ballots = ballots;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What happened to a ballot: refused (with the problem), stored, or stored in place of an earlier one. */
    record Cast(Problem problem, boolean replaced) {
        boolean refused() {
            return problem != null;
        }
    }

    Cast cast(long toolInstanceId, long voterId, Map<Long, Integer> marks) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> store(toolInstanceId, voterId, marks));
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                // A concurrent first ballot by the same voter won the unique constraint (or a lock): the retry
                // finds it and replaces it, so the voter still has exactly one ballot.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Cast store(long toolInstanceId, long voterId, Map<Long, Integer> marks) {
        var vote = votes.ofInstance(toolInstanceId).orElse(null);
        if (vote == null || !vote.acceptsBallots(OffsetDateTime.now(ZoneOffset.UTC))) {
            return new Cast(new Problem(BallotRules.FIELD, "vote.ballot.closed"), false);
        }
        Optional<Problem> problem = BallotRules.validate(vote, votes.options(vote.id()), marks);
        if (problem.isPresent()) {
            return new Cast(problem.get(), false);
        }
        boolean replaced = ballots.castOrReplace(vote.id(), voterId, BallotRules.normalise(vote.kind(), marks));
        return new Cast(null, replaced);
    }
}
