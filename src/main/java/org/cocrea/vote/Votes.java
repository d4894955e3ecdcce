package org.cocrea.vote;

import java.util.List;
import java.util.Optional;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of a vote (the JSON API of {@code api}), with the rules of the vote's own pages: the
 * caller opened the instance (so may see its initiative); the question and options as the vote's page shows them;
 * the results only once shown ({@link Vote#resultsShown}: final, or while open when not hidden), never of a draft,
 * and never who voted what.
 */
@Service
public class Votes {
    private final VoteService service;

    Votes(VoteService service) {
        this.service = service;
    }

    /** The vote of the opened instance, if it was set up (one statement). */
    public Optional<Vote> vote(ToolAccess access) {
        if (!access.instance().toolId().equals(VoteTool.ID)) {
            throw new IllegalArgumentException(
                    "not a vote: " + access.instance().toolId());
        }
        return service.vote(access.id());
    }

    /** Its options, in their order (one statement). */
    public List<VoteOption> options(Vote vote) {
        return service.options(vote);
    }

    /** The count, when the results page would show it; empty otherwise (one statement). */
    public Optional<Results> results(Vote vote, List<VoteOption> options) {
        if (vote.status() == BallotStatus.DRAFT || !vote.resultsShown(Lifecycle.now())) {
            return Optional.empty();
        }
        return Optional.of(service.results(vote, options));
    }
}
