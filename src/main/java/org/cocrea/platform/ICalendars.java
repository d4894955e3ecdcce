package org.cocrea.platform;

import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.List;
import java.util.TimeZone;

/**
 * Writing iCalendar files (RFC 5545) with biweekly, the same way for every tool that offers them (meetings, shifts;
 * ADR 13): a published calendar in the organisation's time zone, with that zone's VTIMEZONE made from the JDK's rules
 * (so biweekly downloads none), written unfolded and folded here by UTF-8 octets.
 */
public final class ICalendars {
    private ICalendars() {}

    /** An empty published calendar: its PRODID, METHOD:PUBLISH, its name and the zone every time is written in. */
    public static ICalendar published(String productId, String name, ZoneId zone) {
        var ical = new ICalendar();
        ical.setProductId(productId);
        ical.setMethod("PUBLISH");
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        ical.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), vtimezone(zone)));
        return ical;
    }

    /** The calendar as text, lines folded at 75 octets. */
    public static String write(ICalendar ical) {
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
    public static String fold(String unfolded) {
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

    /**
     * The zone's VTIMEZONE from the JDK's current rules: one STANDARD and one DAYLIGHT observance with a yearly
     * RRULE for a zone with summer time (Europe/Rome: last Sunday of March 02:00 → +02:00, last Sunday of October
     * 03:00 → +01:00), a single STANDARD observance for a zone without.
     */
    public static VTimezone vtimezone(ZoneId zone) {
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
