package org.cocrea.api;

import java.time.OffsetDateTime;
import java.util.List;

/** (Public for the templates.) An organisation's subscription as its page lists it; never the secret. */
public record WebhookView(long id, String url, List<String> events, boolean privateAllowed, OffsetDateTime createdAt) {}
