package org.cocrea.pacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A collaboration pact from proposal to report: a resident proposes a pact for the care of the river path (a line
 * typed as positions) with the parks officer as the office's party, sends it and signs it; the officer approves it
 * and signs, and the page says it is active; the resident files a report with hours, which the page totals; the
 * register, filtered to active pacts, lists it. axe-core checks every page on the way, at desktop and phone width.
 */
@ServerTest
class PactsBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private void waitForNotice() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.notice[role=status]")));
    }

    @Test
    void aCitizenProposesTheOfficerApprovesBothSignAndTheCitizenReports() {
        long id = TestPacts.newInstance(jdbc, TestPacts.COLLECTIVE);
        long officer = TestPacts.person(jdbc, Demo.PARKS_OFFICER);
        String register = "/pacts/" + id;

        signIn(Demo.CITIZEN);
        open(register);
        Axe.assertAccessible(browser);
        open(register + "/new");
        Axe.assertAccessible(browser);
        type("title", "Cura del percorso lungo il fiume");
        browser.findElement(By.id("goodKind-bike-route")).click();
        type("goodDescription", "Il tratto di pista lungo il fiume, dal ponte al parco.");
        browser.findElement(By.id("geometryKind-line")).click();
        type("coordinates", "41.9012, 12.4902\n41.9020, 12.4931\n41.9026, 12.4962");
        type("objectives", "Tenere pulito e sicuro il percorso.");
        type("actions", "Pulizia settimanale: i residenti.\nPotature: l’ufficio.");
        browser.findElement(By.id("provides-materials")).click();
        type("safety", "Guanti e giubbotto ad alta visibilità.");
        type("suspension", "Sospeso per motivi di sicurezza, con un avviso scritto.");
        type("officeName", "Ufficio Verde pubblico");
        new Select(browser.findElement(By.id("officer"))).selectByValue(String.valueOf(officer));
        submit(register);
        waitForNotice();
        assertNotice("pacts.created");
        String page = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/pacts/"));
        Axe.assertAccessible(browser);
        submit(page + "/submit");
        waitForNotice();
        assertNotice("pacts.submitted");
        submit(page + "/sign");
        waitForNotice();
        assertNotice("pacts.signed");
        assertThat(browser.findElement(By.id("signatures")).getText()).contains(message("pacts.sign.done"));
        Axe.assertAccessible(browser);
        signOut();

        signIn(Demo.PARKS_OFFICER);
        open(page);
        submit(page + "/approve");
        waitForNotice();
        assertNotice("pacts.approved");
        submit(page + "/sign");
        waitForNotice();
        assertNotice("pacts.signed.active");
        assertThat(browser.findElement(By.cssSelector("main .meta .badge")).getText())
                .isEqualTo(message("pacts.state.active"));
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "pacts-1-active");
        signOut();

        signIn(Demo.CITIZEN);
        open(page);
        type("body", "Prima giornata di pulizia: 12 sacchi raccolti lungo il tratto.");
        type("hours", "3,5");
        submit(page + "/reports");
        waitForNotice();
        assertNotice("pacts.reported");
        assertThat(browser.findElement(By.id("reports")).getText())
                .contains(message("pacts.report.hours", "3,5"))
                .contains("12 sacchi");
        Axe.assertAccessible(browser);

        // The report's hours reach the contribution ledger (after the commit, so the page may need a moment).
        open("/ledger/mine");
        wait.until(d -> {
            d.navigate().refresh();
            return d.findElement(By.tagName("main")).getText().contains(message("pacts.name"));
        });
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(message("ledger.amount.hours", "3,5", ""))
                .contains(message("pacts.name"));
        Axe.assertAccessible(browser);

        open(register + "?state=active");
        assertThat(browser.findElement(By.cssSelector("main table")).getText())
                .contains("Cura del percorso lungo il fiume")
                .contains(message("pacts.state.active"));
        Axe.assertAccessible(browser);
        open("/pacts?state=active&kind=bike-route");
        assertThat(browser.findElement(By.cssSelector("main table")).getText())
                .contains("Cura del percorso lungo il fiume");
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "pacts-2-register");
    }
}
