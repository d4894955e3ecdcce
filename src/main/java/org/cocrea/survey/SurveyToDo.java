package org.cocrea.survey;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/**
 * The personal home's surveys: each open one the person may answer and has not ("a survey waits for your answer"),
 * due at its closing time. One statement of this module however many initiatives, after the person's reach.
 */
@Component
class SurveyToDo implements ToDo {
    private final Initiatives initiatives;
    private final SurveyRepository surveys;

    SurveyToDo(Initiatives initiatives, SurveyRepository surveys) {
        this.initiatives = initiatives;
        this.surveys = surveys;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        var byId = initiatives.instancesWhere(personId, SurveyTool.ID, SurveyTool.ANSWER);
        if (byId.isEmpty()) {
            return List.of();
        }
        var items = new ArrayList<ToDoItem>();
        for (var w : surveys.waiting(personId, byId.keySet(), SurveyService.now())) {
            items.add(new ToDoItem(
                    "survey",
                    "survey.todo",
                    List.of(w.title(), byId.get(w.instanceId()).initiativeTitle()),
                    "/survey/" + w.instanceId() + "/answer",
                    w.closesAt().toInstant()));
        }
        return items;
    }
}
