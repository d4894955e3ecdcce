package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cocrea.accounts.Residents;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Eligibility, cumulative and minimum-share ballots, voting codes, paper ballots and the Pabulib import, on the web. */
@WebTest
class BudgetChannelsWebTest {
    static final String OTHER_PRO = "budget.other.pro@example.org";
    static final String RESIDENT = "budget.resident@example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Residents residents;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune Budget Altro'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune Budget Altro', :now)")
                    .param("now", now)
                    .update();
        }
        long other = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune Budget Altro'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", other);
        TestPeople.ensure(jdbc, RESIDENT, "citizen", null);
    }

    MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String who) throws Exception {
        request.header("Accept-Language", "en");
        if (who != null) {
            request.with(demo.as(who));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A budget set up and opened by the facilitator with these settings; returns the instance id. */
    long openBudget(String type, String rule, String eligibility, String extra, String... costs) throws Exception {
        long id = TestBudgets.newInstance(jdbc);
        var settings = post("/budget/" + id + "/settings")
                .with(csrf())
                .param("amount", "100000")
                .param("currency", "EUR")
                .param("ballotType", type)
                .param("rule", rule)
                .param("eligibility", eligibility);
        for (String pair : extra.isEmpty() ? new String[0] : extra.split("&")) {
            settings.param(pair.split("=")[0], pair.split("=")[1]);
        }
        assertThat(perform(settings, Demo.PARKS_OFFICER).getStatus()).isEqualTo(302);
        for (int i = 0; i < costs.length; i++) {
            perform(
                    post("/budget/" + id + "/projects")
                            .with(csrf())
                            .param("title", "Project " + i)
                            .param("cost", costs[i]),
                    Demo.PARKS_OFFICER);
        }
        assertThat(perform(post("/budget/" + id + "/open").with(csrf()), Demo.PARKS_OFFICER)
                        .getStatus())
                .isEqualTo(302);
        return id;
    }

    List<Long> projects(long instance) {
        return jdbc.sql("""
                SELECT p.id FROM budget_project p JOIN budget b ON b.id = p.budget_id
                WHERE b.tool_instance_id = :i ORDER BY p.position
                """).param("i", instance).query(Long.class).list();
    }

    long ballots(long instance) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM budget_ballot bb JOIN budget b ON b.id = bb.budget_id WHERE b.tool_instance_id = :i
                """).param("i", instance).query(Long.class).single();
    }

    List<String> generateCodes(long id, int n) throws Exception {
        var page = perform(post("/budget/" + id + "/codes").with(csrf()).param("count", "" + n), Demo.PARKS_OFFICER);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getContentAsString()).contains("http://localhost:8080/budget/" + id + "/code");
        var matcher = Pattern.compile("voting-code-value\">([A-Z0-9-]{11})<")
                .matcher(page.getContentAsString(StandardCharsets.UTF_8));
        var codes = new ArrayList<String>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        assertThat(codes).hasSize(n).doesNotHaveDuplicates();
        return codes;
    }

    @Test
    void cumulativeNeedsAGreedyRuleAndKnapsackShareNeedsKnapsack() throws Exception {
        long id = TestBudgets.newInstance(jdbc);
        var mes = perform(
                post("/budget/" + id + "/settings")
                        .with(csrf())
                        .param("amount", "1000")
                        .param("currency", "EUR")
                        .param("ballotType", "cumulative")
                        .param("rule", "mes")
                        .param("points", "10")
                        .param("pointsCap", "12")
                        .param("minShare", "50"),
                Demo.PARKS_OFFICER);
        assertThat(mes.getStatus()).isEqualTo(422);
        assertThat(mes.getContentAsString())
                .contains("This rule counts approval ballots only")
                .contains("cannot exceed the points per voter")
                .contains("only for a knapsack ballot");
        var noPoints = perform(
                post("/budget/" + id + "/settings")
                        .with(csrf())
                        .param("amount", "1000")
                        .param("currency", "EUR")
                        .param("ballotType", "cumulative")
                        .param("rule", "greedy"),
                Demo.PARKS_OFFICER);
        assertThat(noPoints.getStatus()).isEqualTo(422);
        assertThat(noPoints.getContentAsString()).contains("for a cumulative ballot");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget WHERE tool_instance_id = :i")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void cumulativeBallotsSpendAtMostTheirPointsAndScoresAreSums() throws Exception {
        long id = openBudget("cumulative", "greedy", "members", "points=10&pointsCap=6", "60000", "30000", "20000");
        var p = projects(id);
        var tooMany = perform(
                post("/budget/" + id + "/ballot")
                        .with(csrf())
                        .param("points-" + p.get(0), "6")
                        .param("points-" + p.get(1), "5"),
                Demo.CITIZEN);
        assertThat(tooMany.getStatus()).isEqualTo(422);
        assertThat(tooMany.getContentAsString()).contains("You gave 11 points; you have 10");
        var overCap =
                perform(post("/budget/" + id + "/ballot").with(csrf()).param("points-" + p.get(0), "7"), Demo.CITIZEN);
        assertThat(overCap.getContentAsString()).contains("from 1 to 6 points");
        var negative =
                perform(post("/budget/" + id + "/ballot").with(csrf()).param("points-" + p.get(0), "-1"), Demo.CITIZEN);
        assertThat(negative.getStatus()).isEqualTo(422);
        assertThat(ballots(id)).isZero();

        assertThat(perform(
                                post("/budget/" + id + "/ballot")
                                        .with(csrf())
                                        .param("points-" + p.get(1), "6")
                                        .param("points-" + p.get(2), "4"),
                                Demo.CITIZEN)
                        .getStatus())
                .isEqualTo(302);
        assertThat(perform(
                                post("/budget/" + id + "/ballot")
                                        .with(csrf())
                                        .param("points-" + p.get(0), "3")
                                        .param("points-" + p.get(2), "1"),
                                Demo.VOLUNTEER)
                        .getStatus())
                .isEqualTo(302);
        // The citizen's points come back in the form for editing.
        assertThat(perform(get("/budget/" + id), Demo.CITIZEN).getContentAsString())
                .contains("name=\"points-" + p.get(1) + "\"")
                .contains("value=\"6\"");
        perform(post("/budget/" + id + "/close").with(csrf()), Demo.PARKS_OFFICER);
        // Greedy by points: Project 1 (6) and Project 2 (5) fit in 100,000; Project 0 (3) does not.
        var results = perform(get("/budget/" + id + "/results"), null).getContentAsString();
        assertThat(results).contains("Project 1").contains("<td>6</td>").contains("<td>5</td>");
        var export = perform(get("/budget/" + id + "/export.pb"), null).getContentAsString();
        assertThat(export).contains("vote_type;cumulative").contains("voter_id;vote;points");
    }

    @Test
    void aKnapsackBallotMustSpendTheMinimumShare() throws Exception {
        long id = openBudget("knapsack", "mes", "members", "minShare=50", "30000", "40000");
        var p = projects(id);
        var under =
                perform(post("/budget/" + id + "/ballot").with(csrf()).param("projects", "" + p.get(0)), Demo.CITIZEN);
        assertThat(under.getStatus()).isEqualTo(422);
        assertThat(under.getContentAsString()).contains("at least 50% of the budget (€50,000.00)");
        assertThat(perform(
                                post("/budget/" + id + "/ballot")
                                        .with(csrf())
                                        .param("projects", "" + p.get(0))
                                        .param("projects", "" + p.get(1)),
                                Demo.CITIZEN)
                        .getStatus())
                .isEqualTo(302);
        assertThat(ballots(id)).isEqualTo(1);
    }

    @Test
    void eligibilityDecidesWhoVotesOnline() throws Exception {
        long registered = openBudget("knapsack", "mes", "registered", "", "1000");
        long project = projects(registered).get(0);
        // Parent is no member, but anyone signed in may vote here; the facilitator may not.
        assertThat(perform(
                                post("/budget/" + registered + "/ballot")
                                        .with(csrf())
                                        .param("projects", "" + project),
                                Demo.PARENT)
                        .getStatus())
                .isEqualTo(302);
        var facilitator = perform(
                post("/budget/" + registered + "/ballot").with(csrf()).param("projects", "" + project),
                Demo.PARKS_OFFICER);
        assertThat(facilitator.getStatus()).isEqualTo(422);

        long forResidents = openBudget("knapsack", "mes", "residents", "", "1000");
        long p = projects(forResidents).get(0);
        var notResident = perform(
                post("/budget/" + forResidents + "/ballot").with(csrf()).param("projects", "" + p), Demo.CITIZEN);
        assertThat(notResident.getStatus()).isEqualTo(422);
        assertThat(notResident.getContentAsString()).contains("Only verified residents may vote");
        long org = organisation();
        residents(org, "RESIDENT-BUDGET-1", "RESIDENT-PAPER-1");
        long person = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", RESIDENT)
                .query(Long.class)
                .single();
        assertThat(perform(
                                post("/profile/residence")
                                        .with(csrf())
                                        .param("organisation", "" + org)
                                        .param("identifier", "resident-budget-1"),
                                RESIDENT)
                        .getStatus())
                .isEqualTo(302);
        assertThat(residents.isVerifiedResident(person, org)).isTrue();
        assertThat(perform(
                                post("/budget/" + forResidents + "/ballot")
                                        .with(csrf())
                                        .param("projects", "" + p),
                                RESIDENT)
                        .getStatus())
                .isEqualTo(302);
        // A paper ballot for the same identifier is refused: the resident already voted online.
        var twice = perform(
                post("/budget/" + forResidents + "/paper")
                        .with(csrf())
                        .param("identifier", "RESIDENT-BUDGET-1")
                        .param("projects", "" + p),
                Demo.PARKS_OFFICER);
        assertThat(twice.getStatus()).isEqualTo(422);
        assertThat(twice.getContentAsString()).contains("already has a ballot");
        // A resident without an account votes on paper, once.
        assertThat(perform(
                                post("/budget/" + forResidents + "/paper")
                                        .with(csrf())
                                        .param("identifier", " resident-paper-1 ")
                                        .param("projects", "" + p),
                                Demo.PARKS_OFFICER)
                        .getStatus())
                .isEqualTo(302);
        assertThat(ballots(forResidents)).isEqualTo(2);
        var log = perform(get("/budget/" + forResidents + "/paper"), Demo.PARKS_OFFICER)
                .getContentAsString();
        assertThat(log).contains("id=\"paper-log\"").contains("resident (ref.").doesNotContain("RESIDENT-PAPER-1");
    }

    private long organisation() {
        return jdbc.sql("""
                SELECT i.organisation_id FROM initiative i WHERE i.title = :t
                """)
                .param("t", BudgetDemoData.INITIATIVE)
                .query(Long.class)
                .single();
    }

    private void residents(long org, String... identifiers) throws Exception {
        var file = new MockMultipartFile(
                "file", "census.csv", "text/csv", String.join("\n", identifiers).getBytes(StandardCharsets.UTF_8));
        var response = perform(
                multipart("/organisations/" + org + "/residents").file(file).with(csrf()), Demo.ADMIN);
        assertThat(response.getStatus()).isEqualTo(302);
    }

    @Test
    void aVotingCodeVotesOnceWithoutAnAccount() throws Exception {
        long id = openBudget("knapsack", "mes", "members", "", "1000", "2000");
        var p = projects(id);
        var codes = generateCodes(id, 3);
        assertThat(perform(get("/budget/" + id + "/codes"), Demo.PARKS_OFFICER).getContentAsString())
                .contains("3 codes generated, 0 used")
                .doesNotContain(codes.get(0));
        assertThat(perform(get("/budget/" + id + "/code"), null).getContentAsString())
                .contains("name=\"code\"");

        var cast = perform(
                post("/budget/" + id + "/code")
                        .with(csrf())
                        .param("code", codes.get(0).toLowerCase().replace("-", " "))
                        .param("projects", "" + p.get(0)),
                null);
        assertThat(cast.getStatus()).isEqualTo(302);
        var again = perform(
                post("/budget/" + id + "/code")
                        .with(csrf())
                        .param("code", codes.get(0))
                        .param("projects", "" + p.get(1)),
                null);
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("already been used");
        var unknown = perform(
                post("/budget/" + id + "/code")
                        .with(csrf())
                        .param("code", "ABCDE-FGHJK")
                        .param("projects", "" + p.get(1)),
                null);
        assertThat(unknown.getContentAsString()).contains("not a voting code of this budget");
        var badBallot = perform(post("/budget/" + id + "/code").with(csrf()).param("code", codes.get(1)), null);
        assertThat(badBallot.getContentAsString()).contains("Choose at least one project");
        assertThat(ballots(id)).isEqualTo(1);

        // Staff enter the second code from a paper ballot; it is logged and the code is spent.
        assertThat(perform(
                                post("/budget/" + id + "/paper")
                                        .with(csrf())
                                        .param("identifier", codes.get(1))
                                        .param("projects", "" + p.get(1)),
                                Demo.PARKS_OFFICER)
                        .getStatus())
                .isEqualTo(302);
        assertThat(perform(
                                post("/budget/" + id + "/code")
                                        .with(csrf())
                                        .param("code", codes.get(1))
                                        .param("projects", "" + p.get(1)),
                                null)
                        .getStatus())
                .isEqualTo(422);
        var log = perform(get("/budget/" + id + "/paper"), Demo.PARKS_OFFICER).getContentAsString();
        assertThat(log).contains("voting code no.").contains("Paola Neri").doesNotContain(codes.get(1));
        var unknownPaper = perform(
                post("/budget/" + id + "/paper")
                        .with(csrf())
                        .param("identifier", "RSSMRA80A01H501U")
                        .param("projects", "" + p.get(1)),
                Demo.PARKS_OFFICER);
        assertThat(unknownPaper.getContentAsString()).contains("neither a voting code");
        assertThat(ballots(id)).isEqualTo(2);
        var badCount =
                perform(post("/budget/" + id + "/codes").with(csrf()).param("count", "1001"), Demo.PARKS_OFFICER);
        assertThat(badCount.getStatus()).isEqualTo(422);
        assertThat(badCount.getContentAsString()).contains("from 1 to 1000");
    }

    static final String PB = """
            META
            key;value
            description;Test
            num_projects;2
            num_votes;1
            budget;1000.50
            vote_type;approval
            rule;greedy
            currency;PLN
            PROJECTS
            project_id;cost;votes;name;category
            p1;500;1;"Park; benches";green
            p2;300.25;1;<script>alert('x')</script>;safety
            VOTES
            voter_id;vote
            1;p1,p2
            """;

    MockHttpServletResponse importFile(long id, String content, boolean settings) throws Exception {
        var request = multipart("/budget/" + id + "/import")
                .file(new MockMultipartFile("file", "city.pb", "text/plain", content.getBytes(StandardCharsets.UTF_8)))
                .with(csrf());
        if (settings) {
            request.param("settings", "true");
        }
        return perform(request, Demo.PARKS_OFFICER);
    }

    @Test
    void aPabulibFileCreatesADraftBudgetsProjects() throws Exception {
        long id = TestBudgets.newInstance(jdbc);
        var missing = importFile(id, PB.replace("VOTES\nvoter_id;vote\n1;p1,p2\n", ""), true);
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("city.pb:").contains("missing VOTES section");
        var badCost = importFile(id, PB.replace("p1;500;", "p1;five hundred;"), true);
        assertThat(badCost.getContentAsString()).contains("city.pb:12: cost of project");
        var unknown = importFile(id, PB.replace("1;p1,p2", "1;p1,p9"), true);
        assertThat(unknown.getContentAsString()).contains("city.pb:16");
        var tooLarge = importFile(id, "x".repeat(PabulibImport.MAX_BYTES + 1), true);
        assertThat(tooLarge.getContentAsString()).contains("larger than 8 MB");
        assertThat(projects(id)).isEmpty();

        assertThat(importFile(id, PB, true).getStatus()).isEqualTo(302);
        var budget = jdbc.sql(
                        "SELECT amount_cents, currency, ballot_type, rule FROM budget WHERE tool_instance_id = :i")
                .param("i", id)
                .query()
                .singleRow();
        assertThat(budget).containsEntry("amount_cents", 100050L).containsEntry("rule", "greedy");
        assertThat(budget.get("currency").toString().trim()).isEqualTo("PLN");
        assertThat(jdbc.sql("SELECT title FROM budget_project p JOIN budget b ON b.id = p.budget_id "
                                + "WHERE b.tool_instance_id = :i ORDER BY position")
                        .param("i", id)
                        .query(String.class)
                        .list())
                .containsExactly("Park; benches", "<script>alert('x')</script>");
        assertThat(perform(get("/budget/" + id), null).getContentAsString())
                .doesNotContain("<script>alert('x')</script>")
                .contains("300.25");
        // Once voting opens, nothing more is imported.
        perform(post("/budget/" + id + "/open").with(csrf()), Demo.PARKS_OFFICER);
        var locked = importFile(id, PB, false);
        assertThat(locked.getStatus()).isEqualTo(422);
        assertThat(projects(id)).hasSize(2);
    }

    // The statement budget of these pages is counted by BudgetStatementBudgetTest: a @WebTest has no counter.
}
