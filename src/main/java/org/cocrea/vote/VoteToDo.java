package org.cocrea.vote;

import java.util.List;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.ballots.Voters;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/** The personal home's "cast your ballot": each open vote the person may vote in and has not voted in yet. */
@Component
class VoteToDo implements ToDo {
    private final VoteRepository votes;
    private final Voters voters;

    VoteToDo(VoteRepository votes, Voters voters) {
        this.votes = votes;
        this.voters = voters;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        return voters.mayVoteIn(personId, votes.unvoted(personId, Lifecycle.now())).stream()
                .map(v -> new ToDoItem(
                        "ballot",
                        "vote.todo.ballot",
                        List.of(v.reach().initiativeTitle()),
                        "/vote/" + v.reach().id(),
                        v.ballot().closesAt()))
                .toList();
    }
}
