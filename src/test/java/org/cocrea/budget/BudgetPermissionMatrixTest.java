package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocrea.ballots.VotingCodes;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.PermissionMatrix.Expect;
import org.cocrea.testing.PermissionMatrix.Request;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the budget tool (voters' pages, management, voting codes, paper ballots, Pabulib and proposal
 * imports) for each of the seven kinds of person, on a budget of its own in a copy of a demo initiative of each
 * level the tool allows (collective, group), and once more on a collective budget open to anyone registered.
 *
 * <p>The checks run in the budget's life order: a draft (settings, projects, imports), open (ballots, codes,
 * paper ballots), closed (results, export). An allowed cell of a changing route checks its effect in the database
 * (the ballot stored with the project chosen, the settings changed, the codes issued, the paper ballot logged with
 * who recorded it, the projects imported); every other cell checks that nothing of the budget changed. "LOGIN" is
 * the redirect to the sign-in page. {@link #ROUTES} is derived from the checks, and
 * {@code org.cocrea.RouteCoverageTest} compares it with the routes Spring registers.
 */
@WebTest
class BudgetPermissionMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void people() {
        TestIdeas.outsiders(jdbc);
    }

    /**
     * A budget of its own: who is who, who reads the initiative, who may cast a ballot online, its projects, the
     * accepted proposal waiting to be imported and the voting codes issued by the matrix (used one per cell).
     */
    record Case(
            String name,
            long id,
            long proposal,
            List<Long> projects,
            Map<Who, String> emails,
            Set<Who> see,
            Set<Who> voters,
            Deque<String> codes) {}

    private static final String PB = """
            META
            key;value
            description;Matrix
            num_projects;1
            num_votes;1
            budget;1000
            vote_type;approval
            rule;greedy
            currency;EUR
            PROJECTS
            project_id;cost;votes;name;category
            p1;500;1;Imported by the matrix;green
            VOTES
            voter_id;vote
            1;p1
            """;

    /** A copy of the demo initiative with a draft budget of two projects and an accepted proposal with a cost. */
    private Case kase(String name, String initiative, Map<Who, String> roles, Set<Who> see, String eligibility)
            throws Exception {
        long copy = TestIdeas.copy(jdbc, initiative);
        long ideas = TestIdeas.addTool(jdbc, copy, "ideas");
        long id = TestIdeas.addTool(jdbc, copy, "budget");
        long proposal = TestIdeas.idea(jdbc, ideas, "Accepted for the matrix", "accepted", 1_000_00L);
        var demo = new Demo(users);
        String facilitator = roles.get(Who.FACILITATOR);
        mvc.perform(settings(post("/budget/" + id + "/settings"), "100000", eligibility)
                        .with(csrf())
                        .with(demo.as(facilitator)))
                .andExpect(status().isFound());
        for (String title : List.of("Lanes", "Racks")) {
            mvc.perform(post("/budget/" + id + "/projects")
                            .param("title", title)
                            .param("description", "Why")
                            .param("cost", "1000")
                            .with(csrf())
                            .with(demo.as(facilitator)))
                    .andExpect(status().isFound());
        }
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        // Budgets for members: the member roles vote, facilitators set the budget up and do not vote in it.
        // Budgets for anyone registered: every signed-in reader except those who manage the budget.
        Set<Who> voters = eligibility.equals("members")
                ? Set.of(Who.MEMBER)
                : see.stream()
                        .filter(w -> w != Who.ANONYMOUS && w != Who.FACILITATOR)
                        .collect(Collectors.toUnmodifiableSet());
        var c = new Case(name, id, proposal, projects(id), emails, see, voters, new ArrayDeque<>());
        assertThat(c.projects()).hasSize(2);
        return c;
    }

    private static MockHttpServletRequestBuilder settings(
            MockHttpServletRequestBuilder request, String amount, String eligibility) {
        return request.param("amount", amount)
                .param("currency", "eur")
                .param("ballotType", "approval")
                .param("rule", "greedy")
                .param("eligibility", eligibility);
    }

    private List<Long> projects(long id) {
        return jdbc.sql("""
                SELECT p.id FROM budget_project p JOIN budget b ON b.id = p.budget_id
                WHERE b.tool_instance_id = :i ORDER BY p.id
                """).param("i", id).query(Long.class).list();
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** Everything of the budget a route may change, as text: compared before and after each cell. */
    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql : List.of("""
                SELECT amount_cents, currency, ballot_type, rule, status, eligibility, min_projects, max_projects
                FROM budget WHERE tool_instance_id = :i
                """, """
                SELECT p.id, p.title, p.cost_cents, p.source_proposal_id FROM budget_project p
                JOIN budget b ON b.id = p.budget_id WHERE b.tool_instance_id = :i ORDER BY p.id
                """, """
                SELECT x.id, x.voter_id, x.code_id, x.resident_key FROM budget_ballot x
                JOIN budget b ON b.id = x.budget_id WHERE b.tool_instance_id = :i ORDER BY x.id
                """, """
                SELECT t.ballot_id, t.project_id, t.points FROM budget_ballot_item t
                JOIN budget b ON b.id = t.budget_id WHERE b.tool_instance_id = :i ORDER BY t.ballot_id, t.project_id
                """, """
                SELECT k.id, k.used_at IS NOT NULL AS used FROM budget_code k
                JOIN budget b ON b.id = k.budget_id WHERE b.tool_instance_id = :i ORDER BY k.id
                """, """
                SELECT g.id, g.ballot_id, g.recorded_by, g.code_id FROM budget_paper_ballot g
                JOIN budget b ON b.id = g.budget_id WHERE b.tool_instance_id = :i ORDER BY g.id
                """)) {
            out.append(jdbc.sql(sql).param("i", c.id()).query().listOfRows()).append('\n');
        }
        return out.toString();
    }

    private String one(Case c, String sql, Object... params) {
        var spec = jdbc.sql(sql).param("i", c.id());
        for (int i = 0; i < params.length; i++) {
            spec = spec.param("p" + i, params[i]);
        }
        return String.valueOf(spec.query().listOfRows());
    }

    /** The project each person chooses: not the same for everyone, so a ballot stored with another one shows. */
    private static long choice(Case c, Who who) {
        return c.projects().get(who.ordinal() % c.projects().size());
    }

    /** What an allowed cell of a changing route must have done; {@code response} is the route's answer. */
    interface Effect {
        void verify(Case c, Who who, MockHttpServletResponse response) throws Exception;
    }

    /**
     * One check: the route as Spring registers it, the request, the expected answer per person, and for a
     * changing route the effect of an allowed cell (null: the route changes nothing, for anyone).
     */
    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect)
            implements PermissionMatrix.Row<Case> {}

    private static Expect<Case> read() {
        return (c, who) -> c.see().contains(who) ? "200" : "404";
    }

    private static Expect<Case> manage(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR ? whenAllowed : c.see().contains(who) ? "403" : "404";
    }

    private static final String ID = "/budget/{id:\\d+}";

    private static String path(Case c, String tail) {
        return "/budget/" + c.id() + tail;
    }

    private List<Check> checks() {
        var checks = new ArrayList<Check>();
        // A draft budget.
        checks.add(new Check("GET " + ID, "page", (c, w) -> get(path(c, "")), read(), null));
        // Before the close the results page says when they will be published, to everyone who reads the budget.
        checks.add(new Check(
                "GET " + ID + "/results", "results while a draft", (c, w) -> get(path(c, "/results")), read(), null));
        // Sign in (or register) and come back: visitors go to the sign-in page, readers back to the ballot.
        checks.add(new Check(
                "GET " + ID + "/sign-in",
                "sign in from the budget",
                (c, w) -> get(path(c, "/sign-in")),
                (c, who) -> !c.see().contains(who) ? "404" : who == Who.ANONYMOUS ? "LOGIN" : "302",
                null));
        checks.add(new Check(
                "GET " + ID + "/manage", "manage page", (c, w) -> get(path(c, "/manage")), manage("200"), null));
        checks.add(new Check(
                "POST " + ID + "/settings",
                "settings",
                (c, w) -> settings(post(path(c, "/settings")), "123456", eligibility(c)),
                manage("302"),
                (c, w, r) -> assertThat(one(c, "SELECT amount_cents FROM budget WHERE tool_instance_id = :i"))
                        .isEqualTo("[{amount_cents=12345600}]")));
        checks.add(new Check(
                "POST " + ID + "/projects",
                "add project",
                (c, w) -> post(path(c, "/projects"))
                        .param("title", "Added by " + w)
                        .param("description", "Why")
                        .param("cost", "500"),
                manage("302"),
                (c, w, r) -> assertThat(one(c, """
                                SELECT p.cost_cents FROM budget_project p JOIN budget b ON b.id = p.budget_id
                                WHERE b.tool_instance_id = :i AND p.title = :p0
                                """, "Added by " + w)).isEqualTo("[{cost_cents=50000}]")));
        checks.add(new Check(
                "POST " + ID + "/import",
                "Pabulib import",
                (c, w) -> multipart(path(c, "/import"))
                        .file(new MockMultipartFile(
                                "file", "matrix.pb", "text/plain", PB.getBytes(StandardCharsets.UTF_8))),
                manage("302"),
                (c, w, r) -> assertThat(one(c, """
                                SELECT p.cost_cents FROM budget_project p JOIN budget b ON b.id = p.budget_id
                                WHERE b.tool_instance_id = :i AND p.title = 'Imported by the matrix'
                                """)).isEqualTo("[{cost_cents=50000}]")));
        checks.add(new Check(
                "POST " + ID + "/import-ideas",
                "import accepted ideas",
                (c, w) -> post(path(c, "/import-ideas")),
                manage("302"),
                (c, w, r) -> assertThat(one(c, """
                                SELECT p.title, p.cost_cents FROM budget_project p JOIN budget b ON b.id = p.budget_id
                                WHERE b.tool_instance_id = :i AND p.source_proposal_id = :p0
                                """, c.proposal()))
                        .isEqualTo("[{title=Accepted for the matrix, cost_cents=100000}]")));
        // The route's first name only sends the form on (308) to the new one; it changes nothing itself.
        checks.add(new Check(
                "POST " + ID + "/import-proposals",
                "import accepted ideas at the old address",
                (c, w) -> post(path(c, "/import-proposals")),
                (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.see().contains(who) ? "308" : "404",
                null));
        checks.add(new Check(
                "POST " + ID + "/total",
                "running total",
                (c, w) -> post(path(c, "/total")).param("projects", String.valueOf(choice(c, w))),
                read(),
                null));
        checks.add(new Check(
                "POST " + ID + "/open",
                "open",
                (c, w) -> post(path(c, "/open")),
                manage("302"),
                (c, w, r) -> assertThat(one(c, "SELECT status FROM budget WHERE tool_instance_id = :i"))
                        .isEqualTo("[{status=open}]")));
        // Open: ballots online, with a code, on paper.
        checks.add(new Check(
                "POST " + ID + "/ballot",
                "ballot",
                (c, w) -> post(path(c, "/ballot")).param("projects", String.valueOf(choice(c, w))),
                (c, who) -> who == Who.ANONYMOUS
                        ? "LOGIN"
                        : c.voters().contains(who) ? "302" : c.see().contains(who) ? "422" : "404",
                (c, w, r) -> assertThat(one(c, """
                                SELECT t.project_id FROM budget_ballot x JOIN budget b ON b.id = x.budget_id
                                JOIN budget_ballot_item t ON t.ballot_id = x.id
                                WHERE b.tool_instance_id = :i AND x.voter_id = :p0
                                """, person(c.emails().get(w))))
                        .isEqualTo("[{project_id=" + choice(c, w) + "}]")));
        checks.add(
                new Check("GET " + ID + "/codes", "codes page", (c, w) -> get(path(c, "/codes")), manage("200"), null));
        checks.add(new Check(
                "POST " + ID + "/codes",
                "issue codes",
                (c, w) -> post(path(c, "/codes")).param("count", "20"),
                manage("200"),
                (c, w, r) -> {
                    var m = Pattern.compile("<strong class=\"voting-code-value\">([^<]+)</strong>")
                            .matcher(r.getContentAsString(StandardCharsets.UTF_8));
                    var shown = new ArrayList<String>();
                    while (m.find()) {
                        shown.add(m.group(1));
                    }
                    assertThat(shown).hasSize(20).doesNotHaveDuplicates();
                    // Only the hashes are stored: each code shown is one of the budget's, none used yet.
                    for (String code : shown) {
                        assertThat(one(
                                        c,
                                        """
                                        SELECT k.used_at FROM budget_code k JOIN budget b ON b.id = k.budget_id
                                        WHERE b.tool_instance_id = :i AND k.code_hash = :p0
                                        """,
                                        VotingCodes.hash(
                                                VotingCodes.normalise(code).orElseThrow())))
                                .isEqualTo("[{used_at=null}]");
                    }
                    c.codes().addAll(shown);
                }));
        checks.add(new Check("GET " + ID + "/code", "code form", (c, w) -> get(path(c, "/code")), read(), null));
        checks.add(new Check(
                "POST " + ID + "/code",
                "ballot with a code",
                (c, w) -> post(path(c, "/code"))
                        .param("code", code(c, w))
                        .param("projects", String.valueOf(choice(c, w))),
                // Holders of a code need no account: anyone who may read the budget votes with one.
                (c, who) -> c.see().contains(who) ? "302" : "404",
                (c, w, r) -> assertThat(codeBallot(c, w)).isEqualTo("[{project_id=" + choice(c, w) + "}]")));
        checks.add(
                new Check("GET " + ID + "/paper", "paper page", (c, w) -> get(path(c, "/paper")), manage("200"), null));
        checks.add(new Check(
                "POST " + ID + "/paper",
                "paper ballot",
                (c, w) -> post(path(c, "/paper"))
                        .param("identifier", code(c, w))
                        .param("projects", String.valueOf(choice(c, w))),
                manage("302"),
                (c, w, r) -> {
                    assertThat(codeBallot(c, w)).isEqualTo("[{project_id=" + choice(c, w) + "}]");
                    assertThat(one(c, """
                                    SELECT g.recorded_by FROM budget_paper_ballot g JOIN budget b ON b.id = g.budget_id
                                    JOIN budget_code k ON k.id = g.code_id
                                    WHERE b.tool_instance_id = :i AND k.code_hash = :p0
                                    """, hash(lastCode.get(c.name() + w))))
                            .isEqualTo("[{recorded_by=" + person(c.emails().get(w)) + "}]");
                }));
        checks.add(new Check(
                "GET " + ID + "/results", "results while open", (c, w) -> get(path(c, "/results")), read(), null));
        checks.add(new Check(
                "POST " + ID + "/close",
                "close",
                (c, w) -> post(path(c, "/close")),
                manage("302"),
                (c, w, r) -> assertThat(one(c, "SELECT status FROM budget WHERE tool_instance_id = :i"))
                        .isEqualTo("[{status=closed}]")));
        // Closed: the results and the anonymised election.
        checks.add(new Check("GET " + ID + "/results", "results", (c, w) -> get(path(c, "/results")), read(), null));
        checks.add(new Check(
                "GET " + ID + "/export.pb", "Pabulib export", (c, w) -> get(path(c, "/export.pb")), read(), null));
        return checks;
    }

    /** The code each cell of a code route uses, a fresh one per cell, kept to find its ballot afterwards. */
    private final Map<String, String> lastCode = new java.util.HashMap<>();

    private String code(Case c, Who who) {
        String code = c.codes().isEmpty() ? "NO-CODES-ISSUED" : c.codes().pop();
        lastCode.put(c.name() + who, code);
        return code;
    }

    private static String hash(String code) {
        return VotingCodes.hash(VotingCodes.normalise(code).orElseThrow());
    }

    /** The projects of the ballot cast with the cell's code. */
    private String codeBallot(Case c, Who who) {
        return one(c, """
                SELECT t.project_id FROM budget_ballot x JOIN budget b ON b.id = x.budget_id
                JOIN budget_code k ON k.id = x.code_id JOIN budget_ballot_item t ON t.ballot_id = x.id
                WHERE b.tool_instance_id = :i AND k.code_hash = :p0 AND k.used_at IS NOT NULL
                """, hash(lastCode.get(c.name() + who)));
    }

    private String eligibility(Case c) {
        return c.voters().size() > 1 ? "registered" : "members";
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new BudgetPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the budget")
                .run(c.name(), c, checks(), (check, who, r) -> check.effect().verify(c, who, r));
    }

    private Case collective(String name, String eligibility) throws Exception {
        return kase(
                name,
                BudgetDemoData.INITIATIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()),
                eligibility);
    }

    @Test
    void collectiveBudgetForMembers() throws Exception {
        assertThat(run(collective("collective", "members"))).isEmpty();
    }

    @Test
    void collectiveBudgetForAnyoneRegistered() throws Exception {
        var c = collective("registered", "registered");
        assertThat(c.voters()).contains(Who.CITIZEN, Who.OTHER_CITIZEN, Who.OTHER_PRO, Who.ADMIN);
        assertThat(run(c)).isEmpty();
    }

    @Test
    void groupBudget() throws Exception {
        // Members only, admins included: they do not see a group initiative's tools.
        var c = kase(
                "group",
                "Scuola inclusiva",
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR),
                "members");
        assertThat(run(c)).isEmpty();
    }

    @Test
    void anUnknownBudgetIsNotFoundForItsFacilitators() throws Exception {
        var demo = new Demo(users);
        for (Check check : checks()) {
            var c = new Case(
                    "unknown", 999_999_999L, 0, List.of(1L, 2L), Map.of(), Set.of(), Set.of(), new ArrayDeque<>());
            var request = check.request().build(c, Who.FACILITATOR).with(csrf()).with(demo.as(Demo.PARKS_OFFICER));
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                    .as(check.name())
                    .isEqualTo(404);
        }
    }
}
