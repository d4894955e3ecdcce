package org.cocrea.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the parks officer moves the demo's protected cycle lane, a project the budget funded, to 60%
 * with a photo of the works; signed out, the public progress page of the initiative and the organisation-wide page
 * show it at 60%, and its page shows the photo in its timeline. Each page passes axe at desktop and phone width.
 */
@ServerTest
class TrackingBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFacilitatorMovesAFundedProjectTo60PercentWithAPhoto() throws Exception {
        long instance = jdbc.sql("SELECT MIN(id) FROM tool_instance WHERE tool_id = 'tracking'")
                .query(Long.class)
                .single();
        long result = jdbc.sql("""
                SELECT MIN(id) FROM tracked_result WHERE tool_instance_id = :i AND source_kind = 'budget'
                AND title LIKE 'Pista ciclabile%'
                """).param("i", instance).query(Long.class).single();
        String page = "/tracking/" + instance + "/" + result;
        Path photo = Files.createTempFile("cantiere", ".png");
        Files.write(photo, TestTracking.png());

        signIn(Demo.PARKS_OFFICER);
        open(page);
        Axe.assertAccessible(browser);
        type("progress", "60");
        type("spent", "55.000,00");
        type("body", "Aperto il primo tratto di 600 metri tra la stazione e le scuole.");
        browser.findElement(By.id("image")).sendKeys(photo.toAbsolutePath().toString());
        type("imageAlt", "La nuova corsia protetta davanti alla stazione");
        submitAndAwaitNextPage(page + "/progress");
        assertNotice("tracking.progress.saved");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(message("tracking.progress.of", "60"))
                .contains("Aperto il primo tratto di 600 metri");
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "tracking-result-manage");
        signOut();

        open("/tracking/" + instance);
        var card = browser.findElements(By.cssSelector(".tracking-result")).stream()
                .filter(c -> c.getText().contains("Pista ciclabile protetta"))
                .findFirst()
                .orElseThrow();
        assertThat(card.getText()).contains(message("tracking.progress.of", "60"));
        assertThat(card.findElement(By.tagName("progress")).getAttribute("value"))
                .isEqualTo("60");
        assertThat(browser.findElements(By.cssSelector("form[action$='/import']")))
                .isEmpty();
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "tracking-instance");

        open(page);
        assertThat(browser.findElement(By.cssSelector(".tracking-photo")).getAttribute("alt"))
                .isEqualTo("La nuova corsia protetta davanti alla stazione");
        assertThat(browser.findElements(By.cssSelector("form[action$='/progress']")))
                .isEmpty();
        Axe.assertAccessible(browser);

        open("/tracking?status=in-progress");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Pista ciclabile protetta")
                .contains(message("tracking.progress.of", "60"));
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "tracking-overview");
    }
}
