package org.cocrea.platform;

import java.time.Instant;
import java.util.List;

/**
 * A person's in-app notifications as other pages show them: the header's unread count and the newest few on the
 * personal home; implemented by notifications.
 */
public interface Inbox {
    long unread(long personId);

    /** The {@code limit} newest notifications of the person, newest first. */
    default List<Recent> recent(long personId, int limit) {
        return List.of();
    }

    /** One notification: its subject, the page it leads to (may be null), when it arrived, whether it was read. */
    record Recent(long id, String subject, String link, Instant at, boolean read) {}
}
