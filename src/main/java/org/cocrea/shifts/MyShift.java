package org.cocrea.shifts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One of a person's sign-ups with its shift, activity and initiative: the "my shifts" page, feed and certificate. */
public record MyShift(
        long signupId,
        long shiftId,
        long toolInstanceId,
        long activityId,
        String activityTitle,
        String initiativeTitle,
        String organisationName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        BigDecimal latitude,
        BigDecimal longitude,
        String minorName,
        String status,
        OffsetDateTime checkedInAt,
        BigDecimal hours,
        int sequence,
        OffsetDateTime updatedAt) {

    public boolean registered() {
        return Signup.REGISTERED.equals(status);
    }

    public boolean minor() {
        return minorName != null && !minorName.isEmpty();
    }

    public boolean attended() {
        return checkedInAt != null;
    }

    public boolean ended() {
        return !endsAt.toInstant().isAfter(Instant.now());
    }

    public String path() {
        return "/shifts/" + toolInstanceId + "/shift/" + shiftId;
    }
}
