package org.cocrea.opinions;

import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/**
 * The personal home's conversations: each one the person may vote in where published statements wait for their vote
 * ("5 statements wait for your vote in …"), linked to the voting card. A conversation has no closing date, so no
 * due date. One statement of this module however many initiatives, after the person's reach.
 */
@Component
class OpinionsToDo implements ToDo {
    private final Initiatives initiatives;
    private final OpinionRepository opinions;

    OpinionsToDo(Initiatives initiatives, OpinionRepository opinions) {
        this.initiatives = initiatives;
        this.opinions = opinions;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        var byId = initiatives.instancesWhere(personId, OpinionsTool.ID, OpinionsTool.VOTE);
        if (byId.isEmpty()) {
            return List.of();
        }
        return opinions.waiting(personId, byId.keySet()).stream()
                .map(w -> new ToDoItem(
                        "opinions",
                        "opinions.todo",
                        List.of(w.statements(), byId.get(w.instanceId()).initiativeTitle()),
                        "/opinions/" + w.instanceId() + "#vote-card-title",
                        null))
                .toList();
    }
}
