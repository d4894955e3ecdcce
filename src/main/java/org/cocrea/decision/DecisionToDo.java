package org.cocrea.decision;

import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/**
 * The personal home's decisions: each open one where the person may take a position and has none ("take your
 * position", due at its closing time), and for facilitators each consent decision ended without an outcome ("write
 * the outcome"). Two statements however many initiatives: the person's reach, then their decisions.
 */
@Component
class DecisionToDo implements ToDo {
    private final Initiatives initiatives;
    private final DecisionRepository decisions;

    DecisionToDo(Initiatives initiatives, DecisionRepository decisions) {
        this.initiatives = initiatives;
        this.decisions = decisions;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        var byId = initiatives.instancesWhere(personId, DecisionTool.ID, DecisionTool.POSITION, DecisionTool.DECIDE);
        if (byId.isEmpty()) {
            return List.of();
        }
        var items = new java.util.ArrayList<ToDoItem>();
        for (var w : decisions.waiting(personId, byId.keySet(), DecisionService.now())) {
            var r = byId.get(w.toolInstanceId());
            String link = "/decision/" + w.toolInstanceId() + "/" + w.id();
            if (w.open() && r.may(DecisionTool.POSITION)) {
                items.add(new ToDoItem(
                        "position",
                        "decision.todo.position",
                        List.of(w.title(), r.initiativeTitle()),
                        link,
                        w.closesAt().toInstant()));
            } else if (!w.open() && r.may(DecisionTool.DECIDE)) {
                items.add(new ToDoItem(
                        "outcome", "decision.todo.outcome", List.of(w.title(), r.initiativeTitle()), link, null));
            }
        }
        return items;
    }
}
