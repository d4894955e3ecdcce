package org.cocrea.budget;

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

/** The parks officer sets up and opens a budget, a citizen fills a knapsack ballot, the officer closes it. */
@ServerTest
class BudgetJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void setUpVoteCloseAndReadTheEqualSharesResults() {
        long id = TestBudgets.newInstance(jdbc);
        String base = "/budget/" + id;

        signIn(Demo.PARKS_OFFICER);
        open(base + "/manage");
        Axe.assertAccessible(browser);
        type("amount", "100000");
        submit(base + "/settings");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='" + base + "/projects']")));
        String[][] projects = {{"Pista ciclabile", "70000"}, {"Rastrelliere", "20000"}, {"Illuminazione", "40000"}};
        for (String[] p : projects) {
            type("title", p[0]);
            type("cost", p[1]);
            submit(base + "/projects");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), p[0]));
        }
        Axe.assertAccessible(browser);
        submit(base + "/open");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='" + base + "/close']")));
        // Voting codes for an in-person channel: generated, shown once on a printable page.
        open(base + "/codes");
        Axe.assertAccessible(browser);
        type("count", "2");
        submit(base + "/codes");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voting-codes")));
        Axe.assertAccessible(browser);
        String code = browser.findElement(By.cssSelector(".voting-code-value")).getText();
        assertThat(code).matches("[A-Z0-9]{5}-[A-Z0-9]{5}");
        signOut();

        // A code holder votes without an account.
        open(base + "/code");
        Axe.assertAccessible(browser);
        type("code", code);
        // The same choice as the citizen's below, so that equal shares fund both projects.
        browser.findElements(By.cssSelector("input[name=projects]")).get(0).click();
        browser.findElements(By.cssSelector("input[name=projects]")).get(1).click();
        submit(base + "/code");
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + base));
        assertNotice("budget.code.cast");

        signIn(Demo.CITIZEN);
        open(base);
        Axe.assertAccessible(browser);
        var boxes = browser.findElements(By.cssSelector("input[name=projects]"));
        assertThat(boxes).hasSize(3);
        String lights = boxes.get(2).getAttribute("value");
        boxes.get(0).click();
        boxes.get(2).click();
        // Over budget: the running total says so, and so does the server when the ballot is submitted anyway.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#total strong.error")));
        submit(base + "/ballot");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projects-error")));
        Axe.assertAccessible(browser);
        browser.findElement(By.cssSelector("input[name=projects][value='" + lights + "']"))
                .click();
        browser.findElement(By.cssSelector("input[name=projects]:not(:checked)"))
                .click();
        submit(base + "/ballot");
        // The ballot is recorded and stays editable until the vote closes.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.notice")));
        assertNotice("budget.ballot.cast");
        assertThat(browser.findElements(By.cssSelector("input[name=projects]:checked")))
                .hasSize(2);
        signOut();

        signIn(Demo.PARKS_OFFICER);
        open(base + "/manage");
        submit(base + "/close");
        wait.until(ExpectedConditions.urlContains("/results"));
        Axe.assertAccessible(browser);
        String results = browser.findElement(By.tagName("main")).getText();
        assertThat(results).contains("Pista ciclabile").contains("Rastrelliere").containsPattern("90[.,]000[.,]00");
        assertThat(browser.findElements(By.cssSelector("table"))).hasSize(2);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM budget_ballot bb JOIN budget b ON b.id = bb.budget_id
                        WHERE b.tool_instance_id = :i
                        """).param("i", id).query(Long.class).single()).isEqualTo(2);
    }
}
