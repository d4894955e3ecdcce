package org.cocrea.vote;

import org.cocrea.ballots.BallotToDo;
import org.springframework.stereotype.Component;

/** The vote's part of the personal home's "cast your ballot" ({@code ballots.BallotsToDo} asks every ballot tool at once). */
@Component
class VoteToDo extends BallotToDo {
    VoteToDo() {
        super(VoteTool.ID, "vote", "vote_ballot", "vote_id");
    }
}
