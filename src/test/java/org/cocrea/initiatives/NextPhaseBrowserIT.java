package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14's acceptance: in a real browser, the parks officer (a facilitator) reads the bicycle routes' journey,
 * moves the initiative to its next phase through the confirmation page, and sees co-design active with the past
 * co-commissioning's tools still linked. Every page passes axe at desktop and phone width, no page scrolls sideways
 * at 375 px, and screenshots are kept under {@code target/screenshots/}. The demo timeline is put back afterwards.
 */
@ServerTest
class NextPhaseBrowserIT extends BrowserTest {
    private static final String BIKES = "Percorsi ciclabili del quartiere";

    @Autowired
    JdbcClient jdbc;

    private long id;
    private List<Map<String, Object>> timeline;
    private Map<String, Object> initiative;

    @BeforeEach
    void remember() {
        id = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", BIKES)
                .query(Long.class)
                .single();
        timeline = jdbc.sql("SELECT cycle, phase, starts_on, ends_on FROM initiative_phase WHERE initiative_id = :i")
                .param("i", id)
                .query()
                .listOfRows();
        initiative = jdbc.sql("""
                SELECT announced_phase, active_phase_override, active_cycle_override FROM initiative WHERE id = :i
                """).param("i", id).query().singleRow();
    }

    @AfterEach
    void leaveTheDemoAsItWas() {
        jdbc.sql("DELETE FROM initiative_phase WHERE initiative_id = :i")
                .param("i", id)
                .update();
        for (var row : timeline) {
            jdbc.sql("""
                    INSERT INTO initiative_phase (initiative_id, cycle, phase, starts_on, ends_on)
                    VALUES (:i, :cycle, :phase, :start, :end)
                    """)
                    .param("i", id)
                    .param("cycle", row.get("cycle"))
                    .param("phase", row.get("phase"))
                    .param("start", row.get("starts_on"))
                    .param("end", row.get("ends_on"))
                    .update();
        }
        jdbc.sql("""
                UPDATE initiative SET announced_phase = :a, active_phase_override = :o, active_cycle_override = :c
                WHERE id = :i
                """)
                .param("a", initiative.get("announced_phase"))
                .param("o", initiative.get("active_phase_override"))
                .param("c", initiative.get("active_cycle_override"))
                .param("i", id)
                .update();
    }

    /** The page fits a phone: nothing wider than 375 px, so nobody scrolls sideways. */
    private void fitsAPhone() {
        var window = browser.manage().window();
        Dimension size = window.getSize();
        org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 800));
        try {
            long width = ((Number)
                            ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                    .longValue();
            assertThat(width)
                    .as("page width at 375 px on %s", browser.getCurrentUrl())
                    .isLessThanOrEqualTo(375);
        } finally {
            window.setSize(size);
        }
    }

    /** Scrolls the journey into view, so the screenshots show it. */
    private void showJourney() {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('journey').scrollIntoView()");
    }

    private String activeStep() {
        return browser.findElement(By.cssSelector("ol.journey > li[aria-current='step'] h3"))
                .getText();
    }

    @Test
    void theParksOfficerMovesTheBicycleRoutesToTheirNextPhase() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        signIn(Demo.PARKS_OFFICER);
        open("/initiatives/" + id);
        assertThat(activeStep()).startsWith(message("phase.co-commissioning"));
        assertThat(browser.findElements(By.cssSelector("ol.journey > li"))).hasSize(4);
        var commissioningTools =
                browser.findElements(By.cssSelector("ol.journey > li.active ul.journey-tools a:not(.export)"));
        assertThat(commissioningTools.stream().map(a -> a.getDomAttribute("href")))
                .anyMatch(h -> h.startsWith("/ideas/"))
                .anyMatch(h -> h.startsWith("/budget/"))
                .anyMatch(h -> h.startsWith("/vote/"));
        Axe.assertAccessible(browser);
        fitsAPhone();
        showJourney();
        Screenshots.saveAtBothWidths(browser, "next-phase-1-journey");

        browser.findElement(By.cssSelector("a[href='/initiatives/" + id + "/next-phase']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".confirm-what")));
        String what = browser.findElement(By.cssSelector(".confirm-what")).getText();
        assertThat(what)
                .contains(message("phase.co-commissioning"))
                .contains(message("phase.co-design"))
                .contains(message("journey.next.followers"));
        Axe.assertAccessible(browser);
        fitsAPhone();
        Screenshots.saveAtBothWidths(browser, "next-phase-2-confirm");
        // Nothing has changed before the confirmation.
        assertThat(jdbc.sql(
                                "SELECT ends_on FROM initiative_phase WHERE initiative_id = :i AND phase = 'co-commissioning'")
                        .param("i", id)
                        .query(LocalDate.class)
                        .single())
                .isAfter(today);

        submitAndAwaitNextPage("/initiatives/" + id + "/next-phase");
        assertNotice("journey.next.done");
        assertThat(activeStep()).startsWith(message("phase.co-design"));
        var past = browser.findElement(By.cssSelector("ol.journey > li.past"));
        assertThat(past.findElement(By.tagName("h3")).getText()).startsWith(message("phase.co-commissioning"));
        assertThat(past.findElements(By.cssSelector("a[href^='/budget/']"))).hasSize(1);
        Axe.assertAccessible(browser);
        fitsAPhone();
        showJourney();
        Screenshots.saveAtBothWidths(browser, "next-phase-3-moved");
        assertThat(Files.exists(Screenshots.DIRECTORY.resolve("next-phase-3-moved-375.png")))
                .isTrue();

        assertThat(jdbc.sql("""
                        SELECT phase || ' ' || starts_on || ' ' || ends_on FROM initiative_phase
                        WHERE initiative_id = :i AND phase IN ('co-commissioning', 'co-design') ORDER BY starts_on
                        """).param("i", id).query(String.class).list())
                .hasSize(2)
                .first()
                .asString()
                .endsWith(" " + today.minusDays(1));
        assertThat(jdbc.sql("SELECT starts_on FROM initiative_phase WHERE initiative_id = :i AND phase = 'co-design'")
                        .param("i", id)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today);
    }
}
