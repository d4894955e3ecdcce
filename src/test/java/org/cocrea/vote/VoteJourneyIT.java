package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parks officer sets up a dot vote and opens it; a citizen shares the points (the page counts what is left
 * as they type), is refused when over, votes, then changes the ballot; the officer closes it and the results
 * show the changed ballot only, with a chart and a table. axe-core checks every page on the way.
 */
@ServerTest
class VoteJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private String markId(int option) {
        return browser.findElements(By.cssSelector("input[name^=mark-]"))
                .get(option)
                .getAttribute("id");
    }

    private void waitForNotice(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice[role=status]"), text));
    }

    @Test
    void setUpVoteChangeTheBallotCloseAndReadTheResults() {
        long id = TestVotes.newInstance(jdbc, TestVotes.COLLECTIVE);
        String base = "/vote/" + id;

        signIn(Demo.PARKS_OFFICER);
        open(base + "/manage");
        Axe.assertAccessible(browser);
        type("question", "Dove mettiamo le risorse?");
        browser.findElement(By.id("ballotKind-dots")).click();
        type("points", "10");
        type("pointCap", "6");
        submit(base + "/settings");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='" + base + "/options']")));
        for (String option : new String[] {"Alberi", "Panchine", "Fontane"}) {
            type("title", option);
            type("description", "Più " + option.toLowerCase());
            submit(base + "/options");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.options"), option));
        }
        Axe.assertAccessible(browser);
        submit(base + "/open");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='" + base + "/close']")));
        signOut();

        signIn(Demo.CITIZEN);
        open(base);
        Axe.assertAccessible(browser);
        type(markId(0), "6");
        type(markId(1), "5");
        // The script counts down as the citizen types; over the points, the server refuses all the same.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("points-left"), "-1"));
        submit(base + "/ballot");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ballot-error")));
        // 6 + 5 of the 10 points: the page says how many were given and how many there are.
        assertThat(browser.findElement(By.id("ballot-error")).getText())
                .isEqualTo(message("vote.ballot.overPoints", 11, 10));
        Axe.assertAccessible(browser);
        type(markId(1), "4");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("points-left"), " 0 "));
        submit(base + "/ballot");
        waitForNotice("registrato");
        assertNotice("vote.ballot.cast");
        // The stored ballot is shown again, to be changed until the close.
        assertThat(browser.findElement(By.id(markId(0))).getAttribute("value")).isEqualTo("6");
        type(markId(0), "4");
        type(markId(1), "");
        type(markId(2), "6");
        submit(base + "/ballot");
        waitForNotice("cambiato");
        assertNotice("vote.ballot.changed");
        signOut();

        signIn(Demo.PARKS_OFFICER);
        open(base + "/manage");
        submit(base + "/close");
        wait.until(ExpectedConditions.urlContains("/results"));
        Axe.assertAccessible(browser);
        String totals = browser.findElement(By.id("totals")).getText();
        assertThat(totals).contains("Fontane 6").contains("Alberi 4").contains("Panchine 0");
        assertThat(browser.findElements(By.cssSelector("svg[role=img] rect.chart-bar")))
                .hasSize(3);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 scheda.");

        // The demo's ranked vote: its ballot form, and results with the Borda count and the runoff rounds.
        long demo = jdbc.sql("SELECT tool_instance_id FROM vote WHERE question = :q")
                .param("q", VoteDemoData.QUESTION)
                .query(Long.class)
                .single();
        signOut();
        signIn(Demo.CITIZEN);
        open("/vote/" + demo);
        assertThat(browser.findElements(By.cssSelector("select[name^=mark-]"))).hasSize(VoteDemoData.OPTIONS.size());
        Axe.assertAccessible(browser);
        open("/vote/" + demo + "/results");
        assertThat(browser.findElement(By.id("rounds")).getText()).contains("Zona 30");
        Axe.assertAccessible(browser);
    }
}
