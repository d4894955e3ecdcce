package org.cocrea.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.NotificationKind;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a real browser: a citizen told of a phase change sees it in the header's count and on the notifications page,
 * marks it read and chooses the daily digest for that kind; each page passes axe at desktop and phone width.
 */
@ServerTest
class NotificationsBrowserIT extends BrowserTest {
    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenReadsANotificationAndChoosesTheDigest() {
        long citizen = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.VOLUNTEER)
                .query(Long.class)
                .single();
        String title = "Orti condivisi " + System.nanoTime();
        transactions.executeWithoutResult(status -> events.publishEvent(Notification.to(
                        List.of(citizen),
                        NotificationKind.PHASE,
                        "mail.phase.subject",
                        "mail.phase.body",
                        "/initiatives")
                .subjectArgs(Arg.text(title))
                .bodyArgs(Arg.text(title), Arg.message("phase.co-design"), Arg.link("/initiatives"))));

        signIn(Demo.VOLUNTEER);
        var link = browser.findElement(By.id("nav-notifications"));
        assertThat(link.getText())
                .contains(message("layout.nav.notifications"))
                .contains(message("layout.nav.unread", 1));
        submitAndAwaitNextPage(link);
        assertThat(browser.findElement(By.cssSelector("main")).getText())
                .contains(message("mail.phase.subject", title));
        Axe.assertAccessible(browser);

        submitAndAwaitNextPage(browser.findElement(
                By.cssSelector("form[action^='/notifications/'][action*='/read'] button[type=submit]")));
        assertThat(browser.findElement(By.id("nav-notifications")).getText())
                .doesNotContain(message("layout.nav.unread", 1));

        open("/notifications/settings");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("notifications.settings.title"));
        Axe.assertAccessible(browser);
        browser.findElement(By.id("phase-digest")).click();
        submitAndAwaitNextPage("/notifications/settings");
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
                .contains(message("notifications.settings.saved"));
        assertThat(browser.findElement(By.id("phase-digest")).isSelected()).isTrue();
        Axe.assertAccessible(browser);
    }

    /** The demo volunteer is shared with other tests, which expect phase mails at once. */
    @org.junit.jupiter.api.AfterEach
    void volunteerBackToTheDefaults() {
        jdbc.sql("DELETE FROM notification_setting WHERE person_id = (SELECT id FROM app_user WHERE email = :e)")
                .param("e", Demo.VOLUNTEER)
                .update();
    }
}
