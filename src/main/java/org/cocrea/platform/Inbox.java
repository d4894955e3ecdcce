package org.cocrea.platform;

/** How many of a person's in-app notifications are unread, for the page header; implemented by notifications. */
public interface Inbox {
    long unread(long personId);
}
