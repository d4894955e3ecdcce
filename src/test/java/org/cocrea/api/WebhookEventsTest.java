package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.pacts.PactSigned;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook events wired to the modules' events: phase changed, proposal answered, pact signed and project
 * progress. Each, made through the page that makes it, adds exactly one outbox row to each subscription of the
 * initiative's organisation that asked for it, none to a subscription of that organisation that did not, none to
 * another organisation's subscription that asked for everything; an event delivered again adds nothing.
 */
@WebTest
class WebhookEventsTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    @Autowired
    WebhookService webhooks;

    @Autowired
    WebhookEvents listener;

    private Demo demo;
    private long owner;
    private long all;
    private long surveyOnly;
    private long stranger;

    @BeforeEach
    void subscribe() {
        demo = new Demo(users);
        TestIdeas.outsiders(jdbc);
        var admin = accounts.personByEmail(Demo.ADMIN).orElseThrow().asSignedIn();
        owner = accounts.personByEmail(Demo.PARKS_OFFICER).orElseThrow().organisationId();
        long other = accounts.personByEmail(TestIdeas.OTHER_PRO).orElseThrow().organisationId();
        assertThat(other).isNotEqualTo(owner);
        var events = List.of(
                WebhookService.PHASE_CHANGED,
                WebhookService.PROPOSAL_ANSWERED,
                WebhookService.PACT_SIGNED,
                WebhookService.PROJECT_PROGRESS);
        all = webhooks.subscribe(
                        webhooks.officerOf(owner, admin),
                        new WebhookForm("https://93.184.216.34/all", events, null),
                        admin)
                .id();
        surveyOnly = webhooks.subscribe(
                        webhooks.officerOf(owner, admin),
                        new WebhookForm("https://93.184.216.34/survey", List.of(WebhookService.SURVEY_CLOSED), null),
                        admin)
                .id();
        stranger = webhooks.subscribe(
                        webhooks.officerOf(other, admin),
                        new WebhookForm("https://93.184.216.34/stranger", events, null),
                        admin)
                .id();
    }

    @AfterEach
    void unsubscribe() {
        var admin = accounts.personByEmail(Demo.ADMIN).orElseThrow().asSignedIn();
        webhooks.remove(webhooks.officerOf(owner, admin), all);
        webhooks.remove(webhooks.officerOf(owner, admin), surveyOnly);
    }

    private long rows(long subscription, String type, String keyPrefix) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM webhook_delivery
                        WHERE subscription_id = :s AND event_type = :t AND event_key LIKE :k
                        """)
                .param("s", subscription)
                .param("t", type)
                .param("k", keyPrefix + "%")
                .query(Long.class)
                .single();
    }

    private void onlyTheOwnersMatchingSubscription(String type, String keyPrefix, long expected) {
        assertThat(rows(all, type, keyPrefix))
                .as(type + " for the owner's subscription")
                .isEqualTo(expected);
        assertThat(rows(surveyOnly, type, ""))
                .as(type + " for a subscription to other events")
                .isZero();
        assertThat(rows(stranger, type, ""))
                .as(type + " for another organisation")
                .isZero();
    }

    private String body(String type, String keyPrefix) {
        return jdbc.sql("""
                        SELECT body FROM webhook_delivery
                        WHERE subscription_id = :s AND event_type = :t AND event_key LIKE :k
                        """)
                .param("s", all)
                .param("t", type)
                .param("k", keyPrefix + "%")
                .query(String.class)
                .list()
                .get(0);
    }

    @Test
    void anOfficialAnswerToAProposal() throws Exception {
        long instance = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        long idea = TestIdeas.idea(jdbc, instance, "Una fontanella nel parco", "open", null);
        mvc.perform(post("/ideas/" + instance + "/" + idea + "/answer")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("status", "accepted")
                        .param("reason", ""))
                .andExpect(status().isFound());
        String key = "proposal-answered:" + idea + ":";
        onlyTheOwnersMatchingSubscription(WebhookService.PROPOSAL_ANSWERED, key, 1);
        var data = JsonMapper.builder()
                .build()
                .readTree(body(WebhookService.PROPOSAL_ANSWERED, key))
                .get("data");
        assertThat(data.get("proposal").asLong()).isEqualTo(idea);
        assertThat(data.get("status").asString()).isEqualTo("accepted");
        assertThat(data.get("instance").asLong()).isEqualTo(instance);
    }

    @Test
    void progressOnATrackedProject() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        long instance = TestIdeas.addTool(jdbc, copy, "tracking");
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO tracked_result (tool_instance_id, title, description, status, progress, budget_cents,
                    spent_cents, created_at, updated_at)
                VALUES (:i, 'Panchine nuove', '', 'planned', 0, 1000000, 0, :now, :now)
                """).param("i", instance).param("now", now).update();
        long result =
                jdbc.sql("SELECT MAX(id) FROM tracked_result").query(Long.class).single();
        mvc.perform(multipart("/tracking/" + instance + "/" + result + "/progress")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("status", "in-progress")
                        .param("progress", "30")
                        .param("spent", "2500,00")
                        .param("reason", "")
                        .param("body", "Posate le prime panchine")
                        .param("imageAlt", ""))
                .andExpect(status().isFound());
        long update = jdbc.sql("SELECT MAX(id) FROM tracked_update WHERE result_id = :r")
                .param("r", result)
                .query(Long.class)
                .single();
        String key = "project-progress:" + update;
        onlyTheOwnersMatchingSubscription(WebhookService.PROJECT_PROGRESS, key, 1);
        var data = JsonMapper.builder()
                .build()
                .readTree(body(WebhookService.PROJECT_PROGRESS, key))
                .get("data");
        assertThat(data.get("project").asLong()).isEqualTo(result);
        assertThat(data.get("progress").asInt()).isEqualTo(30);
        assertThat(data.get("status").asString()).isEqualTo("in-progress");
        assertThat(data.get("spent").decimalValue()).isEqualByComparingTo("2500");
        // A refused update (progress out of range) stores nothing and publishes nothing.
        mvc.perform(multipart("/tracking/" + instance + "/" + result + "/progress")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("status", "in-progress")
                        .param("progress", "300")
                        .param("spent", "0")
                        .param("reason", "")
                        .param("body", "Troppo")
                        .param("imageAlt", ""))
                .andExpect(status().isUnprocessableContent());
        onlyTheOwnersMatchingSubscription(WebhookService.PROJECT_PROGRESS, "project-progress:", 1);
    }

    @Test
    void aPhaseChangeAndTheReturnToTheDates() throws Exception {
        long initiative = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", TestIdeas.COLLECTIVE)
                .query(Long.class)
                .single();
        var json = JsonMapper.builder().build();
        var read = json.readTree(mvc.perform(get("/api/v1/initiatives/" + initiative + "/phases"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String active = json.readTree(mvc.perform(get("/api/v1/initiatives/" + initiative))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("activePhase")
                .asString();
        String other = null;
        for (var phase : read.get("phases")) {
            if (!phase.get("phase").asString().equals(active)) {
                other = phase.get("phase").asString();
                break;
            }
        }
        assertThat(other).as("the demo initiative has another phase").isNotNull();
        // The active phase is the one announced, as the hourly clock leaves it.
        jdbc.sql("UPDATE initiative SET announced_phase = :p WHERE id = :i")
                .param("p", active)
                .param("i", initiative)
                .update();
        String key = "phase-changed:" + initiative + ":";
        long before = rows(all, WebhookService.PHASE_CHANGED, key);
        mvc.perform(post("/initiatives/" + initiative + "/active-phase")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("phase", other))
                .andExpect(status().isFound());
        onlyTheOwnersMatchingSubscription(WebhookService.PHASE_CHANGED, key + other + ":", 1);
        var data = json.readTree(body(WebhookService.PHASE_CHANGED, key + other + ":"))
                .get("data");
        assertThat(data.get("to").asString()).isEqualTo(other);
        assertThat(data.get("from").asString()).isEqualTo(active);
        // Back to the dates: another change, another row.
        mvc.perform(post("/initiatives/" + initiative + "/active-phase")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("phase", ""))
                .andExpect(status().isFound());
        assertThat(rows(all, WebhookService.PHASE_CHANGED, key)).isEqualTo(before + 2);
        assertThat(rows(stranger, WebhookService.PHASE_CHANGED, "")).isZero();
    }

    @Test
    void aPactSignedByEveryPartyAndAnEventDeliveredTwiceAddsNothing() {
        long instance = ApiFixtures.instance(jdbc, TestIdeas.COLLECTIVE, "pacts", 0);
        long initiative = ApiFixtures.initiativeOf(jdbc, instance);
        var event =
                new PactSigned(initiative, instance, 987_654_321L, "ab".repeat(32), OffsetDateTime.now(ZoneOffset.UTC));
        listener.on(event);
        listener.on(event);
        String key = "pact-signed:987654321:";
        onlyTheOwnersMatchingSubscription(WebhookService.PACT_SIGNED, key, 1);
        // Signed again after an edit (another text): another event.
        listener.on(new PactSigned(
                initiative, instance, 987_654_321L, "cd".repeat(32), OffsetDateTime.now(ZoneOffset.UTC)));
        onlyTheOwnersMatchingSubscription(WebhookService.PACT_SIGNED, key, 2);
    }
}
