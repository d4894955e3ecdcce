package org.cocrea.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
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
 * In a real browser: a parent signs up for a full shift of the school's reading workshop and is waitlisted; when the
 * teacher holding the place cancels, the parent moves up; the teacher, as coordinator, checks the parent in; the
 * parent reads "my shifts" and downloads the certificate of hours, a PDF. Each page passes axe at desktop and phone
 * width.
 */
@ServerTest
class ShiftsBrowserIT extends BrowserTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired
    JdbcClient jdbc;

    /** A shift of today (started, so the coordinator can check people in), one place, held by the teacher. */
    private long[] full() {
        long instance = jdbc.sql("""
                SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE i.title = :t AND t.tool_id = 'shifts' ORDER BY t.id FETCH FIRST 1 ROWS ONLY
                """)
                .param("t", ShiftsDemoData.SCHOOL)
                .query(Long.class)
                .single();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        String title = "Lettura serale " + System.nanoTime();
        jdbc.sql("""
                INSERT INTO shift_activity (tool_instance_id, title, description, briefing, safety, skills,
                    minors_allowed, created_at, updated_at)
                VALUES (:i, :title, 'Un posto solo.', 'Ritrovo in biblioteca.', 'Nessun rischio.', '', FALSE, :now, :now)
                """)
                .param("i", instance)
                .param("title", title)
                .param("now", now)
                .update();
        long activity = jdbc.sql("SELECT id FROM shift_activity WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        var start = LocalDate.now(ROME).atStartOfDay(ROME).toOffsetDateTime();
        jdbc.sql("""
                INSERT INTO shift (activity_id, starts_at, ends_at, place, min_people, max_people, next_position,
                    created_at, updated_at)
                VALUES (:a, :s, :e, 'Biblioteca della scuola', 1, 1, 2, :now, :now)
                """)
                .param("a", activity)
                .param("s", start)
                .param("e", start.plusHours(23).plusMinutes(59))
                .param("now", now)
                .update();
        long shift = jdbc.sql("SELECT MAX(id) FROM shift WHERE activity_id = :a")
                .param("a", activity)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO shift_signup (shift_id, person_id, status, position, signed_up_at)
                VALUES (:s, (SELECT id FROM app_user WHERE email = :e), 'registered', 1, CURRENT_TIMESTAMP)
                """).param("s", shift).param("e", Demo.TEACHER).update();
        return new long[] {instance, shift};
    }

    @Test
    void aParentWaitlistedForAFullShiftMovesUpIsCheckedInAndDownloadsTheCertificate() {
        var ids = full();
        String page = "/shifts/" + ids[0] + "/shift/" + ids[1];

        signIn(Demo.PARENT);
        open(page);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(message("shifts.full"))
                .doesNotContain("Marco Verdi");
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "shifts-full");
        submitAndAwaitNextPage(page + "/signup");
        assertNotice("shifts.waitlisted");
        assertThat(browser.findElement(By.cssSelector(".shifts-mine p")).getText())
                .startsWith(message("shifts.mine.waitlisted"));
        Axe.assertAccessible(browser);
        signOut();

        signIn(Demo.TEACHER);
        open(page);
        submitAndAwaitNextPage(page + "/cancel");
        assertNotice("shifts.cancelled");
        // The parent moved up: the coordinator checks them in.
        assertThat(browser.findElement(By.cssSelector(".shifts-roster")).getText())
                .contains("Elena Ferrari", message("shifts.roster.registered"));
        Axe.assertAccessible(browser);
        submitAndAwaitNextPage(browser.findElement(By.cssSelector("button[value='check-in']")));
        assertNotice("shifts.attendance.check-in");
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "shifts-roster");
        signOut();

        signIn(Demo.PARENT);
        open(page);
        assertThat(browser.findElement(By.cssSelector(".shifts-mine p")).getText())
                .startsWith(message("shifts.mine.registered"));
        open("/shifts/mine");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Lettura serale");
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "shifts-mine");

        // The certificate the page offers, fetched as the browser downloads it, with the parent's session.
        String href = browser.findElement(By.cssSelector("a[href$='certificate.pdf']"))
                .getAttribute("href");
        @SuppressWarnings("unchecked")
        var pdf = (Map<String, Object>) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({type:"
                                + " r.headers.get('content-type'), head: String.fromCharCode(...new"
                                + " Uint8Array(b.slice(0, 5))), size: b.byteLength})));",
                        href);
        assertThat(pdf.get("type")).isEqualTo("application/pdf");
        assertThat(pdf.get("head")).isEqualTo("%PDF-");
        assertThat(((Number) pdf.get("size")).longValue()).isGreaterThan(500);
    }
}
