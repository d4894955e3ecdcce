package org.cocrea.budget;

import org.cocrea.ballots.BallotToDo;
import org.springframework.stereotype.Component;

/** The budget's part of the personal home's "cast your ballot" ({@code ballots.BallotsToDo} asks every ballot tool at once). */
@Component
class BudgetToDo extends BallotToDo {
    BudgetToDo() {
        super(BudgetTool.ID, "budget", "budget_ballot", "budget_id");
    }
}
