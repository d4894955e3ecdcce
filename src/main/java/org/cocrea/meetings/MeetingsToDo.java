package org.cocrea.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.stereotype.Component;

/** The personal home's coming meetings: those the person holds a place in over the next 14 days, in one statement. */
@Component
class MeetingsToDo implements ToDo {
    static final Duration AHEAD = Duration.ofDays(14);
    private final MeetingRepository meetings;

    MeetingsToDo(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        var now = Instant.now();
        return meetings.comingFor(personId, now, now.plus(AHEAD)).stream()
                .map(m -> new ToDoItem(
                        "meeting",
                        "meetings.todo",
                        List.of(m.title()),
                        "/meetings/" + m.toolInstanceId() + "/meeting/" + m.id(),
                        m.startsAt().toInstant(),
                        ToDoItem.STARTS))
                .toList();
    }
}
