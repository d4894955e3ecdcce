package org.cocrea.platform;

import java.time.Instant;
import java.util.List;

/**
 * One thing waiting for a person: its {@code kind} (a word such as {@code ballot} or {@code sign}, for styling and
 * tests), the message key and arguments that say it (resolved in the reader's language; arguments are plain text,
 * escaped by the page), the page where the person acts in one click, and its date, if any, with the key that says
 * what the date is: by when ("closes …", the default) or, for a meeting or a shift, when it starts.
 */
public record ToDoItem(String kind, String messageKey, List<Object> args, String link, Instant due, String dueKey) {
    public static final String CLOSES = "home.todo.due";
    public static final String STARTS = "home.todo.starts";

    public ToDoItem {
        args = List.copyOf(args);
    }

    /** An item whose date, if any, is the one by which to act. */
    public ToDoItem(String kind, String messageKey, List<Object> args, String link, Instant due) {
        this(kind, messageKey, args, link, due, CLOSES);
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
