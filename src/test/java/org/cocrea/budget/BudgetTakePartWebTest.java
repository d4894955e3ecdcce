package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
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
 * Issue 14, the budget residents enjoy: people who may not vote yet are told what to do on the budget page and do
 * it from there (join, ask, verify residence, sign in) and come back to the ballot; the ballot as project cards
 * with the spent/remaining bar and the closing date; the results page before the close; the results' chart and
 * reasons in both languages; the rules explained to facilitators.
 */
@WebTest
class BudgetTakePartWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
        TestIdeas.outsiders(jdbc);
    }

    private MockHttpServletResponse perform(
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, String who)
            throws Exception {
        if (who != null) {
            request.with(demo.as(who));
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private String page(MockHttpServletRequestBuilder request, String who) throws Exception {
        var response = perform(request, who);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** A budget in a copy of the demo collective initiative, set up and (if {@code open}) opened. */
    private long budget(String eligibility, String rule, String closesAt, boolean open, String... costs)
            throws Exception {
        long id = TestBudgets.newInstance(jdbc);
        var settings = post("/budget/" + id + "/settings")
                .param("amount", "100000")
                .param("currency", "eur")
                .param("ballotType", "approval")
                .param("rule", rule)
                .param("eligibility", eligibility)
                .param("closesAt", closesAt);
        assertThat(perform(settings, Demo.PARKS_OFFICER).getStatus()).isEqualTo(302);
        for (int i = 0; i < costs.length; i++) {
            assertThat(perform(
                                    post("/budget/" + id + "/projects")
                                            .param("title", "Card " + i)
                                            .param("description", "Summary of card " + i)
                                            .param("cost", costs[i])
                                            .param("category", "verde"),
                                    Demo.PARKS_OFFICER)
                            .getStatus())
                    .isEqualTo(302);
        }
        if (open) {
            assertThat(perform(post("/budget/" + id + "/open"), Demo.PARKS_OFFICER)
                            .getStatus())
                    .isEqualTo(302);
        }
        return id;
    }

    private List<Long> projects(long instance) {
        return jdbc.sql("""
                SELECT p.id FROM budget_project p JOIN budget b ON b.id = p.budget_id
                WHERE b.tool_instance_id = :i ORDER BY p.position
                """).param("i", instance).query(Long.class).list();
    }

    private long initiative(long instance) {
        return jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    private long ballotsOf(long instance, String email) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM budget_ballot x JOIN budget b ON b.id = x.budget_id
                JOIN app_user u ON u.id = x.voter_id WHERE b.tool_instance_id = :i AND u.email = :e
                """)
                .param("i", instance)
                .param("e", email)
                .query(Long.class)
                .single();
    }

    @Test
    void aNonMemberJoinsFromTheBudgetPageAndThenVotes() throws Exception {
        long id = budget("members", "mes-add1", "", true, "30000", "50000");
        long initiative = initiative(id);
        String before = page(get("/budget/" + id), TestIdeas.OTHER_CITIZEN);
        assertThat(before)
                .contains("Come votare")
                .contains("action=\"/initiatives/" + initiative + "/join\"")
                .contains("name=\"back\" value=\"/budget/" + id + "\"")
                .contains("Unisciti e vota")
                .doesNotContain("Possono votare solo i membri")
                .doesNotContain("action=\"/budget/" + id + "/ballot\"");
        // Joining from the budget page comes back to it, and the ballot is there.
        var joined = perform(
                post("/initiatives/" + initiative + "/join").param("back", "/budget/" + id), TestIdeas.OTHER_CITIZEN);
        assertThat(joined.getStatus()).isEqualTo(302);
        assertThat(joined.getRedirectedUrl()).isEqualTo("/budget/" + id);
        String after = page(get("/budget/" + id), TestIdeas.OTHER_CITIZEN);
        assertThat(after).contains("action=\"/budget/" + id + "/ballot\"").doesNotContain("Unisciti e vota");
        var p = projects(id);
        var vote = perform(post("/budget/" + id + "/ballot").param("projects", "" + p.get(0)), TestIdeas.OTHER_CITIZEN);
        assertThat(vote.getStatus()).isEqualTo(302);
        assertThat(ballotsOf(id, TestIdeas.OTHER_CITIZEN)).isEqualTo(1);
    }

    @Test
    void aJoinBackAddressOutsideTheSiteGoesToTheInitiative() throws Exception {
        long id = budget("members", "mes-add1", "", true, "30000");
        long initiative = initiative(id);
        for (String back : List.of("https://evil.example/", "//evil.example", "/budget/{x}")) {
            jdbc.sql("DELETE FROM initiative_member WHERE initiative_id = :i AND person_id = "
                            + "(SELECT id FROM app_user WHERE email = :e)")
                    .param("i", initiative)
                    .param("e", TestIdeas.OTHER_CITIZEN)
                    .update();
            var joined =
                    perform(post("/initiatives/" + initiative + "/join").param("back", back), TestIdeas.OTHER_CITIZEN);
            assertThat(joined.getRedirectedUrl()).as(back).isEqualTo("/initiatives/" + initiative);
        }
    }

    @Test
    void aVisitorSignsInFromTheBudgetPageAndComesBackToIt() throws Exception {
        long id = budget("members", "mes-add1", "", true, "30000");
        String anonymous = page(get("/budget/" + id), null);
        assertThat(anonymous)
                .contains("href=\"/budget/" + id + "/sign-in\"")
                .contains("href=\"/budget/" + id + "/sign-in?register=yes\"");
        // Sessions live in the database (Spring Session): the browser's session cookie carries the saved page.
        var toLogin = mvc.perform(get("/budget/" + id + "/sign-in")).andReturn().getResponse();
        assertThat(toLogin.getRedirectedUrl()).isEqualTo("/login");
        var cookies = toLogin.getCookies();
        assertThat(cookies).isNotEmpty();
        var signedIn = mvc.perform(post("/login")
                        .cookie(cookies)
                        .with(csrf())
                        .param("email", Demo.CITIZEN)
                        .param("password", Demo.PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(signedIn.getRedirectedUrl()).contains("/budget/" + id + "/sign-in");
        var back = perform(get("/budget/" + id + "/sign-in"), Demo.CITIZEN);
        assertThat(back.getRedirectedUrl()).isEqualTo("/budget/" + id);
        // Registering keeps the page to come back to as well: the link leads to the registration form.
        var toRegister = mvc.perform(get("/budget/" + id + "/sign-in").param("register", "yes"))
                .andReturn()
                .getResponse();
        assertThat(toRegister.getRedirectedUrl()).isEqualTo("/register");
    }

    @Test
    void aBudgetForResidentsOffersToVerifyResidenceAndComesBack() throws Exception {
        long id = budget("residents", "mes-add1", "", true, "30000");
        // A municipality of its own, so that its census list is this test's alone.
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune del Bilancio " + id + "', :now)")
                .param("now", now)
                .update();
        long org =
                jdbc.sql("SELECT MAX(id) FROM organisation").query(Long.class).single();
        jdbc.sql("UPDATE initiative SET organisation_id = :o WHERE id = :i")
                .param("o", org)
                .param("i", initiative(id))
                .update();
        var census = new MockMultipartFile(
                "file", "census.csv", "text/csv", ("BILANCIO-" + id).getBytes(StandardCharsets.UTF_8));
        assertThat(perform(multipart("/organisations/" + org + "/residents").file(census), Demo.ADMIN)
                        .getStatus())
                .isEqualTo(302);
        String before = page(get("/budget/" + id), TestIdeas.OTHER_CITIZEN);
        String link = "/profile?back=/budget/" + id + "&amp;organisation=" + org + "#profile-residence";
        assertThat(before).contains("href=\"" + link + "\"").contains("Verifica la mia residenza");
        String profile = page(
                get("/profile").param("back", "/budget/" + id).param("organisation", "" + org),
                TestIdeas.OTHER_CITIZEN);
        assertThat(profile)
                .contains("name=\"back\" value=\"/budget/" + id + "\"")
                .contains("value=\"" + org + "\" selected");
        // A wrong identifier: the form again, still on its way back.
        var wrong = perform(
                post("/profile/residence")
                        .param("organisation", "" + org)
                        .param("identifier", "NOT-ON-THE-LIST")
                        .param("back", "/budget/" + id),
                TestIdeas.OTHER_CITIZEN);
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString(StandardCharsets.UTF_8))
                .contains("name=\"back\" value=\"/budget/" + id + "\"");
        var verified = perform(
                post("/profile/residence")
                        .param("organisation", "" + org)
                        .param("identifier", "bilancio-" + id)
                        .param("back", "/budget/" + id),
                TestIdeas.OTHER_CITIZEN);
        assertThat(verified.getRedirectedUrl()).isEqualTo("/budget/" + id);
        assertThat(page(get("/budget/" + id), TestIdeas.OTHER_CITIZEN))
                .contains("action=\"/budget/" + id + "/ballot\"");
    }

    @Test
    void theBallotIsProjectCardsWithTheSpentAndRemainingBarAndTheClosingDate() throws Exception {
        long id = budget("members", "mes-add1", "2031-06-30T18:00", true, "30000", "50000");
        var p = projects(id);
        String ballot = page(get("/budget/" + id), Demo.CITIZEN);
        assertThat(ballot)
                .contains("class=\"card project-card")
                .contains("id=\"project-title-" + p.get(0) + "\"")
                .contains("Summary of card 0")
                .contains("30.000,00")
                .contains("verde")
                .contains("class=\"ballot-bar\"")
                .contains("Spesi 0,00")
                .contains("restano 100.000,00")
                // The closing date in words, in the organisation's time zone.
                .contains("30 giugno 2031")
                .contains("18:00")
                // No picture without one (the seam for project images), no map link without a point.
                .doesNotContain("class=\"project-image\"")
                .doesNotContain("class=\"project-map\"");
        // The bar is re-computed on the server after each change (htmx) ...
        String total = perform(post("/budget/" + id + "/total").param("projects", "" + p.get(1)), Demo.CITIZEN)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(total)
                .contains("Spesi 50.000,00")
                .contains("restano 50.000,00")
                .contains("1 progetto scelto");
        // ... and after a refused full-page submit, with the choice kept.
        var refused = perform(
                post("/budget/" + id + "/ballot")
                        .param("projects", "" + p.get(1))
                        .param("projects", "x"),
                Demo.CITIZEN);
        assertThat(refused.getStatus()).isEqualTo(422);
        // A project with a point links to the map.
        jdbc.sql("UPDATE budget_project SET latitude = 45.4642, longitude = 9.19 WHERE id = :p")
                .param("p", p.get(0))
                .update();
        assertThat(page(get("/budget/" + id), Demo.CITIZEN))
                .contains("class=\"project-map\" href=\"https://www.openstreetmap.org/?mlat=45.4642&amp;mlon=9.19");
    }

    @Test
    void whileVotingIsOpenTheResultsPageSaysWhenTheyWillBePublished() throws Exception {
        long id = budget("members", "mes-add1", "2031-06-30T18:00", true, "30000");
        for (String who : java.util.Arrays.asList(null, Demo.CITIZEN, TestIdeas.OTHER_CITIZEN, Demo.PARKS_OFFICER)) {
            String pending = page(get("/budget/" + id + "/results"), who);
            assertThat(pending)
                    .as(String.valueOf(who))
                    .contains("id=\"results-when\"")
                    .contains("30 giugno 2031")
                    .contains("I risultati saranno pubblicati qui");
        }
        String english = mvc.perform(get("/budget/" + id + "/results").header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The results will be published here").contains("June 30, 2031");
        assertThat(page(get("/budget/" + id), null)).contains("href=\"/budget/" + id + "/results\"");
        assertThat(perform(get("/budget/" + id + "/export.pb"), null).getStatus())
                .isEqualTo(404);
        long draft = budget("members", "mes-add1", "", false, "30000");
        assertThat(page(get("/budget/" + draft + "/results"), null)).contains("Il voto non è ancora aperto");
    }

    @Test
    void resultsHaveAChartAndAReasonForEveryProjectInBothLanguages() throws Exception {
        // 100 000 for 3 voters (33 333,33 each). A 60 000 (all three), B 30 000 (one). Round 1: B is affordable
        // (33 333,33) but A is cheaper per unit (20 000 each for 60 000, against 30 000 for 30 000): A. Round 2:
        // B's supporter holds 13 333,33 < 30 000, so B is out, 16 666,67 short.
        long id = budget("members", "mes", "", true, "60000", "30000");
        var p = projects(id);
        for (String voter : List.of(Demo.CITIZEN, Demo.VOLUNTEER)) {
            assertThat(perform(post("/budget/" + id + "/ballot").param("projects", "" + p.get(0)), voter)
                            .getStatus())
                    .isEqualTo(302);
        }
        jdbc.sql("INSERT INTO initiative_member (initiative_id, person_id, role, joined_at) "
                        + "SELECT :i, id, 'member', CURRENT_TIMESTAMP FROM app_user WHERE email = :e")
                .param("i", initiative(id))
                .param("e", TestIdeas.OTHER_CITIZEN)
                .update();
        assertThat(perform(
                                post("/budget/" + id + "/ballot")
                                        .param("projects", "" + p.get(0))
                                        .param("projects", "" + p.get(1)),
                                TestIdeas.OTHER_CITIZEN)
                        .getStatus())
                .isEqualTo(302);
        assertThat(perform(post("/budget/" + id + "/close"), Demo.PARKS_OFFICER).getStatus())
                .isEqualTo(302);
        String italian = page(get("/budget/" + id + "/results"), null);
        assertThat(italian)
                .contains("<svg role=\"img\"")
                .contains("class=\"bar-funded\"")
                .contains("class=\"bar-unfunded\"")
                .contains("✓ Card 0")
                .contains("Voti per progetto")
                .contains("Card 0</strong>:")
                .contains("finanziato al turno 1")
                .contains("al turno 2 il denaro rimasto ai suoi sostenitori (13.333,33")
                .contains("non copriva il suo costo (30.000,00")
                .contains("sarebbero serviti altri 16.666,67")
                .contains("33.333,33");
        String english = mvc.perform(get("/budget/" + id + "/results").header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english)
                .contains("Votes per project")
                .contains("funded in round 1")
                .contains("at round 2 its supporters' remaining money (€13,333.33)")
                .contains("it would have needed €16,666.67 more");
    }

    @Test
    void greedyResultsSayWhatTheProjectsWithMoreVotesLeft() throws Exception {
        long id = budget("members", "greedy", "", true, "60000", "50000");
        var p = projects(id);
        assertThat(perform(
                                post("/budget/" + id + "/ballot")
                                        .param("projects", "" + p.get(0))
                                        .param("projects", "" + p.get(1)),
                                Demo.CITIZEN)
                        .getStatus())
                .isEqualTo(302);
        assertThat(perform(post("/budget/" + id + "/ballot").param("projects", "" + p.get(0)), Demo.VOLUNTEER)
                        .getStatus())
                .isEqualTo(302);
        assertThat(perform(post("/budget/" + id + "/close"), Demo.PARKS_OFFICER).getStatus())
                .isEqualTo(302);
        assertThat(page(get("/budget/" + id + "/results"), null))
                .contains("il bilancio rimasto dopo i progetti più votati, 40.000,00")
                .contains("era inferiore al suo costo (50.000,00");
        String english = mvc.perform(get("/budget/" + id + "/results").header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("the budget left after the projects with more votes, €40,000.00");
    }

    @Test
    void facilitatorsSeeEachRuleExplainedWithEqualSharesCompletedRecommended() throws Exception {
        long id = TestBudgets.newInstance(jdbc);
        String manage = page(get("/budget/" + id + "/manage"), Demo.PARKS_OFFICER);
        for (String rule : List.of("mes-add1", "mes", "mes-add1-comparison", "greedy", "greedy-no-skip", "phragmen")) {
            assertThat(manage)
                    .contains("id=\"rule-" + rule + "\"")
                    .contains("aria-describedby=\"rule-" + rule + "-explained\"")
                    .contains("id=\"rule-" + rule + "-explained\"");
        }
        assertThat(manage)
                .contains(
                        "Metodo delle quote uguali, completato (add one) <span class=\"badge recommended\">consigliata")
                .contains("in proporzione alla sua ampiezza")
                // A new budget starts with the recommended rule chosen.
                .contains("value=\"mes-add1\" checked");
        String english = mvc.perform(get("/budget/" + id + "/manage")
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("recommended").contains("Funds the projects with the most votes first");
    }

    @Test
    void theParticipatoryBudgetTemplateStartsWithADraftBudget() throws Exception {
        var created = perform(
                post("/initiatives")
                        .param("title", "Bilancio di quartiere dal modello")
                        .param("summary", "Un bilancio partecipativo")
                        .param("description", "Descrizione")
                        .param("domain", "mobility")
                        .param("level", "collective")
                        .param("citizenRoles", "co-designer")
                        .param("objectives", "effectiveness")
                        .param("template", "participatory-budget"),
                Demo.PARKS_OFFICER);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        String url = created.getRedirectedUrl();
        long initiative = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        long budget = jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i AND tool_id = 'budget'")
                .param("i", initiative)
                .query(Long.class)
                .single();
        assertThat(page(get("/initiatives/" + initiative), Demo.PARKS_OFFICER)).contains("/budget/" + budget);
        // No settings yet: a draft its facilitators set up before opening it.
        assertThat(page(get("/budget/" + budget + "/manage"), Demo.PARKS_OFFICER))
                .contains("action=\"/budget/" + budget + "/settings\"");
    }
}
