package org.cocrea.meetings;

import biweekly.component.VEvent;
import biweekly.property.Geo;
import biweekly.property.Status;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.ICalendars;
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
        var ical = ICalendars.published(PRODID, name, zone);
        var stamp = new Date();
        for (var m : meetings) {
            ical.addEvent(event(m, stamp, link));
        }
        return ICalendars.write(ical);
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
}
