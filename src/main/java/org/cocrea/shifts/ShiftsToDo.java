package org.cocrea.shifts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/** The personal home's coming shifts: those the person holds a place on over the next 14 days, in one statement. */
@Component
class ShiftsToDo implements ToDo {
    static final Duration AHEAD = Duration.ofDays(14);
    private final ShiftRepository shifts;

    ShiftsToDo(ShiftRepository shifts) {
        this.shifts = shifts;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        var now = Instant.now();
        return shifts.comingFor(personId, now, now.plus(AHEAD)).stream()
                .map(m -> new ToDoItem(
                        "shift",
                        "shifts.todo",
                        List.of(m.activityTitle()),
                        m.path(),
                        m.startsAt().toInstant(),
                        ToDoItem.STARTS))
                .toList();
    }
}
