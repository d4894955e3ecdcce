package org.cocrea.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolReach;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/**
 * The personal home's item of shared drafts: for a facilitator, the amendments waiting for a decision in each
 * instance they decide in, in two statements whatever their number (the instances with their role, and the
 * open amendments of all of them counted at once).
 */
@Component
class DraftsToDo implements ToDo {
    private final Initiatives initiatives;
    private final DraftRepository drafts;

    DraftsToDo(Initiatives initiatives, DraftRepository drafts) {
        this.initiatives = initiatives;
        this.drafts = drafts;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        var deciding = initiatives.instancesOf(personId, Set.of(DraftsTool.ID)).stream()
                .filter(r -> r.may(DraftsTool.DECIDE))
                .toList();
        var byId = new java.util.HashMap<Long, ToolReach>();
        deciding.forEach(r -> byId.put(r.id(), r));
        var items = new ArrayList<ToDoItem>();
        drafts.waitingDecision(byId.keySet())
                .forEach((instance, count) -> items.add(new ToDoItem(
                        "decide-amendments",
                        "drafts.todo.decide",
                        List.of(count, byId.get(instance).initiativeTitle()),
                        "/drafts/" + instance,
                        null)));
        return items;
    }
}
