package org.cocrea.rating;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A resident gives a negative rating with a reason: on the initiative page of the bike routes they tap "not well"
 * (htmx posts it and swaps the faces in place), are asked why, write it and send it; the facilitator then reads the
 * rating page, where one rating is too few to show; the demo's published results show the weekly chart, its table
 * and the before/after comparison. axe-core checks every page on the way, at desktop and phone width.
 */
@ServerTest
class RatingBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResidentGivesANegativeRatingWithAReason() {
        TestRatings.ensurePeople(jdbc);
        long id = TestRatings.newInstance(jdbc, TestRatings.COLLECTIVE);
        long initiative = TestRatings.initiativeOf(jdbc, id);

        signIn(Demo.CITIZEN);
        open("/initiatives/" + initiative);
        assertThat(browser.findElement(By.id("rating-" + id + "-title")).getText())
                .isEqualTo(message("rating.question"));
        Axe.assertAccessible(browser);
        browser.findElement(By.cssSelector("label[for='rating-" + id + "-negative']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reason")));
        assertThat(browser.findElement(By.cssSelector("p.rating-mine")).getText())
                .isEqualTo(message("rating.mine", message("rating.face.negative")));
        Axe.assertAccessible(browser);
        type("reason", "Auto parcheggiate sulla ciclabile davanti al mercato.");
        browser.findElement(By.cssSelector("form.rating-reason button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.rating-thanks")));
        assertThat(browser.findElement(By.cssSelector("p.rating-thanks")).getText())
                .isEqualTo(message("rating.reason.thanks"));
        Screenshots.saveAtBothWidths(browser, "rating-1-negative-with-reason");
        assertThat(jdbc.sql("SELECT score, reason FROM rating WHERE tool_instance_id = :i")
                        .param("i", id)
                        .query()
                        .listOfRows())
                .hasSize(1)
                .first()
                .satisfies(row -> {
                    assertThat(((Number) row.get("score")).intValue()).isEqualTo(-1);
                    assertThat(row.get("reason")).isEqualTo("Auto parcheggiate sulla ciclabile davanti al mercato.");
                });
        signOut();

        signIn(Demo.PARKS_OFFICER);
        open("/rating/" + id);
        assertThat(browser.findElement(By.id("weeks")).getText()).contains(message("rating.tooFew"));
        Axe.assertAccessible(browser);
        long demo = jdbc.sql("""
                        SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                        WHERE t.tool_id = 'rating' AND i.title = :t
                        """)
                .param("t", RatingDemoData.INITIATIVE)
                .query(Long.class)
                .single();
        open("/rating/" + demo);
        assertThat(browser.findElements(By.cssSelector("svg[role=img] rect.chart-bar")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("compare")).getText()).contains(message("rating.face.positive"));
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "rating-2-results");
    }
}
