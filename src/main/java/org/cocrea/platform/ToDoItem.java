package org.cocrea.platform;

import java.time.Instant;
import java.util.List;

/**
 * One thing waiting for a person: its {@code kind} (a word such as {@code ballot} or {@code sign}, for styling and
 * tests), the message key and arguments that say it (resolved in the reader's language; arguments are plain text,
 * escaped by the page), the page where the person acts in one click, and the date by which, if any.
 */
public record ToDoItem(String kind, String messageKey, List<Object> args, String link, Instant due) {
    public ToDoItem {
        args = List.copyOf(args);
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
