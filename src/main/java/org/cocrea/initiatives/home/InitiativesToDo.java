package org.cocrea.initiatives.home;

import java.util.List;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/** What waits for a person in the initiatives themselves: an invitation to accept, join requests to answer. */
@Component
class InitiativesToDo implements ToDo {
    private final HomeRepository home;

    InitiativesToDo(HomeRepository home) {
        this.home = home;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        return home.waiting(personId).stream()
                .map(w -> "invited".equals(w.kind())
                        ? new ToDoItem("invitation", "initiatives.todo.invited", List.of(w.title()), link(w), null)
                        : new ToDoItem(
                                "join-requests",
                                "initiatives.todo.requests",
                                List.of(w.count(), w.title()),
                                link(w),
                                null))
                .toList();
    }

    private static String link(HomeRepository.Waiting w) {
        return "/initiatives/" + w.initiativeId();
    }
}
