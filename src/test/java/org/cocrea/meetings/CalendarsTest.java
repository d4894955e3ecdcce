package org.cocrea.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Language;
import org.junit.jupiter.api.Test;

/** iCalendar files written with biweekly and read back with ical4j. */
class CalendarsTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final CocreaSettings SETTINGS = new CocreaSettings(
            URI.create("https://cocrea.example.org"),
            Language.IT,
            Path.of("."),
            false,
            "",
            ROME,
            null,
            null,
            null,
            null);
    final Calendars calendars = new Calendars(SETTINGS);

    static Meeting meeting(
            long id, LocalDateTime localStart, String title, String description, boolean cancelled, int sequence) {
        var start = localStart.atZone(ROME).toOffsetDateTime();
        return new Meeting(
                id,
                7,
                title,
                description,
                Meeting.HYBRID,
                "Via Roma 12, Milano; aula magna",
                new BigDecimal("45.464200"),
                new BigDecimal("9.190000"),
                "https://meet.example.org/x",
                start,
                start.plusHours(2),
                "",
                10,
                null,
                null,
                cancelled ? OffsetDateTime.now(ZoneOffset.UTC) : null,
                sequence,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Test
    void aCalendarHasWhatGoogleOutlookAndThunderbirdNeed() {
        var text = calendars.write(
                "Prova",
                List.of(meeting(5, LocalDateTime.of(2027, 5, 4, 17, 0), "T", "", false, 3)),
                Calendars.Link.HIDDEN);
        var parsed = Ics.parse(text);
        assertThat(parsed.method()).isEqualTo("PUBLISH");
        assertThat(parsed.prodId()).isEqualTo(Calendars.PRODID);
        assertThat(parsed.tzid()).isEqualTo("Europe/Rome");
        var event = parsed.events().get(0);
        assertThat(event.uid()).isEqualTo("meeting-5@cocrea.example.org");
        assertThat(event.stamped()).isTrue();
        assertThat(event.sequence()).isEqualTo(3);
        assertThat(event.status()).isEqualTo("CONFIRMED");
        assertThat(event.url()).isEqualTo("https://cocrea.example.org/meetings/7/meeting/5");
        assertThat(text).contains("\r\n").contains("BEGIN:VTIMEZONE");
        // Europe/Rome as Outlook and the tz database write it: the last Sunday of March and of October.
        assertThat(text.replace("\r\n ", ""))
                .contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")
                .contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10");
    }

    @Test
    void summerTimeChangesComeBackAsTheSameLocalTime() {
        // The last Sunday of March 2027 is the 28th (02:00 → 03:00); the last of October the 31st (03:00 → 02:00).
        var march = meeting(1, LocalDateTime.of(2027, 3, 28, 10, 0), "Marzo", "", false, 0);
        var october = meeting(2, LocalDateTime.of(2027, 10, 31, 10, 0), "Ottobre", "", false, 0);
        var winter = meeting(3, LocalDateTime.of(2027, 1, 10, 10, 0), "Gennaio", "", false, 0);
        var parsed = Ics.parse(calendars.write("Prova", List.of(march, october, winter), Calendars.Link.HIDDEN));
        for (int i = 0; i < 3; i++) {
            var event = parsed.events().get(i);
            var original = List.of(march, october, winter).get(i);
            assertThat(event.startTzid()).isEqualTo("Europe/Rome");
            assertThat(event.startLocal().toLocalTime()).hasToString("10:00");
            assertThat(event.start()).isEqualTo(original.startsAt().toInstant());
            assertThat(event.end()).isEqualTo(original.endsAt().toInstant());
        }
        assertThat(parsed.events().get(0).start()).hasToString("2027-03-28T08:00:00Z");
        assertThat(parsed.events().get(1).start()).hasToString("2027-10-31T09:00:00Z");
    }

    @Test
    void commasSemicolonsNewlinesAndLongLinesSurviveTheRoundTrip() {
        String title = "Laboratorio, parte 1; “scuola” \\ famiglie";
        String description = "Riga uno, con virgole; e punti e virgola\nRiga due: " + "àèìòù €".repeat(40);
        var text = calendars.write(
                "Prova",
                List.of(meeting(9, LocalDateTime.of(2027, 6, 1, 9, 0), title, description, false, 0)),
                Calendars.Link.HIDDEN);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text).contains("\r\n "); // folded
        var event = Ics.parse(text).events().get(0);
        assertThat(event.summary()).isEqualTo(title);
        assertThat(event.description()).isEqualTo(description);
        assertThat(event.location()).isEqualTo("Via Roma 12, Milano; aula magna");
    }

    @Test
    void aCancelledMeetingIsCancelledAndTheLinkOnlyWhenShown() {
        var m = meeting(4, LocalDateTime.of(2027, 2, 1, 18, 0), "Annullato", "", true, 2);
        var hidden = Ics.parse(calendars.write("P", List.of(m), Calendars.Link.HIDDEN))
                .events()
                .get(0);
        assertThat(hidden.status()).isEqualTo("CANCELLED");
        assertThat(hidden.sequence()).isEqualTo(2);
        assertThat(hidden.location()).doesNotContain("meet.example.org");
        assertThat(String.valueOf(hidden.description())).doesNotContain("meet.example.org");
        var shown = Ics.parse(calendars.write("P", List.of(m), Calendars.Link.SHOWN))
                .events()
                .get(0);
        assertThat(shown.location()).contains("https://meet.example.org/x");
    }

    @Test
    void zonesWithOtherRulesOrNoneGetTheirOwnVtimezone() {
        for (String id : List.of("America/New_York", "Asia/Tokyo", "Australia/Sydney", "UTC")) {
            var zone = ZoneId.of(id);
            var settings = new CocreaSettings(
                    URI.create("https://x.example.org"),
                    Language.IT,
                    Path.of("."),
                    false,
                    "",
                    zone,
                    null,
                    null,
                    null,
                    null);
            var start = LocalDateTime.of(2027, 3, 28, 10, 0).atZone(zone).toOffsetDateTime();
            var m = new Meeting(
                    1,
                    1,
                    "T",
                    "",
                    Meeting.IN_PERSON,
                    null,
                    null,
                    null,
                    null,
                    start,
                    start.plusHours(1),
                    "",
                    null,
                    null,
                    null,
                    null,
                    0,
                    start);
            var event = Ics.parse(new Calendars(settings).write("P", List.of(m), Calendars.Link.HIDDEN))
                    .events()
                    .get(0);
            assertThat(event.start()).as(id).isEqualTo(start.toInstant());
        }
    }

    @Test
    void aFeedIsWrittenOnceAndAgainAfterEveryChange() {
        var m = meeting(8, LocalDateTime.of(2027, 4, 1, 9, 0), "Prima", "", false, 0);
        String first = calendars.write("P", List.of(m), Calendars.Link.HIDDEN);
        assertThat(calendars.write("P", List.of(m), Calendars.Link.HIDDEN)).isSameAs(first);
        var changed = new Meeting(
                m.id(),
                m.toolInstanceId(),
                "Dopo",
                "",
                m.kind(),
                m.address(),
                m.latitude(),
                m.longitude(),
                m.onlineLink(),
                m.startsAt(),
                m.endsAt(),
                "",
                m.capacity(),
                null,
                null,
                null,
                1,
                m.updatedAt().plusSeconds(1));
        var event = Ics.parse(calendars.write("P", List.of(changed), Calendars.Link.HIDDEN))
                .events()
                .get(0);
        assertThat(event.summary()).isEqualTo("Dopo");
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(calendars.write("P", List.of(m), Calendars.Link.SHOWN)).isNotEqualTo(first);
    }
}
