package org.cocrea.plans.privacy;

import java.time.OffsetDateTime;

/**
 * An administrator's time-limited access to a plan's content, with the reason they stated and whether it includes
 * the bulk export of the whole record (FHIR, the citizen's data downloads), which it otherwise does not.
 */
public record EmergencyAccess(
        long id, long adminId, String reason, OffsetDateTime startedAt, OffsetDateTime expiresAt, boolean wholeRecord) {

    public boolean openAt(OffsetDateTime when) {
        return !when.isBefore(startedAt) && when.isBefore(expiresAt);
    }
}
