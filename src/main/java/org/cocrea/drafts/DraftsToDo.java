package org.cocrea.drafts;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.Initiatives;
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
        var byId = initiatives.instancesWhere(personId, DraftsTool.ID, DraftsTool.DECIDE);
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
