package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.accounts.Accounts;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the api module for the seven kinds of person. The pages: tokens for anyone signed in (each revokes
 * only their own), webhooks for the organisation's professionals and administrators (404 for everybody else,
 * including a professional of another organisation). The JSON API with no token and with a token of each scope:
 * reads need no token or read:public/read:mine (a group initiative only with read:mine, for its members), ballots
 * need ballot (and the budget's eligibility: members), closing needs manage (and being the facilitator),
 * {@code /api/v1/me} needs read:mine. "LOGIN" is the redirect to the sign-in page. {@link #ROUTES} is derived from
 * the checks.
 */
@WebTest
class ApiPermissionMatrixTest {
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

    /** The token a request carries: none, or one with a single scope. */
    enum Scope {
        NONE,
        READ_PUBLIC,
        READ_MINE,
        BALLOT,
        MANAGE;

        String code() {
            return name().toLowerCase().replace('_', ':');
        }
    }

    record Case(
            long budget,
            long group,
            long organisation,
            long webhook,
            Map<Who, String> emails,
            Map<Who, Long> revocable,
            Set<String> groupReaders) {}

    interface Expect {
        String status(Case c, Who who, Scope scope);
    }

    interface Request {
        MockHttpServletRequestBuilder build(Case c, Who who);
    }

    /** A check of a page (session) or of the JSON API (token of each scope). */
    record Check(String route, String name, boolean api, Request request, Expect expect) {}

    private static final String WEBHOOKS = "/api/organisations/{id:\\d+}/webhooks";

    private static Expect signedIn(String allowed) {
        return (c, who, s) -> who == Who.ANONYMOUS ? "LOGIN" : allowed;
    }

    private static Expect officer(String allowed) {
        return (c, who, s) ->
                who == Who.ANONYMOUS ? "LOGIN" : who == Who.FACILITATOR || who == Who.ADMIN ? allowed : "404";
    }

    private static Expect reads(String allowed) {
        return (c, who, s) -> switch (s) {
            case NONE, READ_PUBLIC, READ_MINE -> allowed;
            default -> "403";
        };
    }

    private List<Check> checks() {
        var r = new ArrayList<Check>();
        r.add(new Check("GET /api/tokens", "tokens", false, (c, w) -> get("/api/tokens"), signedIn("200")));
        r.add(new Check(
                "POST /api/tokens",
                "make token",
                false,
                (c, w) -> post("/api/tokens").param("name", "matrix").param("scopes", "read:public"),
                signedIn("200")));
        r.add(new Check(
                "POST /api/tokens/{id:\\d+}/revoke",
                "revoke",
                false,
                (c, w) -> post("/api/tokens/" + c.revocable().get(Who.CITIZEN) + "/revoke"),
                signedIn("302")));
        r.add(new Check(
                "GET " + WEBHOOKS,
                "webhooks",
                false,
                (c, w) -> get("/api/organisations/" + c.organisation() + "/webhooks"),
                officer("200")));
        r.add(new Check(
                "POST " + WEBHOOKS,
                "subscribe",
                false,
                (c, w) -> post("/api/organisations/" + c.organisation() + "/webhooks")
                        .param("url", "https://93.184.216.34/matrix")
                        .param("events", "survey.closed"),
                officer("200")));
        r.add(new Check(
                "GET " + WEBHOOKS + "/{webhook:\\d+}/deliveries",
                "log",
                false,
                (c, w) -> get("/api/organisations/" + c.organisation() + "/webhooks/" + c.webhook() + "/deliveries"),
                officer("200")));
        r.add(new Check(
                "POST " + WEBHOOKS + "/{webhook:\\d+}/test",
                "test event",
                false,
                (c, w) -> post("/api/organisations/" + c.organisation() + "/webhooks/" + c.webhook() + "/test"),
                officer("302")));
        r.add(new Check(
                "GET /api/v1/initiatives", "api list", true, (c, w) -> get("/api/v1/initiatives"), reads("200")));
        r.add(new Check(
                "GET /api/v1/initiatives/{id:\\d+}",
                "api initiative",
                true,
                (c, w) -> get("/api/v1/initiatives/" + initiativeOf(c.budget())),
                reads("200")));
        r.add(new Check(
                "GET /api/v1/initiatives/{id:\\d+}",
                "api group initiative",
                true,
                (c, w) -> get("/api/v1/initiatives/" + c.group()),
                (c, who, s) -> s == Scope.BALLOT || s == Scope.MANAGE
                        ? "403"
                        : s == Scope.READ_MINE
                                        && c.groupReaders().contains(c.emails().get(who))
                                ? "200"
                                : "404"));
        r.add(new Check(
                "GET /api/v1/initiatives/{id:\\d+}/phases",
                "api phases",
                true,
                (c, w) -> get("/api/v1/initiatives/" + initiativeOf(c.budget()) + "/phases"),
                reads("200")));
        r.add(new Check(
                "GET /api/v1/budgets/{id:\\d+}",
                "api budget",
                true,
                (c, w) -> get("/api/v1/budgets/" + c.budget()),
                reads("200")));
        r.add(new Check(
                "GET /api/v1/budgets/{id:\\d+}/results",
                "api results before closing",
                true,
                (c, w) -> get("/api/v1/budgets/" + c.budget() + "/results"),
                reads("404")));
        r.add(new Check(
                "POST /api/v1/budgets/{id:\\d+}/ballot",
                "api ballot",
                true,
                (c, w) -> post("/api/v1/budgets/" + c.budget() + "/ballot")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\": {\""
                                + ApiFixtures.projects(jdbc, c.budget()).get(0) + "\": 1}}"),
                (c, who, s) ->
                        s == Scope.NONE ? "401" : s != Scope.BALLOT ? "403" : who == Who.MEMBER ? "200" : "422"));
        r.add(new Check(
                "GET /api/v1/me",
                "api me",
                true,
                (c, w) -> get("/api/v1/me"),
                (c, who, s) -> s == Scope.NONE ? "401" : s == Scope.READ_MINE ? "200" : "403"));
        // The tools' public data (ApiToolsTest checks each rule in detail).
        String routes = ApiFixtures.BUDGET_INITIATIVE;
        r.add(new Check(
                "GET /api/v1/proposals/{id:\\d+}",
                "api proposals",
                true,
                (c, w) -> get("/api/v1/proposals/" + ApiFixtures.instance(jdbc, routes, "ideas", 0)),
                reads("200")));
        r.add(new Check(
                "GET /api/v1/proposals/{id:\\d+}",
                "api group proposals",
                true,
                (c, w) -> get("/api/v1/proposals/" + ApiFixtures.instance(jdbc, TestIdeas.GROUP, "ideas", 0)),
                (c, who, s) -> s == Scope.BALLOT || s == Scope.MANAGE
                        ? "403"
                        : s == Scope.READ_MINE
                                        && c.groupReaders().contains(c.emails().get(who))
                                ? "200"
                                : "404"));
        r.add(new Check(
                "GET /api/v1/votes/{id:\\d+}",
                "api vote",
                true,
                (c, w) -> get("/api/v1/votes/" + ApiFixtures.vote(jdbc, routes, "draft")),
                reads("200")));
        r.add(new Check(
                "GET /api/v1/votes/{id:\\d+}/results",
                "api draft vote results",
                true,
                (c, w) -> get("/api/v1/votes/" + ApiFixtures.vote(jdbc, routes, "draft") + "/results"),
                reads("404")));
        r.add(new Check(
                "GET /api/v1/meetings/{id:\\d+}",
                "api meetings",
                true,
                (c, w) -> get("/api/v1/meetings/" + ApiFixtures.instance(jdbc, routes, "meetings", 0)),
                reads("200")));
        r.add(new Check(
                "GET /api/v1/surveys/{id:\\d+}/results",
                "api survey results",
                true,
                (c, w) -> get("/api/v1/surveys/" + ApiFixtures.publishedSurvey(jdbc) + "/results"),
                reads("200")));
        r.add(new Check(
                "GET /api/v1/indicators/{id:\\d+}",
                "api indicators",
                true,
                (c, w) -> get("/api/v1/indicators/" + ApiFixtures.instance(jdbc, routes, "indicators", 0)),
                reads("200")));
        r.add(new Check(
                "GET /api/v1/tracking/{id:\\d+}",
                "api tracking",
                true,
                (c, w) -> get("/api/v1/tracking/" + ApiFixtures.instance(jdbc, routes, "tracking", 0)),
                reads("200")));
        r.add(new Check(
                "POST " + WEBHOOKS + "/{webhook:\\d+}/remove",
                "remove webhook",
                false,
                (c, w) -> post("/api/organisations/" + c.organisation() + "/webhooks/" + c.webhook() + "/remove"),
                officer("302")));
        // Last: closing ends the budget for the cells after the facilitator's.
        r.add(new Check(
                "POST /api/v1/budgets/{id:\\d+}/close",
                "api close",
                true,
                (c, w) -> post("/api/v1/budgets/" + c.budget() + "/close"),
                (c, who, s) ->
                        s == Scope.NONE ? "401" : s != Scope.MANAGE ? "403" : who == Who.FACILITATOR ? "200" : "403"));
        return r;
    }

    static final Set<String> ROUTES =
            new ApiPermissionMatrixTest().checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private long initiativeOf(long instance) {
        return ApiFixtures.initiativeOf(jdbc, instance);
    }

    @Test
    void everyRouteForEveryKindOfPersonAndEveryScope() throws Exception {
        var demo = new Demo(users);
        TestIdeas.outsiders(jdbc);
        var emails = new EnumMap<Who, String>(Who.class);
        emails.put(Who.CITIZEN, Demo.CITIZEN);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.MEMBER, Demo.VOLUNTEER);
        emails.put(Who.FACILITATOR, Demo.PARKS_OFFICER);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        long budget = ApiFixtures.openBudget(mvc, jdbc, demo);
        // Only the volunteer is an ordinary member of the budget's initiative in this matrix.
        jdbc.sql("""
                DELETE FROM initiative_member WHERE initiative_id = :i AND role = 'member'
                    AND person_id <> (SELECT id FROM app_user WHERE email = :e)
                """)
                .param("i", initiativeOf(budget))
                .param("e", Demo.VOLUNTEER)
                .update();
        long group = TestIdeas.copy(jdbc, TestIdeas.GROUP);
        var groupReaders =
                Set.copyOf(jdbc.sql("""
                        SELECT u.email FROM initiative_member m JOIN app_user u ON u.id = m.person_id
                        WHERE m.initiative_id = :i
                        """).param("i", group).query(String.class).list());
        assertThat(groupReaders)
                .as("the group initiative has members among the demo people")
                .isNotEmpty();
        long organisation =
                accounts.personByEmail(Demo.PARKS_OFFICER).orElseThrow().organisationId();
        var admin = accounts.personByEmail(Demo.ADMIN).orElseThrow().asSignedIn();
        var service = webhookService;
        long webhook = service.subscribe(
                        service.officerOf(organisation, admin),
                        new WebhookForm("https://93.184.216.34/matrix", List.of("survey.closed"), null),
                        admin)
                .id();
        var revocable = new EnumMap<Who, Long>(Who.class);
        ApiFixtures.token(tokens, accounts, Demo.CITIZEN, "read:public");
        revocable.put(
                Who.CITIZEN,
                jdbc.sql("SELECT MAX(id) FROM api_token").query(Long.class).single());
        var c = new Case(budget, group, organisation, webhook, emails, revocable, groupReaders);

        var failures = new ArrayList<String>();
        var made = new java.util.HashMap<String, String>();
        for (Check check : checks()) {
            for (Who who : Who.values()) {
                for (Scope scope : check.api() ? List.of(Scope.values()) : List.of(Scope.NONE)) {
                    if (who == Who.ANONYMOUS && scope != Scope.NONE) {
                        continue;
                    }
                    var request = check.request().build(c, who);
                    if (!check.api()) {
                        request = request.with(csrf());
                        if (who != Who.ANONYMOUS) {
                            request = request.with(demo.as(emails.get(who)));
                        }
                    } else if (scope != Scope.NONE) {
                        request = request.header(
                                "Authorization",
                                ApiFixtures.bearer(made.computeIfAbsent(
                                        who + " " + scope,
                                        k -> ApiFixtures.token(tokens, accounts, emails.get(who), scope.code()))));
                    }
                    long revokedBefore = revoked(revocable.get(Who.CITIZEN));
                    var response = mvc.perform(request).andReturn().getResponse();
                    String actual = response.getStatus() == 302
                                    && String.valueOf(response.getRedirectedUrl())
                                            .endsWith("/login")
                            ? "LOGIN"
                            : String.valueOf(response.getStatus());
                    String expected = check.expect().status(c, who, scope);
                    String cell = check.name() + " as " + who + " with " + scope;
                    if (!actual.equals(expected)) {
                        failures.add(cell + ": expected " + expected + " but got " + actual);
                    }
                    if (check.name().equals("revoke")
                            && revoked(revocable.get(Who.CITIZEN)) != revokedBefore
                            && who != Who.CITIZEN) {
                        failures.add(cell + ": revoked another person's token");
                    }
                    if (check.name().equals("revoke") && who == Who.CITIZEN) {
                        assertThat(revoked(revocable.get(Who.CITIZEN))).isEqualTo(1);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget WHERE tool_instance_id = :i AND status = 'closed'")
                        .param("i", budget)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Autowired
    WebhookService webhookService;

    private long revoked(long token) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = :i AND revoked_at IS NOT NULL")
                .param("i", token)
                .query(Long.class)
                .single();
    }
}
