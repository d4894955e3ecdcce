package org.cocrea.meetings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A meeting as typed: dates and times local to the organisation's time zone, everything else as text. */
public record MeetingForm(
        String title,
        String description,
        String kind,
        String address,
        String latitude,
        String longitude,
        String onlineLink,
        String startDate,
        String startTime,
        String endDate,
        String endTime,
        String agenda,
        String capacity,
        String question) {

    public static MeetingForm empty() {
        return new MeetingForm("", "", Meeting.IN_PERSON, "", "", "", "", "", "", "", "", "", "", "");
    }

    static MeetingForm of(Meeting m, ZoneId zone) {
        LocalDateTime start = m.startsAt().atZoneSameInstant(zone).toLocalDateTime();
        LocalDateTime end = m.endsAt().atZoneSameInstant(zone).toLocalDateTime();
        var time = DateTimeFormatter.ofPattern("HH:mm");
        return new MeetingForm(
                m.title(),
                m.description(),
                m.kind(),
                m.address() == null ? "" : m.address(),
                m.latitude() == null ? "" : m.latitude().toPlainString(),
                m.longitude() == null ? "" : m.longitude().toPlainString(),
                m.onlineLink() == null ? "" : m.onlineLink(),
                start.toLocalDate().toString(),
                start.toLocalTime().format(time),
                end.toLocalDate().toString(),
                end.toLocalTime().format(time),
                m.agenda(),
                m.capacity() == null ? "" : m.capacity().toString(),
                m.question() == null ? "" : m.question());
    }
}
