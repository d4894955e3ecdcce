package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The webhooks' pages and refusals, and deliveries to a receiver that fails, redirects, then recovers. */
@WebTest
class WebhooksWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WebhookSender sender;

    @Autowired
    WebhookService webhooks;

    @Autowired
    Accounts accounts;

    private long organisation() {
        return accounts.personByEmail(Demo.PARKS_OFFICER).orElseThrow().organisationId();
    }

    private String base() {
        return "/api/organisations/" + organisation() + "/webhooks";
    }

    private long count(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (Object p : params) {
            q = q.param(p);
        }
        return q.query(Long.class).single();
    }

    @Test
    void anOfficerSeesThePageAndIsRefusedPrivateAddressesAndBadInput() throws Exception {
        var demo = new Demo(users);
        mvc.perform(get(base()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Webhook</h1>")))
                .andExpect(content().string(containsString("name=\"events\" value=\"budget.results-published\"")))
                .andExpect(content().string(not(containsString("name=\"allowPrivate\""))));
        long before = count("SELECT COUNT(*) FROM webhook_subscription");
        for (String url :
                List.of("http://127.0.0.1:8080/hook", "http://10.0.0.5/", "http://169.254.169.254/", "http://[::1]/")) {
            mvc.perform(post(base())
                            .with(csrf())
                            .with(demo.as(Demo.PARKS_OFFICER))
                            .param("url", url)
                            .param("events", "budget.results-published"))
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("rete privata, locale o riservata")));
        }
        // An officer who sends "allow private" anyway is refused: only administrators may.
        mvc.perform(post(base())
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("url", "http://127.0.0.1:8080/hook")
                        .param("events", "budget.results-published")
                        .param("allowPrivate", "yes"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Solo un amministratore può consentire")));
        mvc.perform(post(base())
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("url", "ftp://example.org/")
                        .param("events", "nonsense"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Sono ammessi solo indirizzi http e https")))
                .andExpect(content().string(containsString("Scegli solo tra gli eventi elencati")));
        mvc.perform(post(base()).with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Scegli almeno un evento")));
        assertThat(count("SELECT COUNT(*) FROM webhook_subscription")).isEqualTo(before);
        // Outsiders learn nothing.
        mvc.perform(get(base()).with(demo.as(Demo.CITIZEN))).andExpect(status().isNotFound());
        mvc.perform(get("/api/organisations/999999/webhooks").with(demo.as(Demo.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReceiverThatFailsThenRecoversGetsEachEventOnceUnderOneDeliveryId() throws Exception {
        var demo = new Demo(users);
        try (var receiver = new Receiver().failing(2)) {
            String page = mvc.perform(post(base())
                            .with(csrf())
                            .with(demo.as(Demo.ADMIN))
                            .param("url", receiver.url())
                            .param("events", "budget.results-published", "survey.closed")
                            .param("allowPrivate", "yes"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Segreto di firma")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            var secret = page.replaceAll("(?s).*value=\"(whsec_[A-Za-z0-9_-]{43})\".*", "$1");
            assertThat(secret).startsWith("whsec_");
            long subscription = count("SELECT MAX(id) FROM webhook_subscription");
            assertThat(count(
                            "SELECT COUNT(*) FROM webhook_subscription WHERE id = ? AND allowed_by IS NOT NULL",
                            subscription))
                    .isEqualTo(1);
            mvc.perform(get(base()).with(demo.as(Demo.PARKS_OFFICER)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(receiver.url())))
                    .andExpect(content().string(not(containsString(secret))));

            // The test button, then a failed attempt, another, and the recovery.
            mvc.perform(post(base() + "/" + subscription + "/test").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                    .andExpect(status().isFound());
            String delivery = jdbc.sql("SELECT id FROM webhook_delivery WHERE subscription_id = :s")
                    .param("s", subscription)
                    .query(String.class)
                    .single();
            sender.sendDue();
            assertThat(count("SELECT attempts FROM webhook_delivery WHERE id = ?", delivery))
                    .isEqualTo(1);
            assertThat(count(
                            "SELECT COUNT(*) FROM webhook_delivery WHERE id = ? AND next_attempt_at > CURRENT_TIMESTAMP"
                                    + " AND delivered_at IS NULL AND last_status = 500",
                            delivery))
                    .isEqualTo(1);
            // Nothing is due before the back-off ends.
            sender.sendDue();
            assertThat(receiver.received).hasSize(1);
            for (int i = 0; i < 2; i++) {
                jdbc.sql("UPDATE webhook_delivery SET next_attempt_at = CURRENT_TIMESTAMP WHERE id = :id")
                        .param("id", delivery)
                        .update();
                sender.sendDue();
            }
            assertThat(receiver.received).hasSize(3);
            assertThat(receiver.received).allSatisfy(r -> {
                assertThat(r.delivery()).isEqualTo(delivery);
                assertThat(Signatures.verify(
                                secret, r.signature(), r.body(), Instant.now().getEpochSecond(), 300))
                        .isTrue();
            });
            assertThat(count(
                            "SELECT COUNT(*) FROM webhook_delivery WHERE id = ? AND delivered_at IS NOT NULL"
                                    + " AND attempts = 3",
                            delivery))
                    .isEqualTo(1);
            // Delivered: never sent again.
            jdbc.sql("UPDATE webhook_delivery SET next_attempt_at = CURRENT_TIMESTAMP WHERE id = :id")
                    .param("id", delivery)
                    .update();
            sender.sendDue();
            assertThat(receiver.received).hasSize(3);

            // The log shows it.
            mvc.perform(get(base() + "/" + subscription + "/deliveries").with(demo.as(Demo.PARKS_OFFICER)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(delivery)))
                    .andExpect(content().string(containsString("consegnato")));

            // A receiver that redirects is not followed.
            receiver.redirecting("http://169.254.169.254/latest");
            webhooks.test(
                    webhooks.officerOf(
                            organisation(),
                            accounts.personByEmail(Demo.ADMIN).orElseThrow().asSignedIn()),
                    subscription);
            sender.sendDue();
            assertThat(count(
                            "SELECT COUNT(*) FROM webhook_delivery WHERE subscription_id = ? AND last_status = 302"
                                    + " AND delivered_at IS NULL AND last_error = 'redirect not followed'",
                            subscription))
                    .isEqualTo(1);

            // Removed: nothing more is sent.
            mvc.perform(post(base() + "/" + subscription + "/remove")
                            .with(csrf())
                            .with(demo.as(Demo.PARKS_OFFICER)))
                    .andExpect(status().isFound());
            jdbc.sql("UPDATE webhook_delivery SET next_attempt_at = CURRENT_TIMESTAMP WHERE subscription_id = :s"
                            + " AND delivered_at IS NULL")
                    .param("s", subscription)
                    .update();
            int before = receiver.received.size();
            sender.sendDue();
            assertThat(receiver.received).hasSize(before);
        }
    }

    @Test
    void aDeliveryTooOldIsGivenUpAndAnAddressThatTurnedPrivateIsNotCalled() throws Exception {
        var admin = accounts.personByEmail(Demo.ADMIN).orElseThrow().asSignedIn();
        var organisation = webhooks.officerOf(organisation(), admin);
        try (var receiver = new Receiver().failing(100)) {
            var created = webhooks.subscribe(
                    organisation, new WebhookForm(receiver.url(), List.of("survey.closed"), "yes"), admin);
            String id = webhooks.test(organisation, created.id());
            jdbc.sql("UPDATE webhook_delivery SET created_at = :old WHERE id = :id")
                    .param("old", java.time.OffsetDateTime.now().minusHours(25))
                    .param("id", id)
                    .update();
            sender.sendDue();
            assertThat(count(
                            "SELECT COUNT(*) FROM webhook_delivery WHERE id = ? AND given_up_at IS NOT NULL"
                                    + " AND next_attempt_at IS NULL",
                            id))
                    .isEqualTo(1);
            // A subscription to a private address without an administrator's leave (as if its name now resolved
            // there): the sender checks again and does not call it.
            jdbc.sql("UPDATE webhook_subscription SET allowed_by = NULL WHERE id = :id")
                    .param("id", created.id())
                    .update();
            String second = webhooks.test(organisation, created.id());
            int before = receiver.received.size();
            sender.sendDue();
            assertThat(receiver.received).hasSize(before);
            assertThat(jdbc.sql("SELECT last_error FROM webhook_delivery WHERE id = :id")
                            .param("id", second)
                            .query(String.class)
                            .single())
                    .contains("api.webhook.url.private");
        }
    }
}
