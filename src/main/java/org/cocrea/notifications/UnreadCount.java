package org.cocrea.notifications;

import org.cocrea.platform.Inbox;
import org.springframework.stereotype.Component;

/** The header's unread count: one COUNT over an index on (person, read_at). */
@Component
class UnreadCount implements Inbox {
    private final NotificationRepository notifications;

    UnreadCount(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public long unread(long personId) {
        return notifications.unread(personId);
    }
}
