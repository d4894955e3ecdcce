package org.cocrea.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cocrea.initiatives.core.InitiativesDemoData;
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
 * In a real browser (htmx on): a member comments on the initiative page of "Percorsi ciclabili", another member
 * replies mentioning the first, who is notified; the thread is swapped in place each time, and the page passes axe
 * at desktop and phone width.
 */
@ServerTest
class CommentsBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberCommentsAndAnotherRepliesWithAMention() {
        long bikes = jdbc.sql("SELECT MIN(id) FROM initiative WHERE title = :t")
                .param("t", InitiativesDemoData.BIKES)
                .query(Long.class)
                .single();
        String volunteer = jdbc.sql("SELECT name FROM app_user WHERE email = :e")
                .param("e", Demo.VOLUNTEER)
                .query(String.class)
                .single();
        String thread = "comments-initiative-" + bikes;
        String first = "Propongo di partire da via Roma " + System.nanoTime();

        signIn(Demo.VOLUNTEER);
        open("/initiatives/" + bikes);
        // htmx puts the thread in place of the link to its own page.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(thread + "-body")));
        assertThat(browser.findElement(By.id(thread + "-title")).getText()).startsWith(message("comments.name"));
        type(thread + "-body", first);
        browser.findElement(By.cssSelector("#" + thread + " form.comment-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(thread), first));
        Axe.assertAccessible(browser);
        signOut();

        signIn(Demo.CITIZEN);
        open("/initiatives/" + bikes);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(thread + "-body")));
        var article = browser.findElement(
                By.xpath("//article[contains(@class,'comment')][.//p[contains(.,'" + first + "')]]"));
        String id = article.getAttribute("id").substring("comment-".length());
        var summary = browser.findElement(By.xpath("//article[@id='comment-" + id
                + "']/following-sibling::details[contains(@class,'comment-reply-form')]" + "/summary"));
        summary.click();
        String reply = "D’accordo, @" + volunteer + ": ci vediamo lì";
        type(thread + "-reply-" + id, reply);
        browser.findElement(By.xpath("//textarea[@id='" + thread + "-reply-" + id + "']/ancestor::form//button"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(thread), "ci vediamo lì"));
        assertThat(browser.findElement(By.xpath("//li[article[@id='comment-" + id + "']]/ol[@class='comment-replies']"))
                        .getText())
                .contains("ci vediamo lì")
                .contains(message("comments.edit"));
        Screenshots.saveAtBothWidths(browser, "comments-initiative-thread");
        Axe.assertAccessible(browser);

        long volunteerId = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.VOLUNTEER)
                .query(Long.class)
                .single();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long mentions = 0;
        while (System.nanoTime() < deadline && mentions == 0) {
            mentions = jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND kind = 'mention'"
                            + " AND link LIKE :l")
                    .param("p", volunteerId)
                    .param("l", "/comments/initiative/" + bikes + "#comment-%")
                    .query(Long.class)
                    .single();
            if (mentions == 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            }
        }
        assertThat(mentions).as("the mentioned member is notified").isPositive();
    }
}
