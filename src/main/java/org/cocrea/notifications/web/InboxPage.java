package org.cocrea.notifications.web;

import java.time.OffsetDateTime;
import java.util.List;

/** The view of one page of a person's notifications, newest first. */
public record InboxPage(List<Item> items, int page, boolean hasNext) {
    public record Item(
            long id, String kind, String subject, String body, String link, OffsetDateTime at, boolean read) {}
}
