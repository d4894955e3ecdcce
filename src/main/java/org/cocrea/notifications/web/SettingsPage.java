package org.cocrea.notifications.web;

import java.util.List;

/** The view of a person's choices: for each kind of notification, how it is mailed ("now", "digest", "app"). */
public record SettingsPage(List<Choice> choices) {
    public static final List<String> DELIVERIES = List.of("now", "digest", "app");

    public record Choice(String kind, String delivery) {}
}
