package org.cocrea.api;

import java.util.List;

/** (Public for the templates.) A new subscription as typed: the URL, the events ticked, and (admins) "allow private". */
public record WebhookForm(String url, List<String> events, String allowPrivate) {
    public static WebhookForm empty() {
        return new WebhookForm("", List.of(), null);
    }

    public boolean ticked(String event) {
        return events != null && events.contains(event);
    }
}
