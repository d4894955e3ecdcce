package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cocrea.plans.actions.ActionsTool;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.needs.NeedsTool;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.privacy.ConsentRepository;
import org.cocrea.plans.privacy.ConsentScope;
import org.cocrea.plans.privacy.PlanPrivacy;
import org.cocrea.plans.review.ReviewTool;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the plans module (the individual plan and its versions, goals, history, exports and FHIR bundle;
 * the care tools around it: needs, actions and diary, ladder, reviews, and their audit; privacy and consent,
 * erasure, admins' oversight, emergency access and reassignment), for each of the seven kinds of person (issue 12,
 * finding 4): ANONYMOUS; CITIZEN, the plan's citizen; OTHER_CITIZEN, a citizen outside it; MEMBER, the citizen's
 * proxy acting with their consent; FACILITATOR, the case manager (owner); OTHER_PRO, a professional of another
 * organisation; ADMIN, a platform admin without an emergency access. The plans routes let everyone through the URL
 * rules, so anonymous visitors get "not found" like every outsider, never a sign-in page that would say the plan
 * exists.
 *
 * <p>Every cell gets a plan of its own ({@link PrivatePlan}: a new individual initiative with a signed plan, a goal
 * and every care tool), so no cell sees another's change and the order does not matter. Every changing route
 * states its effect, read back from the database: it must have happened in the allowed cells and not in the
 * refused ones. {@code org.cocrea.RouteCoverageTest} checks that {@link #ROUTES} names every route of the module.
 */
@WebTest
class PlanPermissionMatrixTest {

    /** The care team: the citizen, their proxy (with consent) and the case manager. */
    private static final Set<Who> TEAM = EnumSet.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR);

    /** The citizen's side: the citizen and the proxy acting for them. */
    private static final Set<Who> CITIZEN_SIDE = EnumSet.of(Who.CITIZEN, Who.MEMBER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** One cell's plan, with the ids of its care tools and whatever the check's preparation recorded. */
    record Cell(Who who, PrivatePlan pp, long me, Map<String, Long> ids) {
        long id(String key) {
            return ids.get(key);
        }

        long plan() {
            return pp.instance();
        }
    }

    interface Prepare {
        void prepare(Cell cell) throws Exception;
    }

    record Check(
            String route,
            String name,
            Prepare prepare,
            Function<Cell, MockHttpServletRequestBuilder> request,
            Function<Who, String> expect,
            Predicate<Cell> effect) {}

    /** The care team gets {@code status}; everyone else, anonymous visitors and admins included, "not found". */
    private static Function<Who, String> team(String status) {
        return who -> TEAM.contains(who) ? status : "404";
    }

    /** The citizen's side gets {@code status}; the case manager too learns nothing ("not found"). */
    private static Function<Who, String> citizenSide(String status) {
        return who -> CITIZEN_SIDE.contains(who) ? status : "404";
    }

    /** Only the citizen; their proxy sees the page but may not (403); the rest learn nothing. */
    private static Function<Who, String> citizenOnly(String status) {
        return who -> who == Who.CITIZEN ? status : who == Who.MEMBER ? "403" : "404";
    }

    private static Function<Who, String> admins(String status) {
        return who -> who == Who.ADMIN ? status : "404";
    }

    private static final Prepare NOTHING = cell -> {};

    private static Check read(
            String route, Function<Cell, MockHttpServletRequestBuilder> request, Function<Who, String> expect) {
        return new Check(route, route, NOTHING, request, expect, null);
    }

    private static final String P = "/plans/{id:\\d+}";
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    List<Check> checks() {
        var checks = new ArrayList<Check>();
        // The plan itself.
        checks.add(read("GET " + P, c -> get("/plans/" + c.plan()), team("200")));
        checks.add(new Check(
                "POST " + P + "/versions",
                "propose a version",
                NOTHING,
                c -> post("/plans/" + c.plan() + "/versions")
                        .param("objectives", "Camminare ogni giorno")
                        .param("reviewDate", "2027-01-31"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_version WHERE tool_instance_id = :v", c.plan()) == 2));
        checks.add(read(
                "GET " + P + "/versions/{n:\\d{1,9}}", c -> get("/plans/" + c.plan() + "/versions/1"), team("200")));
        checks.add(read("GET " + P + "/diff", c -> get("/plans/" + c.plan() + "/diff?from=1&to=1"), team("200")));
        checks.add(read(
                "GET " + P + "/versions/{n:\\d{1,9}}/pdf",
                c -> get("/plans/" + c.plan() + "/versions/1/pdf"),
                team("200")));
        checks.add(new Check(
                "POST " + P + "/versions/{n:\\d{1,9}}/sign",
                "sign version 2",
                c -> {
                    var content = new PlanContent(
                            "Obiettivo due",
                            "Servizio",
                            "ASL",
                            "Assistente sociale",
                            "",
                            "",
                            "",
                            LocalDate.of(2027, 6, 30));
                    new PlanRepository(jdbc)
                            .addVersion(c.plan(), PrivatePlan.person(jdbc, Demo.SOCIAL_WORKER), content);
                },
                c -> post("/plans/" + c.plan() + "/versions/2/sign"),
                team("302"),
                c -> count(
                                "SELECT COUNT(*) FROM plan_signature WHERE tool_instance_id = " + c.plan()
                                        + " AND version_no = 2 AND signer_id = :v",
                                c.me())
                        == 1));
        checks.add(new Check(
                "POST " + P + "/goals",
                "add a goal",
                NOTHING,
                c -> GoalParams.with(post("/plans/" + c.plan() + "/goals"), "Uscire di casa"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_goal WHERE tool_instance_id = :v", c.plan()) == 2));
        checks.add(new Check(
                "POST " + P + "/goals/{goal:\\d+}/scores",
                "score the goal",
                c -> c.ids().put("goal", one("SELECT MIN(id) FROM plan_goal WHERE tool_instance_id = :v", c.plan())),
                c -> post("/plans/" + c.plan() + "/goals/" + c.id("goal") + "/scores")
                        .param("level", "0")
                        .param("scoredOn", TODAY),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_goal_score WHERE goal_id = :v", c.id("goal")) == 2));
        checks.add(read("GET " + P + "/history", c -> get("/plans/" + c.plan() + "/history"), team("200")));
        checks.add(read("GET " + P + "/audit", c -> get("/plans/" + c.plan() + "/audit"), citizenSide("200")));
        checks.add(read(
                "GET " + P + "/my-data.json", c -> get("/plans/" + c.plan() + "/my-data.json"), citizenSide("200")));
        checks.add(
                read("GET " + P + "/my-data.pdf", c -> get("/plans/" + c.plan() + "/my-data.pdf"), citizenSide("200")));
        checks.add(new Check(
                "GET /api/plans/{id:\\d+}/fhir",
                "FHIR bundle with the citizen's consent to share",
                c -> new ConsentRepository(jdbc)
                        .give(c.pp().initiative(), c.pp().citizenId(), null, ConsentScope.SHARE_DATA),
                c -> get("/api/plans/" + c.pp().initiative() + "/fhir"),
                team("200"),
                null));

        // Privacy: consents, erasure (the citizen's own), and admins' oversight, emergency access, reassignment.
        checks.add(read("GET " + P + "/privacy", c -> get("/plans/" + c.plan() + "/privacy"), citizenSide("200")));
        checks.add(new Check(
                "POST " + P + "/consents/give",
                "consent to sharing",
                NOTHING,
                c -> post("/plans/" + c.plan() + "/consents/give").param("scope", "share-data"),
                citizenOnly("302"),
                c -> count(
                                "SELECT COUNT(*) FROM plan_consent WHERE scope = 'share-data' AND active = 'Y'"
                                        + " AND initiative_id = :v",
                                c.pp().initiative())
                        == 1));
        checks.add(new Check(
                "POST " + P + "/consents/withdraw",
                "withdraw the proxy's consent",
                NOTHING,
                c -> post("/plans/" + c.plan() + "/consents/withdraw")
                        .param("scope", "act-for-citizen")
                        .param("proxy", String.valueOf(c.pp().proxyId())),
                citizenOnly("302"),
                c -> count(
                                "SELECT COUNT(*) FROM plan_consent WHERE scope = 'act-for-citizen' AND active = 'Y'"
                                        + " AND proxy_id = :v",
                                c.pp().proxyId())
                        == 0));
        checks.add(new Check(
                "POST " + P + "/erasure",
                "erase the plan",
                NOTHING,
                c -> post("/plans/" + c.plan() + "/erasure").param("confirm", PlanPrivacy.ERASE_CONFIRMATION),
                citizenOnly("302"),
                c -> count("SELECT COUNT(*) FROM plan_erasure WHERE tool_instance_id = :v", c.plan()) == 1));
        checks.add(read("GET /plans/oversight", c -> get("/plans/oversight"), admins("200")));
        checks.add(read("GET " + P + "/emergency", c -> get("/plans/" + c.plan() + "/emergency"), admins("200")));
        checks.add(new Check(
                "POST " + P + "/emergency",
                "open an emergency access",
                NOTHING,
                c -> post("/plans/" + c.plan() + "/emergency")
                        .param("reason", "Il servizio di emergenza chiede il piano")
                        .param("minutes", "15"),
                admins("302"),
                c -> count("SELECT COUNT(*) FROM plan_emergency_access WHERE tool_instance_id = :v", c.plan()) == 1));
        checks.add(read("GET " + P + "/reassign", c -> get("/plans/" + c.plan() + "/reassign"), admins("200")));
        checks.add(new Check(
                "POST " + P + "/reassign",
                "give the plan to another citizen",
                c -> {
                    String email = "plan.new." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
                    TestPeople.ensure(jdbc, email, "citizen", null);
                    c.ids().put("new", PrivatePlan.person(jdbc, email));
                },
                c -> post("/plans/" + c.plan() + "/reassign")
                        .param("email", email(c.id("new")))
                        .param("reason", "Il piano era stato aperto per la persona sbagliata"),
                admins("302"),
                c -> count("SELECT COUNT(*) FROM plan_reassignment WHERE tool_instance_id = :v", c.plan()) == 1));

        // The needs assessment.
        String needs = "/plans/needs/{id:\\d+}";
        checks.add(read("GET " + needs, c -> get("/plans/needs/" + c.id("needs")), team("200")));
        checks.add(new Check(
                "POST " + needs + "/needs",
                "add a need",
                NOTHING,
                c -> post("/plans/needs/" + c.id("needs") + "/needs")
                        .param("domain", "home")
                        .param("title", "Scale di casa")
                        .param("text", "Non riesco a salire"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_need WHERE tool_instance_id = :v", c.id("needs")) == 2));
        checks.add(new Check(
                "POST " + needs + "/needs/{need:\\d{1,18}}/description",
                "describe the need",
                c -> c.ids()
                        .put("need", one("SELECT MIN(id) FROM plan_need WHERE tool_instance_id = :v", c.id("needs"))),
                c -> post("/plans/needs/" + c.id("needs") + "/needs/" + c.id("need") + "/description")
                        .param("text", "Descrizione cambiata"),
                team("302"),
                c -> count(
                                "SELECT COUNT(*) FROM plan_need WHERE (citizen_text = 'Descrizione cambiata'"
                                        + " OR professional_text = 'Descrizione cambiata') AND id = :v",
                                c.id("need"))
                        == 1));
        checks.add(new Check(
                "POST " + needs + "/ranking",
                "rank the needs",
                c -> c.ids()
                        .put("need", one("SELECT MIN(id) FROM plan_need WHERE tool_instance_id = :v", c.id("needs"))),
                c -> post("/plans/needs/" + c.id("needs") + "/ranking").param("rank-" + c.id("need"), "1"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_need_rank WHERE tool_instance_id = :v", c.id("needs")) == 1));
        checks.add(new Check(
                "POST " + needs + "/agreement",
                "agree on the order",
                c -> {
                    long need = one("SELECT MIN(id) FROM plan_need WHERE tool_instance_id = :v", c.id("needs"));
                    c.ids().put("need", need);
                    // Both sides ranked the one need first, so there is an order to agree on.
                    var now = OffsetDateTime.now(ZoneOffset.UTC);
                    for (var ranker : List.of(
                            List.of(c.pp().citizenId(), "citizen"),
                            List.of(PrivatePlan.person(jdbc, Demo.SOCIAL_WORKER), "owner"))) {
                        jdbc.sql("""
                                INSERT INTO plan_need_rank (tool_instance_id, ranker_id, ranker_role, need_id, rank_no,
                                    ranked_at) VALUES (:i, :p, :r, :n, 1, :now)
                                """)
                                .param("i", c.id("needs"))
                                .param("p", ranker.get(0))
                                .param("r", ranker.get(1))
                                .param("n", need)
                                .param("now", now)
                                .update();
                    }
                },
                c -> post("/plans/needs/" + c.id("needs") + "/agreement").param("order", String.valueOf(c.id("need"))),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_need_confirmation WHERE tool_instance_id = :v", c.id("needs"))
                        == 1));

        // Actions and the diary.
        String actions = "/plans/actions/{id:\\d+}";
        checks.add(read("GET " + actions, c -> get("/plans/actions/" + c.id("actions")), team("200")));
        checks.add(new Check(
                "POST " + actions + "/actions",
                "plan an action",
                NOTHING,
                c -> post("/plans/actions/" + c.id("actions") + "/actions")
                        .param("title", "Camminare al parco")
                        .param("kind", "citizen")
                        .param("performer", String.valueOf(c.pp().citizenId()))
                        .param("due", "2027-03-31"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_action WHERE tool_instance_id = :v", c.id("actions")) == 2));
        checks.add(new Check(
                "POST " + actions + "/actions/{action:\\d{1,18}}/status",
                "mark the action done",
                c -> c.ids()
                        .put(
                                "action",
                                one("SELECT MIN(id) FROM plan_action WHERE tool_instance_id = :v", c.id("actions"))),
                c -> post("/plans/actions/" + c.id("actions") + "/actions/" + c.id("action") + "/status")
                        .param("status", "done"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_action WHERE status = 'done' AND id = :v", c.id("action")) == 1));
        checks.add(new Check(
                "POST " + actions + "/diary",
                "write in the diary",
                NOTHING,
                c -> post("/plans/actions/" + c.id("actions") + "/diary")
                        .param("doneOn", TODAY)
                        .param("what", "Spesa al mercato")
                        .param("minutes", "30")
                        .param("how", "Bene"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_diary WHERE tool_instance_id = :v", c.id("actions")) == 2));

        // The ladder.
        String ladder = "/plans/ladder/{id:\\d+}";
        checks.add(read("GET " + ladder, c -> get("/plans/ladder/" + c.id("ladder")), team("200")));
        checks.add(new Check(
                "POST " + ladder + "/areas",
                "add an area",
                NOTHING,
                c -> post("/plans/ladder/" + c.id("ladder") + "/areas").param("name", "Fede e spiritualità"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_ladder_area WHERE tool_instance_id = :v", c.id("ladder")) == 2));
        checks.add(new Check(
                "POST " + ladder + "/readings",
                "read the ladder",
                c -> c.ids()
                        .put(
                                "area",
                                one(
                                        "SELECT MIN(id) FROM plan_ladder_area WHERE tool_instance_id = :v",
                                        c.id("ladder"))),
                c -> post("/plans/ladder/" + c.id("ladder") + "/readings")
                        .param("readOn", TODAY)
                        .param("score-" + c.id("area"), "7"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_ladder_reading WHERE tool_instance_id = :v", c.id("ladder"))
                        == 3));

        // Reviews.
        String review = "/plans/review/{id:\\d+}";
        checks.add(read("GET " + review, c -> get("/plans/review/" + c.id("review")), team("200")));
        checks.add(new Check(
                "POST " + review + "/reviews",
                "record a review",
                NOTHING,
                c -> post("/plans/review/" + c.id("review") + "/reviews")
                        .param("heldOn", TODAY)
                        .param("participants", String.valueOf(c.pp().citizenId()))
                        .param("summary", "Il piano procede")
                        .param("decisions", "Continuare")
                        .param("nextCycle", "false"),
                team("302"),
                c -> count("SELECT COUNT(*) FROM plan_review WHERE tool_instance_id = :v", c.id("review")) == 1));

        // The care tools' access logs, for the citizen's side.
        checks.add(read(
                "GET /plans/{tool:needs|actions|ladder|review}/{id:\\d+}/audit",
                c -> get("/plans/needs/" + c.id("needs") + "/audit"),
                citizenSide("200")));
        return checks;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered); see RouteCoverageTest. */
    static final Set<String> ROUTES =
            new PlanPermissionMatrixTest().checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private long count(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    private long one(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    private String email(long person) {
        return jdbc.sql("SELECT email FROM app_user WHERE id = :p")
                .param("p", person)
                .query(String.class)
                .single();
    }

    /** A new plan for one cell, its proxy acting with the citizen's consent. */
    private Cell cell(Who who) {
        Outsiders.ensure(jdbc);
        var plan = PrivatePlan.create(jdbc, "matrice");
        new ConsentRepository(jdbc)
                .give(plan.initiative(), plan.citizenId(), plan.proxyId(), ConsentScope.ACT_FOR_CITIZEN);
        var ids = new HashMap<String, Long>();
        for (String tool : List.of(NeedsTool.ID, ActionsTool.ID, LadderTool.ID, ReviewTool.ID)) {
            ids.put(
                    tool,
                    jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i AND tool_id = :t")
                            .param("i", plan.initiative())
                            .param("t", tool)
                            .query(Long.class)
                            .single());
        }
        String email = email(who, plan);
        return new Cell(who, plan, email == null ? 0 : PrivatePlan.person(jdbc, email), ids);
    }

    private static String email(Who who, PrivatePlan plan) {
        return switch (who) {
            case ANONYMOUS -> null;
            case CITIZEN -> plan.citizen();
            case OTHER_CITIZEN -> Outsiders.OTHER_CITIZEN;
            case MEMBER -> plan.proxy();
            case FACILITATOR -> Demo.SOCIAL_WORKER;
            case OTHER_PRO -> Outsiders.OTHER_PRO;
            case ADMIN -> Demo.ADMIN;
        };
    }

    @Test
    void everyRouteForEveryKindOfPerson() throws Exception {
        var demo = new Demo(users);
        var failures = new ArrayList<String>();
        int cells = 0;
        for (Check check : checks()) {
            for (Who who : Who.values()) {
                try {
                    var cell = cell(who);
                    check.prepare().prepare(cell);
                    var request = check.request().apply(cell).with(csrf());
                    String email = email(who, cell.pp());
                    if (email != null) {
                        request = request.with(demo.as(email));
                    }
                    var response = mvc.perform(request).andReturn().getResponse();
                    String actual = String.valueOf(response.getStatus());
                    if (response.getStatus() == 302 && "http://localhost/login".equals(response.getRedirectedUrl())) {
                        actual = "LOGIN";
                    }
                    String expected = check.expect().apply(who);
                    cells++;
                    if (!actual.equals(expected)) {
                        failures.add(check.name() + " as " + who + ": expected " + expected + " but was " + actual);
                    }
                    if (check.effect() != null) {
                        boolean allowed = !Set.of("LOGIN", "403", "404").contains(expected);
                        if (check.effect().test(cell) != allowed) {
                            failures.add(check.name() + " as " + who + (allowed ? ": no effect" : ": took effect"));
                        }
                    }
                    // A refused read shows nothing of the plan (the marker is in every tool's text).
                    if (!"200".equals(expected)
                            && response.getContentAsString(StandardCharsets.UTF_8)
                                    .contains("matrice")) {
                        failures.add(check.name() + " as " + who + ": shows the plan's content");
                    }
                } catch (Exception e) {
                    failures.add(check.name() + " as " + who + ": " + e + " at " + where(e));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(cells).isEqualTo(checks().size() * Who.values().length);
    }

    /**
     * An eighth kind of person, beyond the matrix: an admin with an open emergency access reads the plan and its
     * tools as an observer and changes nothing. Every changing route the care team may use is refused to them
     * (403 or 404) without effect; the plan's and the care tools' pages open.
     */
    @Test
    void anAdminWithAnEmergencyAccessReadsButChangesNothing() throws Exception {
        var demo = new Demo(users);
        var failures = new ArrayList<String>();
        int changes = 0;
        for (Check check : checks()) {
            boolean teamRoute = check.expect().apply(Who.FACILITATOR).equals("200")
                    || check.expect().apply(Who.CITIZEN).matches("200|302");
            if (!teamRoute
                    || check.expect().apply(Who.ADMIN).equals(check.expect().apply(Who.CITIZEN))) {
                continue;
            }
            boolean page = check.route().equals("GET " + P) || check.route().matches("GET /plans/[a-z]+/\\{id.*\\}");
            if (check.effect() == null && !page) {
                continue;
            }
            var cell = cell(Who.ADMIN);
            var opened = mvc.perform(post("/plans/" + cell.plan() + "/emergency")
                            .param("reason", "Il servizio di emergenza chiede il piano")
                            .param("minutes", "15")
                            .with(csrf())
                            .with(demo.as(Demo.ADMIN)))
                    .andReturn()
                    .getResponse();
            assertThat(opened.getStatus()).isEqualTo(302);
            check.prepare().prepare(cell);
            var response = mvc.perform(check.request().apply(cell).with(csrf()).with(demo.as(Demo.ADMIN)))
                    .andReturn()
                    .getResponse();
            String actual = String.valueOf(response.getStatus());
            if (check.effect() == null) {
                if (!actual.equals("200")) {
                    failures.add(check.name() + ": expected 200 but was " + actual);
                }
                continue;
            }
            changes++;
            if (!actual.equals("403") && !actual.equals("404")) {
                failures.add(check.name() + ": expected 403 or 404 but was " + actual);
            }
            if (check.effect().test(cell)) {
                failures.add(check.name() + ": took effect");
            }
        }
        assertThat(failures).isEmpty();
        // Every changing route of the plan and the care tools was tried: versions, signature, goals, scores,
        // consents, erasure, needs (4), actions and diary (3), ladder (2), reviews.
        assertThat(changes).isEqualTo(17);
    }

    /** Where in this test an unexpected exception came from, to tell a broken check from a broken route. */
    private static String where(Exception e) {
        for (var frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.cocrea.")
                    && frame.getClassName().contains("Permission")) {
                return frame.getFileName() + ":" + frame.getLineNumber();
            }
        }
        return "?";
    }
}
