package org.cocrea.api;

import java.time.OffsetDateTime;

/** (Public for the templates.) One delivery of the log: its id, event, attempts and outcome so far. */
public record DeliveryView(
        String id,
        String eventType,
        OffsetDateTime createdAt,
        int attempts,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime givenUpAt,
        Integer lastStatus,
        String lastError) {

    /** delivered, given-up or pending: the word the log shows. */
    public String state() {
        return deliveredAt != null ? "delivered" : givenUpAt != null ? "given-up" : "pending";
    }
}
