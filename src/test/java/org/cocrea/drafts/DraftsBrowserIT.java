package org.cocrea.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, in the school's shared drafts: the parent (a member) proposes an amendment to a paragraph of
 * a published document, the teacher (its facilitator) accepts it with a reason, and the new version's page shows
 * the words removed and added. Every page passes axe at desktop and phone width and fits 375 px; screenshots are
 * kept under {@code target/screenshots/}. The document is the test's own, deleted afterwards.
 */
@ServerTest
class DraftsBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    DraftRepository drafts;

    private Long document;

    @AfterEach
    void removeTheDocument() {
        if (document != null) {
            jdbc.sql("DELETE FROM draft_document WHERE id = :d")
                    .param("d", document)
                    .update();
        }
    }

    @Test
    void aParentProposesAnAmendmentTheTeacherAcceptsItAndTheNewVersionShowsTheChange() {
        long instance = TestDrafts.demoInstance(jdbc);
        long teacher = TestDrafts.person(jdbc, Demo.TEACHER);
        String title = "Orario del laboratorio " + System.nanoTime();
        document = drafts.create(instance, teacher, title, DraftsWebTest.TEXT);
        drafts.publish(document, Outline.parse(DraftsWebTest.TEXT, "text"));
        long paragraph = drafts.items(document, 1).get(1).paragraphId();
        String base = "/drafts/" + instance + "/" + document;

        signIn(Demo.PARENT);
        open(base);
        assertThat(browser.findElement(By.id("draft-status")).getText()).isEqualTo(message("drafts.status.open"));
        Axe.assertAccessible(browser);
        fitsAPhone();
        submitAndAwaitNextPage(
                browser.findElement(By.cssSelector("a[href='" + base + "/paragraphs/" + paragraph + "/amend']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("drafts.amend.title", title));
        Axe.assertAccessible(browser);
        fitsAPhone();
        browser.findElement(By.id("kind-replace")).click();
        type("body", "Il paragrafo riscritto insieme ai genitori.");
        type("reason", "Così è più chiaro chi lo scrive.");
        submitAndAwaitNextPage(base + "/paragraphs/" + paragraph + "/amend");
        assertNotice("drafts.amend.done");
        String amendmentPage = browser.getCurrentUrl();
        assertThat(browser.findElement(By.cssSelector("p.diff ins")).getText())
                .contains("riscritto insieme ai genitori");
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "drafts-amendment-proposed");
        signOut();

        signIn(Demo.TEACHER);
        browser.get(amendmentPage);
        assertThat(browser.findElement(By.id("amendment-status")).getText())
                .isEqualTo(message("drafts.amendment.state.open"));
        Axe.assertAccessible(browser);
        browser.findElement(By.id("decision-accept")).click();
        type("reason", "Condiviso dal gruppo di lavoro.");
        submitAndAwaitNextPage(amendmentPage.substring(amendmentPage.indexOf("/drafts/")) + "/decide");
        assertNotice("drafts.decision.accepted");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(message(
                        "drafts.versionOf",
                        2,
                        browser.findElement(By.cssSelector(".breadcrumb a:last-child"))
                                .getText()));
        assertThat(browser.findElement(By.id("changes")).getText()).contains(message("drafts.compare.changes", 1L));
        assertThat(browser.findElement(By.cssSelector(".drafts-changed p.diff del"))
                        .getText())
                .contains("secondo");
        assertThat(browser.findElement(By.cssSelector(".drafts-changed p.diff ins"))
                        .getText())
                .contains("riscritto insieme ai genitori");
        Axe.assertAccessible(browser);
        fitsAPhone();
        Screenshots.saveAtBothWidths(browser, "drafts-new-version");
    }

    /** The page fits a phone: nothing wider than 375 px, so nobody scrolls sideways. */
    private void fitsAPhone() {
        var window = browser.manage().window();
        Dimension size = window.getSize();
        org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 800));
        try {
            long width = ((Number)
                            ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                    .longValue();
            assertThat(width)
                    .as("page width at 375 px on %s", browser.getCurrentUrl())
                    .isLessThanOrEqualTo(375);
        } finally {
            window.setSize(size);
        }
    }
}
