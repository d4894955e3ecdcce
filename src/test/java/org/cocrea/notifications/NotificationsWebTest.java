package org.cocrea.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.cocrea.platform.NotificationKind;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The notifications page and settings, and delivery as each person chose (issue 13, item 3). */
@WebTest
class NotificationsWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Digest digest;

    Notices notices;

    @BeforeEach
    void setUp() {
        notices = new Notices(jdbc, events, transactions);
    }

    private String page(String email, String path, String language) throws Exception {
        return mvc.perform(get(path).with(new Demo(users).as(email)).header("Accept-Language", language))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theSettingsPageOffersThreeWaysForEachKindInEnglishAndItalian() throws Exception {
        String email = notices.person("citizen", false);
        String en = page(email, "/notifications/settings", "en");
        assertThat(en)
                .contains("How you are told")
                .contains("An initiative you follow moves to a new phase")
                .contains("By mail, at once")
                .contains("By mail, in one mail a day")
                .contains("Only here, no mail");
        for (var kind : NotificationKind.values()) {
            assertThat(en).contains("name=\"" + kind.code() + "\" value=\"now\" checked");
        }
        String it = page(email, "/notifications/settings", "it");
        assertThat(it).contains("Per mail, subito").contains("Solo qui, senza mail");
    }

    @Test
    void aChoiceIsSavedAndAnUnknownOneIsRefusedWith422() throws Exception {
        String email = notices.person("citizen", false);
        long id = notices.id(email);
        var saved = mvc.perform(post("/notifications/settings")
                        .with(csrf())
                        .with(new Demo(users).as(email))
                        .param("phase", "app")
                        .param("idea-answer", "digest"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(notices.setting(id, NotificationKind.PHASE)).isEqualTo("app");
        assertThat(notices.setting(id, NotificationKind.IDEA_ANSWER)).isEqualTo("digest");
        assertThat(page(email, "/notifications/settings", "en"))
                .contains("name=\"phase\" value=\"app\" checked")
                .contains("name=\"idea-answer\" value=\"digest\" checked");

        var refused = mvc.perform(post("/notifications/settings")
                        .with(csrf())
                        .with(new Demo(users).as(email))
                        .header("Accept-Language", "en")
                        .param("phase", "hourly"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Choose one of the three ways.");
        assertThat(notices.setting(id, NotificationKind.PHASE)).as("unchanged").isEqualTo("app");
    }

    @Test
    void eachPersonIsMailedAsTheyChoseAndEveryoneSeesItInTheApp() throws Exception {
        String now = notices.person("citizen", false);
        String daily = notices.person("citizen", false);
        String app = notices.person("citizen", false);
        for (var pair : new String[][] {{daily, "digest"}, {app, "app"}}) {
            mvc.perform(post("/notifications/settings")
                    .with(csrf())
                    .with(new Demo(users).as(pair[0]))
                    .param("phase", pair[1]));
        }
        String title = "Delivery " + java.util.UUID.randomUUID();
        notices.publish(title, NotificationKind.PHASE, notices.id(now), notices.id(daily), notices.id(app));

        assertThat(notices.mailsTo(now)).containsExactly("New phase: " + title);
        assertThat(notices.mailsTo(daily)).isEmpty();
        assertThat(notices.mailsTo(app)).isEmpty();
        for (String email : new String[] {now, daily, app}) {
            assertThat(page(email, "/notifications", "en")).contains(title).contains("(1 unread)");
        }

        digest.sendAll();
        assertThat(notices.mailsTo(daily)).containsExactly("Your Cocrea notifications");
        assertThat(jdbc.sql("SELECT body FROM dev_mail WHERE recipient = :r")
                        .param("r", daily)
                        .query(String.class)
                        .single())
                .contains("New phase: " + title)
                .contains("/notifications");
        digest.sendAll();
        assertThat(notices.mailsTo(daily))
                .as("a second round mails nothing again")
                .hasSize(1);
        assertThat(notices.mailsTo(app)).as("only in the app").isEmpty();
    }

    @Test
    void aPublicationDeliveredTwiceStoresAndMailsOnce() {
        String email = notices.person("citizen", false);
        long id = notices.id(email);
        String title = "Twice " + java.util.UUID.randomUUID();
        var notification = notices.publish(title, NotificationKind.PHASE, id);
        // A resubmitted publication (after a crash, or by the scheduled retry) carries the same event.
        transactions.executeWithoutResult(status -> events.publishEvent(notification));
        assertThat(notices.stored(id)).isEqualTo(1);
        assertThat(notices.mailsTo(email)).hasSize(1);
    }

    @Test
    void deletedPeopleAreSkipped() {
        String email = notices.person("citizen", false);
        long id = notices.id(email);
        jdbc.sql("UPDATE app_user SET deleted_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("id", id)
                .update();
        notices.publish("Gone " + java.util.UUID.randomUUID(), NotificationKind.PHASE, id);
        assertThat(notices.stored(id)).isZero();
        assertThat(notices.mailsTo(email)).isEmpty();
    }

    @Test
    void theListIsPaginatedNewestFirst() throws Exception {
        String email = notices.person("citizen", false);
        long id = notices.id(email);
        for (int i = 1; i <= NotificationsController.PAGE_SIZE + 2; i++) {
            notices.publish("Numbered " + i + " of many", NotificationKind.PHASE, id);
        }
        String first = page(email, "/notifications", "en");
        assertThat(first.indexOf("Numbered 22 of many")).isLessThan(first.indexOf("Numbered 21 of many"));
        assertThat(first).doesNotContain("Numbered 2 of many").contains("rel=\"next\"");
        String second = page(email, "/notifications?page=2", "en");
        assertThat(second)
                .contains("Numbered 2 of many")
                .contains("Numbered 1 of many")
                .contains("rel=\"prev\"");
        assertThat(page(email, "/notifications?page=abc", "en")).contains("Numbered 22 of many");
    }
}
