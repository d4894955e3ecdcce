package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14's journey "a citizen reads what changed and signs a plan version", in a real browser on the demo's
 * individual plan: the case manager proposes and signs a new version; the citizen, on a 375 px phone, reads what
 * changed since they signed (the sections by name, the changes marked in words), signs, and sees the plan agreed
 * by both; the hashes wait behind "technical details". axe at desktop and phone width on each page, no page
 * scrolls sideways on the phone, and screenshots are kept under target/screenshots.
 */
@ServerTest
class PlanSigningBrowserIT extends BrowserTest {
    private static final Dimension PHONE = new Dimension(375, 800);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);

    @Autowired
    JdbcClient jdbc;

    private long planInstance() {
        return jdbc.sql("""
                SELECT MIN(t.id) FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE t.tool_id = 'plan' AND i.title = :t
                """)
                .param("t", PlansDemoData.INITIATIVE)
                .query(Long.class)
                .single();
    }

    private int latestVersion(long plan) {
        return jdbc.sql("SELECT MAX(version_no) FROM plan_version WHERE tool_instance_id = :i")
                .param("i", plan)
                .query(Integer.class)
                .single();
    }

    /** Fails when the page scrolls sideways, naming the elements that stick out (outside any scrolling box). */
    private void assertNoSidewaysScroll() {
        var js = (JavascriptExecutor) browser;
        long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        String culprits = (String) js.executeScript("""
                const w = window.innerWidth;
                const clipped = e => { if (getComputedStyle(e).position === 'absolute') return false;
                    for (let p = e.parentElement; p; p = p.parentElement) {
                    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true; } return false; };
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > w + 1 && !clipped(e))
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right))
                    .join('; ');
                """);
        assertThat(overflow)
                .as(browser.getCurrentUrl() + " is wider than a 375 px phone (" + culprits + ") by")
                .isLessThanOrEqualTo(0);
    }

    /** The rendered height in CSS pixels of the first label of the chart {@code svg}: its font size times its scale. */
    private double labelPixels(String svg) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("""
                        const svg = document.querySelector(arguments[0]);
                        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                        return scale * parseFloat(getComputedStyle(svg.querySelector('text')).fontSize);
                        """, svg)).doubleValue();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void aCitizenReadsWhatChangedSinceTheySignedAndSignsTheNewVersion() {
        long plan = planInstance();
        String base = "/plans/" + plan;
        String caseManager = "Assistente sociale Marta Rossi, telefono "
                + UUID.randomUUID().toString().substring(0, 8);

        // The case manager proposes a version with a new case manager's name and review date, and signs it.
        signIn(Demo.SOCIAL_WORKER);
        open(base);
        browser.findElement(By.cssSelector("#propose > summary")).click();
        type("caseManager", caseManager);
        type("reviewDate", "2027-09-15");
        submitAndAwaitNextPage(base + "/versions");
        assertNotice("plans.version.created");
        int version = latestVersion(plan);
        open(base);
        submitAndAwaitNextPage(base + "/versions/" + version + "/sign");
        assertNotice("plans.signed");
        assertThat(text(".signing-status")).isEqualTo(message("plans.status.youSigned.waitingCitizen"));
        signOut();

        // The citizen, on a phone, reads next to Sign what changed since the version they last signed.
        signIn(Demo.CITIZEN);
        org.cocrea.testing.Screens.narrow(browser, PHONE);
        open(base);
        assertNoSidewaysScroll();
        assertThat(text(".signing-status")).isEqualTo(message("plans.status.waitingForYou.caseManagerSigned"));
        var panel = browser.findElement(By.cssSelector("section.sign-panel"));
        assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo(message("plans.since.title"));
        assertThat(panel.findElements(By.cssSelector(".plan-change h3")))
                .extracting(h -> h.getText())
                .contains(message("plans.section.caseManager"), message("plans.section.reviewDate.name"));
        assertThat(panel.getText()).doesNotContain("##").doesNotContain("caseManager");
        // The change is in words and marks, not colour alone: the new name is inserted text announced as added.
        var inserted = panel.findElements(By.cssSelector(".plan-change ins"));
        assertThat(inserted)
                .extracting(e -> e.getAttribute("textContent"))
                .anySatisfy(t ->
                        assertThat(t).startsWith(message("plans.diff.added")).contains("Marta Rossi"));
        assertThat(panel.findElement(By.cssSelector("form button")).getText())
                .isEqualTo(message("plans.sign", version));
        Axe.assertAccessible(browser);
        org.cocrea.testing.Screenshots.wholePage(browser, "plan-signing-1-what-changed-375px");

        submitAndAwaitNextPage(base + "/versions/" + version + "/sign");
        assertNotice("plans.signed");
        assertNoSidewaysScroll();
        assertThat(text(".signing-status"))
                .startsWith(message("plans.status.agreed", "|").split("\\|")[0]);
        assertThat(browser.findElements(By.cssSelector("section.sign-panel"))).isEmpty();
        assertThat(text(".badge.ok")).contains(String.valueOf(version));

        // The hashes are behind "technical details": hidden until asked for, then wrapped within the phone's width.
        var hash = browser.findElement(By.cssSelector("details.technical code.hash"));
        assertThat(hash.isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("details.technical > summary")).click();
        assertThat(hash.isDisplayed()).isTrue();
        assertThat(hash.getRect().getX() + hash.getRect().getWidth()).isLessThanOrEqualTo(PHONE.getWidth());
        assertNoSidewaysScroll();
        Axe.assertAccessible(browser);
        // The T-score trend and the ladder's charts have labels of at least 12 px on the phone.
        assertThat(labelPixels("figure.trend-chart svg")).isGreaterThanOrEqualTo(12);
        org.cocrea.testing.Screenshots.wholePage(browser, "plan-signing-2-agreed-375px");
        open("/plans/ladder/" + CareTools.ladder(jdbc));
        assertNoSidewaysScroll();
        assertThat(labelPixels("svg.radar")).isGreaterThanOrEqualTo(12);
        assertThat(labelPixels("svg.progress")).isGreaterThanOrEqualTo(12);
        Axe.assertAccessible(browser);
        org.cocrea.testing.Screenshots.wholePage(browser, "plan-signing-ladder-375px");

        // The version page and the changes from the previous version read the same way, and fit the phone.
        open(base + "/diff?from=" + (version - 1) + "&to=" + version);
        assertNoSidewaysScroll();
        assertThat(browser.findElements(By.cssSelector(".plan-change h2")))
                .extracting(h -> h.getText())
                .contains(message("plans.section.caseManager"));
        Axe.assertAccessible(browser);
        org.cocrea.testing.Screenshots.wholePage(browser, "plan-signing-3-diff-375px");
        open(base + "/versions/" + version);
        assertNoSidewaysScroll();
        Axe.assertAccessible(browser);

        // At desktop width the plan page is compact: its forms open on demand.
        browser.manage().window().setSize(DESKTOP);
        open(base);
        assertThat(browser.findElement(By.id("objectives")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("figure.trend-chart svg")).isDisplayed())
                .isTrue();
        Axe.assertAccessible(browser);
        org.cocrea.testing.Screenshots.wholePage(browser, "plan-signing-4-plan-desktop");
        signOut();
    }
}
