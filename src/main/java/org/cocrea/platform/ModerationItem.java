package org.cocrea.platform;

import java.time.Instant;
import java.util.List;

/**
 * One thing waiting for a moderator: the tool or module that owns it (a message key of its name), what it is (a
 * title, shown escaped), why it waits (a message key and its arguments), since when, and the path of the page where
 * it is decided.
 */
public record ModerationItem(
        String toolKey, String what, String whyKey, List<Object> whyArgs, Instant since, String link) {
    public ModerationItem {
        whyArgs = List.copyOf(whyArgs);
    }

    public Object[] whyArguments() {
        return whyArgs.toArray();
    }
}
