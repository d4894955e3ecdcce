package org.cocrea.meetings;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * Reads an iCalendar file with ical4j, the library that did NOT write it (biweekly writes), so the tests prove the
 * files are standard rather than merely readable by their writer.
 */
final class Ics {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** One VEVENT as read: DTSTART as written (local time and its TZID) and as an instant through the VTIMEZONE. */
    record Event(
            String uid,
            String summary,
            String description,
            String location,
            String status,
            int sequence,
            String url,
            boolean stamped,
            String startTzid,
            LocalDateTime startLocal,
            Instant start,
            Instant end) {}

    record Parsed(String method, String prodId, List<Event> events, String tzid) {}

    private Ics() {}

    static Parsed parse(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            VTimeZone zone =
                    calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElse(null);
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            return new Parsed(
                    value(calendar.getProperty(Property.METHOD)),
                    value(calendar.getProperty(Property.PRODID)),
                    events.stream().map(e -> event(e, zone)).toList(),
                    zone == null ? null : zone.getTimeZoneId().getValue());
        } catch (Exception e) {
            throw new AssertionError("ical4j could not read the file:\n" + text, e);
        }
    }

    private static String value(java.util.Optional<? extends Property> p) {
        return p.map(Property::getValue).orElse(null);
    }

    private static Event event(VEvent e, VTimeZone zone) {
        Property start = e.<Property>getProperty(Property.DTSTART).orElseThrow();
        Property end = e.<Property>getProperty(Property.DTEND).orElseThrow();
        String tzid = start.<Parameter>getParameter(Parameter.TZID)
                .map(Parameter::getValue)
                .orElse(null);
        LocalDateTime local = LocalDateTime.parse(start.getValue(), LOCAL);
        return new Event(
                value(e.getProperty(Property.UID)),
                value(e.getProperty(Property.SUMMARY)),
                value(e.getProperty(Property.DESCRIPTION)),
                value(e.getProperty(Property.LOCATION)),
                value(e.getProperty(Property.STATUS)),
                Integer.parseInt(value(e.getProperty(Property.SEQUENCE))),
                value(e.getProperty(Property.URL)),
                e.getProperty(Property.DTSTAMP).isPresent(),
                tzid,
                local,
                instant(local, zone),
                instant(LocalDateTime.parse(end.getValue(), LOCAL), zone));
    }

    /** The local time as an instant, by the offset the file's own VTIMEZONE gives at that time. */
    static Instant instant(LocalDateTime local, VTimeZone zone) {
        ZoneOffset offset = ZoneOffset.UTC;
        for (int i = 0; i < 2; i++) { // the observance at a first guess, then at the offset it gives
            offset = zone.getApplicableObservance(local.atOffset(offset))
                    .getTimeZoneOffsetTo()
                    .getOffset();
        }
        return local.toInstant(offset);
    }
}
