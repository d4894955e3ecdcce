package org.cocrea.plans.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ToolReach;
import org.cocrea.plans.needs.NeedRepository;
import org.cocrea.plans.needs.NeedsTool;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/**
 * The personal home's items of the individual plan, in three statements: the person's plans and needs
 * assessments (with their role's actions), the latest plan versions they may sign and have not, and the needs
 * orders the other side confirmed and their side has not.
 */
@Component
class PlansToDo implements ToDo {
    private final Initiatives initiatives;
    private final PlanRepository plans;
    private final NeedRepository needs;

    PlansToDo(Initiatives initiatives, PlanRepository plans, NeedRepository needs) {
        this.initiatives = initiatives;
        this.plans = plans;
        this.needs = needs;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        var reach = initiatives.instancesOf(personId, Set.of(PlanTool.ID, NeedsTool.ID));
        var byId = new java.util.HashMap<Long, ToolReach>();
        reach.forEach(r -> byId.put(r.id(), r));
        var items = new ArrayList<ToDoItem>();
        var signable = reach.stream()
                .filter(r -> r.instance().toolId().equals(PlanTool.ID) && r.may(PlanTool.SIGN))
                .map(ToolReach::id)
                .toList();
        for (var unsigned : plans.unsignedLatest(personId, signable)) {
            items.add(new ToDoItem(
                    "sign",
                    "plans.todo.sign",
                    List.of(
                            unsigned.version(),
                            byId.get(unsigned.toolInstanceId()).initiativeTitle()),
                    "/plans/" + unsigned.toolInstanceId(),
                    null));
        }
        var agreeing = reach.stream()
                .filter(r -> r.instance().toolId().equals(NeedsTool.ID) && r.may(NeedsTool.AGREE))
                .toList();
        var citizenSide = agreeing.stream()
                .filter(r -> r.role() == MemberRole.CITIZEN || r.role() == MemberRole.PROXY)
                .map(ToolReach::id)
                .toList();
        var professionalSide = agreeing.stream()
                .map(ToolReach::id)
                .filter(id -> !citizenSide.contains(id))
                .toList();
        for (long id : needs.awaitingConfirmation(citizenSide, professionalSide)) {
            items.add(new ToDoItem(
                    "confirm-needs",
                    "plans.todo.needs",
                    List.of(byId.get(id).initiativeTitle()),
                    "/plans/needs/" + id,
                    null));
        }
        return items;
    }
}
