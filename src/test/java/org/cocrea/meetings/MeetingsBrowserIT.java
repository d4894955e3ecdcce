package org.cocrea.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a citizen registers for a full workshop and is waitlisted; when the one holding the place
 * cancels, the citizen moves up, reads the online link and downloads the .ics, whose content ical4j reads back.
 * Each page passes axe at desktop and phone width.
 */
@ServerTest
class MeetingsBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    private long full() {
        long instance = jdbc.sql("""
                SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE i.title = :t AND t.tool_id = 'meetings' ORDER BY t.id FETCH FIRST 1 ROWS ONLY
                """)
                .param("t", MeetingsDemoData.BIKES)
                .query(Long.class)
                .single();
        var start = LocalDate.now()
                .plusDays(12)
                .atTime(18, 0)
                .atZone(CalendarsTest.ROME)
                .toOffsetDateTime();
        String title = "Laboratorio serale " + System.nanoTime();
        jdbc.sql("""
                INSERT INTO meeting (tool_instance_id, title, description, kind, address, online_link, starts_at,
                    ends_at, agenda, capacity, next_position, created_at, updated_at)
                VALUES (:i, :title, 'Un posto solo.', 'hybrid', 'Parco Nord, via Verdi', 'https://meet.example.org/sera',
                    :s, :e, '1. Benvenuto', 1, 2, :now, :now)
                """)
                .param("i", instance)
                .param("title", title)
                .param("s", start)
                .param("e", start.plusHours(2))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        long meeting = jdbc.sql("SELECT id FROM meeting WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO meeting_registration (meeting_id, person_id, status, position, registered_at)
                VALUES (:m, (SELECT id FROM app_user WHERE email = :e), 'registered', 1, CURRENT_TIMESTAMP)
                """).param("m", meeting).param("e", Demo.VOLUNTEER).update();
        return meeting;
    }

    @Test
    void aCitizenWaitlistedForAFullWorkshopMovesUpAndDownloadsTheIcs() {
        long meeting = full();
        long instance = jdbc.sql("SELECT tool_instance_id FROM meeting WHERE id = :m")
                .param("m", meeting)
                .query(Long.class)
                .single();
        String page = "/meetings/" + instance + "/meeting/" + meeting;

        signIn(Demo.CITIZEN);
        open(page);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(message("meetings.full"))
                .doesNotContain("https://meet.example.org/sera");
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "meetings-full");
        submitAndAwaitNextPage(page + "/register");
        assertNotice("meetings.waitlisted");
        assertThat(browser.findElement(By.cssSelector(".meeting-mine")).getText())
                .isEqualTo(message("meetings.mine.waitlisted"));
        Axe.assertAccessible(browser);

        signOut();
        signIn(Demo.VOLUNTEER);
        open(page);
        submitAndAwaitNextPage(page + "/unregister");
        assertNotice("meetings.unregistered");
        signOut();

        signIn(Demo.CITIZEN);
        open(page);
        assertThat(browser.findElement(By.cssSelector(".meeting-mine")).getText())
                .isEqualTo(message("meetings.mine.registered"));
        assertThat(browser.findElement(By.cssSelector(".meeting-link")).getText())
                .isEqualTo("https://meet.example.org/sera");
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "meetings-registered");

        // The link the page offers, fetched as the browser would download it, with the citizen's session.
        String href = browser.findElement(By.cssSelector("a[href$='.ics']")).getAttribute("href");
        String ics = (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done);",
                        href);
        var parsed = Ics.parse(ics);
        assertThat(parsed.method()).isEqualTo("PUBLISH");
        var event = parsed.events().get(0);
        assertThat(event.uid()).startsWith("meeting-" + meeting + "@");
        assertThat(event.summary()).startsWith("Laboratorio serale");
        assertThat(event.startTzid()).isEqualTo("Europe/Rome");
        assertThat(event.startLocal().toLocalTime()).hasToString("18:00");
        assertThat(event.status()).isEqualTo("CONFIRMED");
        assertThat(event.location()).contains("Parco Nord").contains("https://meet.example.org/sera");

        open("/meetings/calendar");
        Axe.assertAccessible(browser);
        submitAndAwaitNextPage("/meetings/calendar");
        assertThat(browser.findElement(By.id("calendar-url")).getAttribute("value"))
                .endsWith(".ics");
        Axe.assertAccessible(browser);
    }
}
