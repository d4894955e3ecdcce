package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestVoters;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The JSON API's reads of the tools' public data, with each tool's page rules: public initiatives without a token,
 * a group initiative's tools only for its members with read:mine (404 for everybody else, whatever the token),
 * hidden proposals never, vote results only when shown, survey results only when published and nothing below five
 * responses of an anonymous survey; a token without a read scope is refused, and each token is rate-limited.
 */
@WebTest
class ApiToolsTest {
    private static final String ROUTES = ApiFixtures.BUDGET_INITIATIVE;
    private static final String SCHOOL = "Scuola inclusiva";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
        return token == null ? request : request.header("Authorization", ApiFixtures.bearer(token));
    }

    @Test
    void publicToolsReadWithoutATokenAndAGroupInitiativesToolsOnlyByItsMembers() throws Exception {
        mvc.perform(get("/api/v1/proposals/" + ApiFixtures.instance(jdbc, ROUTES, "ideas", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.items[0].title").isNotEmpty());
        mvc.perform(get("/api/v1/meetings/" + ApiFixtures.instance(jdbc, ROUTES, "meetings", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings[0].startsAt").isNotEmpty())
                // The online link is for the registered only, as on the meeting's page.
                .andExpect(content().string(not(containsString("onlineLink"))));
        mvc.perform(get("/api/v1/indicators/" + ApiFixtures.instance(jdbc, ROUTES, "indicators", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.length()").value(3))
                .andExpect(jsonPath("$.indicators[0].readings").isArray());
        mvc.perform(get("/api/v1/tracking/" + ApiFixtures.instance(jdbc, ROUTES, "tracking", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projects.length()").value(3))
                .andExpect(jsonPath("$.projects[0].status").isNotEmpty());
        mvc.perform(get("/api/v1/surveys/" + ApiFixtures.publishedSurvey(jdbc) + "/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.anonymous").value(true))
                .andExpect(jsonPath("$.tooFew").value(false))
                .andExpect(jsonPath("$.responses", greaterThanOrEqualTo(5)))
                .andExpect(jsonPath("$.questions[0].rows").isArray());
        // A tool instance asked for as another tool is not found.
        mvc.perform(get("/api/v1/votes/" + ApiFixtures.instance(jdbc, ROUTES, "ideas", 0)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));

        // The school's group initiative: private.
        String parentPublic = ApiFixtures.token(tokens, accounts, Demo.PARENT, "read:public");
        String parentMine = ApiFixtures.token(tokens, accounts, Demo.PARENT, "read:mine");
        String outsider = ApiFixtures.token(tokens, accounts, Demo.CITIZEN, "read:mine");
        long vote = ApiFixtures.vote(jdbc, SCHOOL, "closed");
        var paths = List.of(
                "/api/v1/proposals/" + ApiFixtures.instance(jdbc, SCHOOL, "ideas", 0),
                "/api/v1/meetings/" + ApiFixtures.instance(jdbc, SCHOOL, "meetings", 0),
                "/api/v1/indicators/" + ApiFixtures.instance(jdbc, SCHOOL, "indicators", 0),
                "/api/v1/votes/" + vote,
                "/api/v1/votes/" + vote + "/results");
        for (String path : paths) {
            for (String token : java.util.Arrays.asList(null, parentPublic, outsider)) {
                mvc.perform(as(get(path), token))
                        .andExpect(status().isNotFound())
                        .andExpect(jsonPath("$.error").value("not_found"));
            }
            mvc.perform(as(get(path), parentMine)).andExpect(status().isOk());
        }
        mvc.perform(as(get("/api/v1/votes/" + vote + "/results"), parentMine))
                .andExpect(jsonPath("$.ballots", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.options[0].rank").value(1))
                .andExpect(content().string(not(containsString(Demo.PARENT))));
        // The school's survey is private and its results unpublished: 404 either way, the member learns which.
        long schoolSurvey = ApiFixtures.instance(jdbc, SCHOOL, "survey", 0);
        mvc.perform(get("/api/v1/surveys/" + schoolSurvey + "/results"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(as(get("/api/v1/surveys/" + schoolSurvey + "/results"), parentMine))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_published"));
    }

    @Test
    void hiddenProposalsNeverLeakWhoeverAsks() throws Exception {
        long instance = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        long shown = TestIdeas.idea(jdbc, instance, "A proposal anyone reads", "open", 150000L);
        long hidden = TestIdeas.idea(jdbc, instance, "A proposal hidden by moderation", "open", null);
        long pending = TestIdeas.idea(jdbc, instance, "A proposal pending review", "open", null);
        jdbc.sql("UPDATE idea SET moderation = 'hidden' WHERE id = :i")
                .param("i", hidden)
                .update();
        jdbc.sql("UPDATE idea SET moderation = 'pending' WHERE id = :i")
                .param("i", pending)
                .update();
        String facilitator = ApiFixtures.token(tokens, accounts, Demo.PARKS_OFFICER, "read:mine");
        for (String token : java.util.Arrays.asList(null, facilitator)) {
            mvc.perform(as(get("/api/v1/proposals/" + instance), token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items.length()").value(1))
                    .andExpect(jsonPath("$.items[0].id").value(shown))
                    .andExpect(jsonPath("$.items[0].cost").value(1500.0))
                    .andExpect(content().string(not(containsString("hidden by moderation"))))
                    .andExpect(content().string(not(containsString("pending review"))));
        }
        mvc.perform(get("/api/v1/proposals/" + instance + "?size=0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
        mvc.perform(get("/api/v1/proposals/" + instance + "?page=1&size=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void anAnonymousSurveyWithFewerThanFiveResponsesShowsNothingAndAnUnpublishedOneIsRefused() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        long instance = TestIdeas.addTool(jdbc, copy, "survey");
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO survey (tool_instance_id, title, intro, anonymous, status, opens_at, closes_at,
                    results_published, created_at)
                VALUES (:i, 'Few answers', '', TRUE, 'open', :opens, :closes, TRUE, :now)
                """)
                .param("i", instance)
                .param("opens", now.minusDays(1))
                .param("closes", now.plusDays(1))
                .param("now", now)
                .update();
        mvc.perform(get("/api/v1/surveys/" + instance + "/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tooFew").value(true))
                .andExpect(jsonPath("$.questions.length()").value(0));
        jdbc.sql("UPDATE survey SET results_published = FALSE WHERE tool_instance_id = :i")
                .param("i", instance)
                .update();
        mvc.perform(get("/api/v1/surveys/" + instance + "/results"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_published"));
    }

    @Test
    void aDraftVoteShowsItsQuestionButNoResults() throws Exception {
        long draft = ApiFixtures.vote(jdbc, ROUTES, "draft");
        mvc.perform(get("/api/v1/votes/" + draft))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("draft"))
                .andExpect(jsonPath("$.resultsShown").value(false));
        mvc.perform(get("/api/v1/votes/" + draft + "/results"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_published"));
    }

    @Test
    void aTokenWithoutAReadScopeIsRefusedAndEachTokenIsRateLimited() throws Exception {
        String ballot = ApiFixtures.token(tokens, accounts, Demo.VOLUNTEER, "ballot");
        String manage = ApiFixtures.token(tokens, accounts, Demo.PARKS_OFFICER, "manage");
        long meetings = ApiFixtures.instance(jdbc, ROUTES, "meetings", 0);
        var paths = List.of(
                "/api/v1/proposals/" + ApiFixtures.instance(jdbc, ROUTES, "ideas", 0),
                "/api/v1/votes/" + ApiFixtures.vote(jdbc, ROUTES, "draft"),
                "/api/v1/meetings/" + meetings,
                "/api/v1/surveys/" + ApiFixtures.publishedSurvey(jdbc) + "/results",
                "/api/v1/indicators/" + ApiFixtures.instance(jdbc, ROUTES, "indicators", 0),
                "/api/v1/tracking/" + ApiFixtures.instance(jdbc, ROUTES, "tracking", 0));
        for (String path : paths) {
            for (String token : List.of(ballot, manage)) {
                mvc.perform(as(get(path), token))
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.error").value("insufficient_scope"));
            }
        }
        mvc.perform(get("/api/v1/meetings/" + meetings).header("Authorization", "Bearer cocrea_guessed"))
                .andExpect(status().isUnauthorized());

        String email = TestVoters.create(jdbc, "api-tools-rate-" + System.nanoTime(), 1)
                .get(0);
        String token = ApiFixtures.token(tokens, accounts, email, "read:public");
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < ApiTokens.PER_TOKEN.max() + 3; i++) {
            int status = mvc.perform(as(get("/api/v1/meetings/" + meetings), token))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 429) {
                limited++;
            } else {
                assertThat(status).isEqualTo(200);
                ok++;
            }
        }
        assertThat(ok).isEqualTo(ApiTokens.PER_TOKEN.max());
        assertThat(limited).isEqualTo(3);
    }
}
