package org.cocrea.shifts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.cocrea.platform.MapPoints;

/** A shift as stored, with how many hold a place ({@code registered}) and wait ({@code waiting}). */
public record Shift(
        long id,
        long activityId,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        BigDecimal latitude,
        BigDecimal longitude,
        int minPeople,
        int maxPeople,
        int sequence,
        OffsetDateTime updatedAt,
        long registered,
        long waiting) {

    public boolean full() {
        return registered >= maxPeople;
    }

    /** Fewer people than the minimum hold a place: the coordinator should look for more. */
    public boolean shortStaffed() {
        return registered < minPeople;
    }

    public boolean ended() {
        return !endsAt.toInstant().isAfter(Instant.now());
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    public String mapUrl() {
        return hasPoint() ? MapPoints.url(latitude, longitude) : null;
    }

    /** The shift's length in hours (two decimals, at most 24): what a check-in records until corrected. */
    public BigDecimal scheduledHours() {
        long minutes = Duration.between(startsAt, endsAt).toMinutes();
        return BigDecimal.valueOf(Math.min(minutes, 24 * 60)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
