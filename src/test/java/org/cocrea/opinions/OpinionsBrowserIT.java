package org.cocrea.opinions;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Chromium;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's acceptance: in a real browser a resident votes on ten statements of the bicycle routes' conversation
 * (htmx swaps the card), adds one, and once the map is recomputed finds themselves on it and reads their group's
 * representative statements; then, in a browser without JavaScript, the parks officer votes with plain form posts
 * and changes a vote on the statements page. Every page passes axe at desktop and phone width without sideways
 * scrolling at 375 px. The demo conversation is put back afterwards.
 */
@ServerTest
class OpinionsBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Recompute recompute;

    private long id;
    private long before;

    @BeforeEach
    void remember() {
        id = TestOpinions.demoConversation(jdbc, TestOpinions.COLLECTIVE);
        before = jdbc.sql("SELECT MAX(id) FROM opinion_statement")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void leaveTheDemoAsItWas() {
        jdbc.sql("""
                DELETE FROM opinion_vote WHERE participant_id IN (SELECT p.id FROM opinion_participant p
                    JOIN app_user u ON u.id = p.person_id
                    WHERE p.tool_instance_id = :t AND u.email IN ('citizen@example.org', 'parks.officer@example.org'))
                """).param("t", id).update();
        jdbc.sql("DELETE FROM opinion_statement WHERE tool_instance_id = :t AND id > :b")
                .param("t", id)
                .param("b", before)
                .update();
        jdbc.sql("UPDATE opinion_conversation SET stale = TRUE, computed_at = NULL WHERE tool_instance_id = :t")
                .param("t", id)
                .update();
        recompute.computeIfClaimed(id);
    }

    private static void fitsAPhone(WebDriver driver) {
        var window = driver.manage().window();
        Dimension size = window.getSize();
        org.cocrea.testing.Screens.narrow(driver, new Dimension(375, 800));
        try {
            // Under load the page may still be laid out at the old width when the resize returns: wait for the new one.
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> ((Number) ((JavascriptExecutor) d)
                                            .executeScript("return document.documentElement.clientWidth"))
                                    .longValue()
                            <= 375);
            long width = ((Number)
                            ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                    .longValue();
            assertThat(width)
                    .as("page width at 375 px on %s", driver.getCurrentUrl())
                    .isLessThanOrEqualTo(375);
        } finally {
            window.setSize(size);
        }
    }

    private void checked(WebDriver driver, String screenshot) {
        Axe.assertAccessible(driver);
        fitsAPhone(driver);
        Screenshots.saveAtBothWidths(driver, "opinions-" + screenshot);
    }

    /** A cyclist's vote on a demo statement: agree where the planted cyclists mostly agree. */
    private static String asACyclist(String text) {
        return OpinionsDemoData.BIKE_STATEMENTS.stream()
                        .filter(p -> p.text().equals(text))
                        .findFirst()
                        .map(p -> p.agree()[0] > 0.5)
                        .orElse(true)
                ? "agree"
                : "disagree";
    }

    @Test
    void aResidentVotesAddsAStatementAndFindsThemselvesOnTheMap() {
        signIn(Demo.CITIZEN);
        open("/opinions/" + id);
        int published = OpinionsDemoData.BIKE_STATEMENTS.size();
        assertThat(browser.findElement(By.cssSelector(".opinion-card .meta")).getText())
                .isEqualTo(message("opinions.progress", 0, published));
        checked(browser, "1-card");
        for (int i = 0; i < 10; i++) {
            String text = browser.findElement(By.id("card-statement")).getText();
            browser.findElement(By.cssSelector("#vote-area button[value='" + asACyclist(text) + "']"))
                    .click();
            // htmx swaps the card in place: the page stays, the count moves on
            wait.until(ExpectedConditions.textToBe(
                    By.cssSelector(".opinion-card .meta"), message("opinions.progress", i + 1, published)));
        }
        assertThat(browser.getCurrentUrl()).endsWith("/opinions/" + id);
        checked(browser, "2-after-ten-votes");

        type("body", "Servono percorsi ciclabili verso il parco Nord.");
        submitAndAwaitNextPage(browser.findElement(
                By.cssSelector("form[action='/opinions/" + id + "/statements'] button[type=submit]")));
        assertNotice("opinions.statement.added");

        // the background round (every second in production; by hand here) brings the map up to date
        recompute.round();
        open("/opinions/" + id + "/results");
        assertThat(browser.findElements(By.cssSelector("svg.opinion-map-svg circle.me")))
                .hasSize(1);
        var mine = browser.findElement(By.cssSelector("article.opinion-group.mine"));
        assertThat(mine.getText()).contains(message("opinions.groups.yours"));
        assertThat(mine.findElements(By.cssSelector(".representative li"))).isNotEmpty();
        long counted = jdbc.sql("SELECT votes_counted FROM opinion_conversation WHERE tool_instance_id = :t")
                .param("t", id)
                .query(Long.class)
                .single();
        assertThat(counted)
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM opinion_vote WHERE tool_instance_id = :t")
                        .param("t", id)
                        .query(Long.class)
                        .single());
        assertThat(browser.findElement(By.id("computed")).getText()).isNotBlank();
        checked(browser, "3-results");
        open("/opinions/" + id + "/statements");
        assertThat(browser.findElements(By.cssSelector(".opinion-statements button[aria-pressed='true']")))
                .hasSize(10);
        checked(browser, "4-statements");
    }

    @Test
    void withoutJavaScriptVotesArePlainFormPosts() {
        var plain = Chromium.startWithoutJavaScript();
        try {
            plain.get("http://localhost:" + port + "/login");
            plain.findElement(By.id("email")).sendKeys(Demo.PARKS_OFFICER);
            plain.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
            Chromium.clickAndAwaitNextPage(plain, plain.findElement(By.cssSelector("form.form button[type=submit]")));
            plain.get("http://localhost:" + port + "/opinions/" + id);
            int published = OpinionsDemoData.BIKE_STATEMENTS.size();
            for (int i = 0; i < 3; i++) {
                Chromium.clickAndAwaitNextPage(
                        plain, plain.findElement(By.cssSelector("#vote-area button[value='pass']")));
                assertThat(plain.getCurrentUrl()).contains("/opinions/" + id);
                assertThat(plain.findElement(By.cssSelector(".opinion-card .meta"))
                                .getText())
                        .isEqualTo(message(plain, "opinions.progress", i + 1, published));
            }
            // axe needs JavaScript: these pages are the ones checked with it in the other journey
            Screenshots.saveAtBothWidths(plain, "opinions-5-without-javascript");
            plain.get("http://localhost:" + port + "/opinions/" + id + "/statements");
            var voted = plain.findElement(By.cssSelector(".opinion-statements button[aria-pressed='true']"));
            String statement = voted.findElement(By.xpath("./ancestor::li")).getDomAttribute("id");
            Chromium.clickAndAwaitNextPage(
                    plain, plain.findElement(By.cssSelector("#" + statement + " button[value='agree']")));
            assertThat(plain.findElement(By.cssSelector("#" + statement + " button[aria-pressed='true']"))
                            .getText())
                    .isEqualTo(message(plain, "opinions.agree"));
            Screenshots.saveAtBothWidths(plain, "opinions-6-statements-without-javascript");
        } finally {
            plain.quit();
        }
    }
}
