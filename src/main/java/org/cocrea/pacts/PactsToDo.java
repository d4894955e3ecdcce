package org.cocrea.pacts;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolReach;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/**
 * The personal home's pacts: each proposed or approved pact of which the person is a party with no signature on
 * its current text ("a pact waits for your signature"). One statement for a person who is nobody's party (the
 * pacts tables are asked first, not every tool instance the person reaches), two otherwise: the waiting pacts, then
 * the person's reach in their instances, which keeps only those where they may still take part.
 */
@Component
class PactsToDo implements ToDo {
    private final Initiatives initiatives;
    private final PactRepository pacts;

    PactsToDo(Initiatives initiatives, PactRepository pacts) {
        this.initiatives = initiatives;
        this.pacts = pacts;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        var waiting = pacts.waiting(personId);
        if (waiting.isEmpty()) {
            return List.of();
        }
        var reach = initiatives.reach(
                personId,
                waiting.stream()
                        .map(PactRepository.Waiting::toolInstanceId)
                        .distinct()
                        .toList());
        var items = new ArrayList<ToDoItem>();
        for (var w : waiting) {
            ToolReach r = reach.get(w.toolInstanceId());
            if (r != null && r.may(PactsTool.TAKE_PART)) {
                items.add(new ToDoItem(
                        "sign",
                        "pacts.todo.sign",
                        List.of(w.title(), r.initiativeTitle()),
                        "/pacts/" + w.toolInstanceId() + "/" + w.id(),
                        null));
            }
        }
        return items;
    }
}
