package org.cocrea.pacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolReach;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/**
 * The personal home's pacts: each proposed or approved pact of which the person is a party with no signature on
 * its current text ("a pact waits for your signature"). Two statements however many initiatives: the person's
 * reach, then the waiting pacts in one query.
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
        var byId = new HashMap<Long, ToolReach>();
        initiatives.instancesOf(personId, Set.of(PactsTool.ID)).stream()
                .filter(r -> r.may(PactsTool.TAKE_PART))
                .forEach(r -> byId.put(r.id(), r));
        if (byId.isEmpty()) {
            return List.of();
        }
        var items = new ArrayList<ToDoItem>();
        for (var w : pacts.waiting(personId, byId.keySet())) {
            items.add(new ToDoItem(
                    "sign",
                    "pacts.todo.sign",
                    List.of(w.title(), byId.get(w.toolInstanceId()).initiativeTitle()),
                    "/pacts/" + w.toolInstanceId() + "/" + w.id(),
                    null));
        }
        return items;
    }
}
