package org.cocrea.meetings;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.cocrea.platform.Markdown;
import org.cocrea.platform.SafeHtml;

/** A meeting as stored: times are instants, shown in the organisation's time zone. */
public record Meeting(
        long id,
        long toolInstanceId,
        String title,
        String description,
        String kind,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        String onlineLink,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String agenda,
        Integer capacity,
        String question,
        String minutes,
        OffsetDateTime cancelledAt,
        int sequence,
        OffsetDateTime updatedAt) {

    public static final String IN_PERSON = "in-person";
    public static final String ONLINE = "online";
    public static final String HYBRID = "hybrid";

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean past() {
        return endsAt.toInstant().isBefore(java.time.Instant.now());
    }

    public boolean online() {
        return !IN_PERSON.equals(kind);
    }

    public boolean inPerson() {
        return !ONLINE.equals(kind);
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    public String mapUrl() {
        return hasPoint() ? org.cocrea.platform.MapPoints.url(latitude, longitude) : null;
    }

    public SafeHtml descriptionHtml() {
        return Markdown.toSafeHtml(description);
    }

    public SafeHtml agendaHtml() {
        return Markdown.toSafeHtml(agenda);
    }

    public SafeHtml minutesHtml() {
        return Markdown.toSafeHtml(minutes == null ? "" : minutes);
    }
}
