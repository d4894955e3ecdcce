package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.cocrea.accounts.Accounts;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The acceptance, as an API client does it: with a token (read:public and ballot) a member casts a ballot in
 * an open budget; the facilitator closes it with a manage token; the client reads the results; a webhook receiver
 * of the organisation, subscribed before, gets "budget results published" once, signed with its secret.
 */
@WebTest
class ApiClientTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    WebhookService webhooks;

    @Autowired
    WebhookSender sender;

    @Test
    void aClientReadsResultsCastsABallotAndTheReceiverGetsTheEventOnce() throws Exception {
        var demo = new Demo(users);
        long budget = ApiFixtures.openBudget(mvc, jdbc, demo);
        var projects = ApiFixtures.projects(jdbc, budget);
        long organisation = jdbc.sql("SELECT organisation_id FROM initiative WHERE id = :i")
                .param("i", ApiFixtures.initiativeOf(jdbc, budget))
                .query(Long.class)
                .single();
        try (var receiver = new Receiver()) {
            var admin = accounts.personByEmail(Demo.ADMIN).orElseThrow().asSignedIn();
            var created = webhooks.subscribe(
                    webhooks.officerOf(organisation, admin),
                    new WebhookForm(receiver.url(), java.util.List.of(WebhookService.BUDGET_RESULTS), "yes"),
                    admin);

            String voter = ApiFixtures.token(tokens, accounts, Demo.VOLUNTEER, "read:public", "ballot");
            mvc.perform(get("/api/v1/budgets/" + budget).header("Authorization", ApiFixtures.bearer(voter)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("open"))
                    .andExpect(jsonPath("$.projects.length()").value(2));
            String ballot = "{\"choices\": {\"" + projects.get(0) + "\": 1}}";
            mvc.perform(post("/api/v1/budgets/" + budget + "/ballot")
                            .header("Authorization", ApiFixtures.bearer(voter))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(ballot))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cast").value("first"));
            // A client that lost the answer retries: nothing more is stored.
            mvc.perform(post("/api/v1/budgets/" + budget + "/ballot")
                            .header("Authorization", ApiFixtures.bearer(voter))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(ballot))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cast").value("unchanged"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_ballot b JOIN budget u ON u.id = b.budget_id"
                                    + " WHERE u.tool_instance_id = :i")
                            .param("i", budget)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            // Not published while open.
            mvc.perform(get("/api/v1/budgets/" + budget + "/results")
                            .header("Authorization", ApiFixtures.bearer(voter)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("not_published"));
            // The voter's token may not close it; the facilitator's manage token does.
            mvc.perform(post("/api/v1/budgets/" + budget + "/close").header("Authorization", ApiFixtures.bearer(voter)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("insufficient_scope"));
            String manager = ApiFixtures.token(tokens, accounts, Demo.PARKS_OFFICER, "manage");
            mvc.perform(post("/api/v1/budgets/" + budget + "/close")
                            .header("Authorization", ApiFixtures.bearer(manager)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("closed"));

            mvc.perform(get("/api/v1/budgets/" + budget + "/results")
                            .header("Authorization", ApiFixtures.bearer(voter)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.voters").value(1))
                    .andExpect(jsonPath("$.projects[0].id").value(projects.get(0)))
                    .andExpect(jsonPath("$.projects[0].votes").value(1))
                    .andExpect(jsonPath("$.projects[0].funded").value(true));
            // After the ballot closed, a ballot is refused with the page's own message.
            mvc.perform(post("/api/v1/budgets/" + budget + "/ballot")
                            .header("Authorization", ApiFixtures.bearer(voter))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"choices\": {\"" + projects.get(1) + "\": 1}}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.error").value("refused"));

            sender.sendDue();
            sender.sendDue();
            var results = receiver.received.stream()
                    .filter(r -> r.body().contains("\"budget.results-published\""))
                    .filter(r -> r.body().contains("\"budget\":" + budget + ","))
                    .toList();
            assertThat(results).hasSize(1);
            var delivery = results.get(0);
            assertThat(delivery.delivery()).isNotBlank();
            assertThat(delivery.body()).contains("\"id\":\"" + delivery.delivery() + "\"");
            assertThat(Signatures.verify(
                            created.secret(),
                            delivery.signature(),
                            delivery.body(),
                            Instant.now().getEpochSecond(),
                            300))
                    .isTrue();
            assertThat(Signatures.verify(
                            "whsec_wrong",
                            delivery.signature(),
                            delivery.body(),
                            Instant.now().getEpochSecond(),
                            300))
                    .isFalse();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE subscription_id = :s"
                                    + " AND delivered_at IS NOT NULL")
                            .param("s", created.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }
}
