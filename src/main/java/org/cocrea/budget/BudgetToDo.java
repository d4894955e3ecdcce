package org.cocrea.budget;

import org.cocrea.ballots.BallotToDo;
import org.cocrea.ballots.Voters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The personal home's "cast your ballot": each open budget the person may vote in and has not voted in yet. */
@Component
class BudgetToDo extends BallotToDo {
    BudgetToDo(JdbcClient jdbc, Voters voters) {
        super(jdbc, voters, BudgetTool.ID, "budget", "budget_ballot", "budget_id");
    }
}
