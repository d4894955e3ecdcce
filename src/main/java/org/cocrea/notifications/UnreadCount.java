package org.cocrea.notifications;

import java.util.List;
import org.cocrea.platform.Inbox;
import org.springframework.stereotype.Component;

/** The header's unread count (one COUNT over an index on (person, read_at)) and the home's newest few. */
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

    @Override
    public List<Recent> recent(long personId, int limit) {
        return notifications.page(personId, 0, limit).stream()
                .map(n ->
                        new Recent(n.id(), n.subject(), n.link(), n.createdAt().toInstant(), n.read()))
                .toList();
    }
}
