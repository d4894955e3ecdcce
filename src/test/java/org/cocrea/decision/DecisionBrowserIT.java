package org.cocrea.decision;

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
 * A consent decision blocked with a reason, then agreed after a change: the teacher puts the timetable to the
 * school's members; a parent tries to block without saying why (refused), then blocks with a reason; the teacher
 * revises the proposal; the parent reads that their position was given on the earlier version and agrees; the
 * teacher closes it and the page says it passed. axe-core checks every page on the way, at desktop and phone width.
 */
@ServerTest
class DecisionBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private void waitForNotice() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.notice[role=status]")));
    }

    private String verdict() {
        return browser.findElement(By.cssSelector("p.decision-verdict")).getText();
    }

    @Test
    void aConsentDecisionBlockedWithAReasonThenAgreedAfterAChange() {
        long id = TestDecisions.newInstance(jdbc, TestDecisions.GROUP);
        String list = "/decision/" + id;

        signIn(Demo.TEACHER);
        open(list);
        Axe.assertAccessible(browser);
        type("title", "Orario del laboratorio sensoriale");
        type("body", "Il laboratorio sensoriale si tiene il **martedì alle 14**.");
        submit(list);
        waitForNotice();
        assertNotice("decision.created");
        String page = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/decision/"));
        Axe.assertAccessible(browser);
        signOut();

        signIn(Demo.PARENT);
        open(page);
        browser.findElement(By.id("position-block")).click();
        submit(page + "/position");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reason-error")));
        assertThat(browser.findElement(By.id("reason-error")).getText())
                .isEqualTo(message("decision.reason.required.block"));
        Axe.assertAccessible(browser);
        type("reason", "Il martedì molti bambini hanno la terapia: spostiamolo al giovedì.");
        submit(page + "/position");
        waitForNotice();
        assertNotice("decision.position.taken");
        assertThat(verdict()).isEqualTo(message("decision.verdict.now.blocked"));
        assertThat(browser.findElement(By.id("counts")).getText()).contains(message("decision.position.block") + " 1");
        Screenshots.saveAtBothWidths(browser, "decision-1-blocked");
        signOut();

        signIn(Demo.TEACHER);
        open(page);
        assertThat(browser.findElement(By.cssSelector(".positions-list")).getText())
                .contains("spostiamolo al giovedì");
        browser.findElement(By.cssSelector("details.form-on-demand > summary")).click();
        type("body", "Il laboratorio sensoriale si tiene il **giovedì alle 14**.");
        type("note", "Spostato al giovedì, per chi ha la terapia il martedì.");
        submit(page + "/revise");
        waitForNotice();
        assertNotice("decision.revised");
        Axe.assertAccessible(browser);
        signOut();

        signIn(Demo.PARENT);
        open(page);
        assertThat(browser.findElement(By.cssSelector("p.decision-earlier")).getText())
                .isEqualTo(message("decision.mine.earlier", 1));
        assertThat(browser.findElement(By.cssSelector("section.decision-text")).getText())
                .contains("giovedì alle 14");
        Axe.assertAccessible(browser);
        browser.findElement(By.id("position-agree")).click();
        type("reason", "Il giovedì va bene.");
        submit(page + "/position");
        waitForNotice();
        assertNotice("decision.position.changed");
        assertThat(verdict()).isEqualTo(message("decision.verdict.now.passed"));
        signOut();

        signIn(Demo.TEACHER);
        open(page);
        submit(page + "/close");
        waitForNotice();
        assertNotice("decision.closed");
        assertThat(verdict()).isEqualTo(message("decision.verdict.final.passed"));
        assertThat(browser.findElements(By.cssSelector("svg[role=img] rect.chart-bar")))
                .hasSize(4);
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "decision-2-agreed-after-a-change");
    }
}
