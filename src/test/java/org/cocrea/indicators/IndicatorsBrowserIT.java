package org.cocrea.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A facilitator records an indicator reading and sees the progress: the parks officer adds "cyclists a day" to the
 * bike routes' co-assessment (first with a target equal to the starting value, refused with the form kept), records
 * a reading of 180 and reads "75% of the way from 120 to 200"; the chart and its table show it. axe-core checks every
 * page on the way, at desktop and phone width.
 */
@ServerTest
class IndicatorsBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private void waitForNotice() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.notice[role=status]")));
    }

    @Test
    void aFacilitatorRecordsAReadingAndSeesTheProgress() {
        long id = TestIndicators.newInstance(jdbc, TestIndicators.COLLECTIVE);
        var today = LocalDate.now(ZoneId.of("Europe/Rome"));
        String list = "/indicators/" + id;

        signIn(Demo.PARKS_OFFICER);
        open(list);
        Axe.assertAccessible(browser);
        browser.findElement(By.cssSelector("details.form-on-demand > summary")).click();
        browser.findElement(By.cssSelector("label[for='objective-effectiveness']"))
                .click();
        type("name", "Ciclisti contati al giorno");
        type("unit", "ciclisti al giorno");
        browser.findElement(By.cssSelector("label[for='direction-higher']")).click();
        type("baseline", "120");
        setDate("baselineOn", today.minusDays(60));
        type("target", "120");
        setDate("targetOn", today.plusDays(200));
        type("source", "Conteggio dei volontari");
        submit(list);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("target-error")));
        assertThat(browser.findElement(By.id("target-error")).getText()).isEqualTo(message("indicators.target.equal"));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Ciclisti contati al giorno");
        Axe.assertAccessible(browser);
        type("target", "200");
        submit(list);
        waitForNotice();
        assertNotice("indicators.created");
        Axe.assertAccessible(browser);

        String page = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/indicators/"));
        type("value", "180");
        setDate("on", today);
        type("note", "Martedì, incrocio con via Garibaldi");
        submit(page + "/readings");
        waitForNotice();
        assertNotice("indicators.reading.saved");
        assertThat(browser.findElement(By.cssSelector("p.indicator-progress")).getText())
                .startsWith(message("indicators.progress.sentence", "75", "120", "200", "ciclisti al giorno", "")
                        .replaceAll("[^%]*$", "")
                        .trim());
        assertThat(browser.findElement(By.id("readings")).getText()).contains("Martedì, incrocio con via Garibaldi");
        assertThat(browser.findElements(By.cssSelector("svg[role=img] circle.chart-point")))
                .hasSize(2);
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "indicators-1-progress");
    }

    /** A date field takes the date as the browser shows it; setting its value directly avoids the locale's order. */
    private void setDate(String id, LocalDate date) {
        var field = browser.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", field, date.toString());
    }
}
