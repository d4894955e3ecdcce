package org.cocrea.vote;

import org.cocrea.ballots.BallotToDo;
import org.cocrea.ballots.Voters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The personal home's "cast your ballot": each open vote the person may vote in and has not voted in yet. */
@Component
class VoteToDo extends BallotToDo {
    VoteToDo(JdbcClient jdbc, Voters voters) {
        super(jdbc, voters, VoteTool.ID, "vote", "vote_ballot", "vote_id");
    }
}
