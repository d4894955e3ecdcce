package org.cocrea.budget;

import java.util.List;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.ballots.Voters;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/** The personal home's "cast your ballot": each open budget the person may vote in and has not voted in yet. */
@Component
class BudgetToDo implements ToDo {
    private final BudgetRepository budgets;
    private final Voters voters;

    BudgetToDo(BudgetRepository budgets, Voters voters) {
        this.budgets = budgets;
        this.voters = voters;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        return voters.mayVoteIn(personId, budgets.unvoted(personId, Lifecycle.now())).stream()
                .map(v -> new ToDoItem(
                        "ballot",
                        "budget.todo.ballot",
                        List.of(v.reach().initiativeTitle()),
                        "/budget/" + v.reach().id(),
                        v.ballot().closesAt()))
                .toList();
    }
}
