package org.cocrea.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cocrea.platform.Inbox;
import org.cocrea.platform.MyInitiatives;
import org.cocrea.platform.ToDoItem;

/**
 * The signed-in person's home: what waits for them (every {@code ToDo} provider's items, soonest due first), their
 * initiatives by group, the deadlines ahead (closing dates of what waits and the ends of their initiatives' active
 * phases) and their newest notifications.
 */
public record PersonalHome(
        List<ToDoItem> toDo,
        List<MyInitiatives.Entry> initiatives,
        List<Deadline> deadlines,
        List<Inbox.Recent> recent) {

    /** A date ahead: a closing time ({@code due}) or a phase's last day ({@code day}), said by a message. */
    public record Deadline(String messageKey, List<Object> args, String link, Instant due, LocalDate day) {
        public Object[] arguments() {
            return args.toArray();
        }
    }

    static final int DEADLINES_SHOWN = 10;

    static PersonalHome of(
            List<ToDoItem> items,
            List<MyInitiatives.Entry> initiatives,
            List<Inbox.Recent> recent,
            LocalDate today,
            java.time.ZoneId zone) {
        var toDo = items.stream()
                .sorted(Comparator.comparing(ToDoItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        var deadlines = new java.util.ArrayList<Deadline>();
        toDo.stream()
                .filter(i -> i.due() != null)
                .forEach(i -> deadlines.add(new Deadline(i.messageKey(), i.args(), i.link(), i.due(), null)));
        initiatives.stream()
                .filter(e -> e.activePhase() != null
                        && e.phaseEnds() != null
                        && !e.phaseEnds().isBefore(today))
                .forEach(e -> deadlines.add(new Deadline(
                        "home.deadline.phase", List.of(e.title()), "/initiatives/" + e.id(), null, e.phaseEnds())));
        deadlines.sort(Comparator.comparing(
                d -> d.due() != null ? d.due() : d.day().atStartOfDay(zone).toInstant()));
        return new PersonalHome(
                toDo,
                initiatives,
                List.copyOf(deadlines.subList(0, Math.min(DEADLINES_SHOWN, deadlines.size()))),
                recent);
    }

    public List<MyInitiatives.Entry> in(String group) {
        var g = MyInitiatives.Group.valueOf(group);
        return initiatives.stream().filter(e -> e.group() == g).toList();
    }
}
