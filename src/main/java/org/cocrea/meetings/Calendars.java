package org.cocrea.meetings;

import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Geo;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.cocrea.platform.CocreaSettings;
import org.springframework.stereotype.Component;

/**
 * iCalendar files (RFC 5545) written with biweekly (ADR 13): METHOD:PUBLISH, a PRODID, one VEVENT per meeting with a
 * stable UID ({@code meeting-<id>@<host of cocrea.base-url>}), DTSTAMP, SEQUENCE bumped by every change,
 * {@code STATUS:CANCELLED} for a cancelled meeting, start and end in the organisation's time zone with its VTIMEZONE
 * made from the JDK's rules (so no download: biweekly would otherwise fetch one), folding and escaping by biweekly.
 */
@Component
class Calendars {
    static final String PRODID = "-//Cocrea//Meetings 1.0//IT";
    private final ZoneId zone;
    private final String host;
    private final CocreaSettings settings;

    Calendars(CocreaSettings settings) {
        this.settings = settings;
        this.zone = settings.timeZone();
        this.host = settings.baseUrl().getHost();
    }

    /** Whether the online link goes into the file: only for a person who holds a place (or organises). */
    enum Link {
        SHOWN,
        HIDDEN
    }

    String uid(Meeting m) {
        return "meeting-" + m.id() + "@" + host;
    }

    /**
     * Written files by what they were written from: a feed polled by many calendar programs is written once per
     * change (every change to a meeting moves its {@code updated_at} and its SEQUENCE), then served as is. Bounded:
     * emptied when it grows past {@link #CACHED} entries.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> written =
            new java.util.concurrent.ConcurrentHashMap<>();

    static final int CACHED = 200;

    /** A calendar named {@code name} holding {@code meetings}. */
    String write(String name, List<Meeting> meetings, Link link) {
        var key = new StringBuilder(name).append('\n').append(link).append('\n');
        for (var m : meetings) {
            key.append(m.id())
                    .append(':')
                    .append(m.sequence())
                    .append(':')
                    .append(m.updatedAt().toInstant())
                    .append(';');
        }
        String cached = written.get(key.toString());
        if (cached != null) {
            return cached;
        }
        String text = writeNow(name, meetings, link);
        if (written.size() >= CACHED) {
            written.clear();
        }
        written.put(key.toString(), text);
        return text;
    }

    private String writeNow(String name, List<Meeting> meetings, Link link) {
        var ical = new ICalendar();
        ical.setProductId(PRODID);
        ical.setMethod("PUBLISH");
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        ical.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), vtimezone(zone)));
        var stamp = new Date();
        for (var m : meetings) {
            ical.addEvent(event(m, stamp, link));
        }
        var out = new java.io.StringWriter();
        try (var writer = new biweekly.io.text.ICalWriter(out, biweekly.ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(ical);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return fold(out.toString());
    }

    /**
     * RFC 5545 §3.1 folding: lines of at most 75 octets, continued after CRLF and a space. biweekly counts
     * characters, which lets a line of accented letters pass 75 octets, so it writes unfolded and this folds by
     * UTF-8 octets, never inside a character.
     */
    static String fold(String unfolded) {
        var out = new StringBuilder(unfolded.length() + unfolded.length() / 60);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() <= 75 && line.chars().allMatch(c -> c < 0x80)) {
                out.append(line).append("\r\n");
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private VEvent event(Meeting m, Date stamp, Link link) {
        var event = new VEvent();
        event.setUid(uid(m));
        event.setDateTimeStamp(stamp);
        event.setSequence(m.sequence());
        event.setLastModified(Date.from(m.updatedAt().toInstant()));
        event.setSummary(m.title());
        event.setDateStart(Date.from(m.startsAt().toInstant()), true);
        event.setDateEnd(Date.from(m.endsAt().toInstant()), true);
        String path = "/meetings/" + m.toolInstanceId() + "/meeting/" + m.id();
        var description = new StringBuilder(m.description());
        if (link == Link.SHOWN && m.online() && m.onlineLink() != null) {
            description.append(description.isEmpty() ? "" : "\n\n").append(m.onlineLink());
        }
        if (!m.agenda().isEmpty()) {
            description.append(description.isEmpty() ? "" : "\n\n").append(m.agenda());
        }
        if (!description.isEmpty()) {
            event.setDescription(description.toString());
        }
        event.setUrl(settings.link(path));
        String location = m.address();
        if (link == Link.SHOWN && m.online() && m.onlineLink() != null) {
            location = location == null ? m.onlineLink() : location + " / " + m.onlineLink();
        }
        if (location != null) {
            event.setLocation(location);
        }
        if (m.hasPoint()) {
            event.setGeo(new Geo(m.latitude().doubleValue(), m.longitude().doubleValue()));
        }
        event.setStatus(m.cancelled() ? Status.cancelled() : Status.confirmed());
        return event;
    }

    /**
     * The zone's VTIMEZONE from the JDK's current rules: one STANDARD and one DAYLIGHT observance with a yearly
     * RRULE for a zone with summer time (Europe/Rome: last Sunday of March 02:00 → +02:00, last Sunday of October
     * 03:00 → +01:00), a single STANDARD observance for a zone without.
     */
    static VTimezone vtimezone(ZoneId zone) {
        var timezone = new VTimezone(zone.getId());
        var rules = zone.getRules();
        List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(java.time.Instant.now());
            var standard = new StandardTime();
            standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            standard.setTimezoneOffsetFrom(utcOffset(offset));
            standard.setTimezoneOffsetTo(utcOffset(offset));
            timezone.addStandardTime(standard);
            return timezone;
        }
        for (var rule : transitions) {
            boolean summer = rule.getOffsetAfter().getTotalSeconds()
                    > rule.getStandardOffset().getTotalSeconds();
            Observance observance = summer ? new DaylightSavingsTime() : new StandardTime();
            LocalDateTime first = rule.createTransition(1970).getDateTimeBefore();
            observance.setDateStart(new DateTimeComponents(
                    first.getYear(),
                    first.getMonthValue(),
                    first.getDayOfMonth(),
                    first.getHour(),
                    first.getMinute(),
                    first.getSecond(),
                    false));
            observance.setTimezoneOffsetFrom(utcOffset(rule.getOffsetBefore()));
            observance.setTimezoneOffsetTo(utcOffset(rule.getOffsetAfter()));
            observance.setRecurrenceRule(recurrence(rule));
            if (observance instanceof DaylightSavingsTime daylight) {
                timezone.addDaylightSavingsTime(daylight);
            } else {
                timezone.addStandardTime((StandardTime) observance);
            }
        }
        return timezone;
    }

    private static Recurrence recurrence(ZoneOffsetTransitionRule rule) {
        var builder =
                new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return builder.byMonthDay(day).build();
        }
        var weekday = biweekly.util.DayOfWeek.valueOf(rule.getDayOfWeek().name());
        if (day > 0 && day + 6 == rule.getMonth().maxLength()) {
            return builder.byDay(-1, weekday).build(); // "Sun>=25" in March is the last Sunday: -1SU, as Outlook writes
        }
        if (day < 0) {
            return builder.byDay(day == -1 ? -1 : -(((-day) - 1) / 7 + 1), weekday)
                    .build();
        }
        if ((day - 1) % 7 == 0) {
            return builder.byDay((day - 1) / 7 + 1, weekday).build();
        }
        // "the first <weekday> on or after day N" in general: one of the seven days N..N+6 that is the weekday.
        var days = new java.util.ArrayList<Integer>();
        for (int d = day; d < day + 7; d++) {
            days.add(d);
        }
        return builder.byDay(weekday).byMonthDay(days).build();
    }

    private static UtcOffset utcOffset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
