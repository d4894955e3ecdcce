package org.cocrea.plans;

import java.time.OffsetDateTime;

/** An administrator's time-limited access to a plan's content, with the reason they stated. */
public record EmergencyAccess(
        long id, long adminId, String reason, OffsetDateTime startedAt, OffsetDateTime expiresAt) {

    public boolean openAt(OffsetDateTime when) {
        return !when.isBefore(startedAt) && when.isBefore(expiresAt);
    }
}
