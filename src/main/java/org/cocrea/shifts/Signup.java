package org.cocrea.shifts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A sign-up to a shift: the person themself ({@code minorName} empty) or a minor signed up by them as guardian, with
 * the consent's author and moment; registered, or waitlisted at {@code position} (arrival order); checked in with
 * hours once attended.
 */
public record Signup(
        long id,
        long shiftId,
        long personId,
        String personName,
        String minorName,
        Long consentBy,
        OffsetDateTime consentAt,
        String phone,
        String status,
        long position,
        OffsetDateTime checkedInAt,
        OffsetDateTime checkedOutAt,
        BigDecimal hours,
        long hoursRevision,
        OffsetDateTime signedUpAt) {
    public static final String REGISTERED = "registered";
    public static final String WAITLISTED = "waitlisted";

    public boolean registered() {
        return REGISTERED.equals(status);
    }

    public boolean minor() {
        return minorName != null && !minorName.isEmpty();
    }

    public boolean attended() {
        return checkedInAt != null;
    }

    public boolean checkedOut() {
        return checkedOutAt != null;
    }
}
