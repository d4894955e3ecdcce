package org.cocrea.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the case manager who facilitates the demo plan follows the initiative page's link to its ledger,
 * sets the organisation's hourly value of citizens' time and sees it named beside the values; the citizen opens
 * their own contributions. Each page passes axe at desktop and phone width.
 */
@ServerTest
class LedgerBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    private long plan() {
        return jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", PlansDemoData.INITIATIVE)
                .query(Long.class)
                .single();
    }

    @Test
    void aFacilitatorOpensTheInitiativesLedgerAndAPersonTheirOwnContributions() {
        long plan = plan();
        long org = jdbc.sql("SELECT organisation_id FROM initiative WHERE id = :i")
                .param("i", plan)
                .query(Long.class)
                .single();

        signIn(PlansDemoData.CASE_MANAGER);
        open("/initiatives/" + plan);
        browser.findElement(By.cssSelector("a[href='/ledger/initiatives/" + plan + "']"))
                .click();
        wait.until(d -> d.getCurrentUrl().endsWith("/ledger/initiatives/" + plan));
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains(message("ledger.initiative.title"))
                .contains(message("ledger.side.citizen"))
                .contains(message("ledger.side.professional"))
                .contains(message("care.actions.name"));
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "ledger-initiative");

        open("/ledger/organisations/" + org + "/rates");
        Axe.assertAccessible(browser);
        browser.findElement(By.cssSelector("input[type='radio'][name='kind'][value='volunteer-hour']"))
                .click();
        type("amount", "-3");
        // The rate applies from the day of the citizen's latest hours on this initiative, so those hours are valued at
        // it (the demo's rates start earlier). A date field takes its value as the browser's date picker would set it.
        String from = jdbc.sql(
                        "SELECT MAX(done_on) FROM ledger_entry WHERE initiative_id = :i AND side = 'citizen' AND kind = 'hours'")
                .param("i", plan)
                .query(java.time.LocalDate.class)
                .single()
                .toString();
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('from').value = arguments[0];", from);
        submitAndAwaitNextPage("/ledger/organisations/" + org + "/rates");
        assertThat(browser.findElement(By.id("amount-error")).getText())
                .contains(message("ledger.rate.amount.invalid", 1000));
        Axe.assertAccessible(browser);
        type("amount", "15,50");
        submitAndAwaitNextPage("/ledger/organisations/" + org + "/rates");
        assertNotice("ledger.rate.saved");

        open("/ledger/initiatives/" + plan);
        assertThat(browser.findElement(By.cssSelector(".ledger-rates")).getText())
                .contains(message("ledger.rate.volunteer-hour"))
                .contains("15,50");
        Axe.assertAccessible(browser);
        signOut();

        signIn(PlansDemoData.CITIZEN);
        open("/ledger/mine");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(message("ledger.mine.title"))
                .contains(PlansDemoData.INITIATIVE)
                .contains("km");
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "ledger-mine");
        jdbc.sql("DELETE FROM ledger_rate WHERE organisation_id = :o AND applies_from = :d")
                .param("o", org)
                .param("d", java.time.LocalDate.parse(from))
                .update();
    }
}
