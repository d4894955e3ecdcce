package org.cocrea.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.testing.Demo;
import org.cocrea.testing.RowCopies;
import org.cocrea.testing.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14: the personal home says what to do now. A citizen finds an open ballot they have not cast (one click
 * to it; gone once cast) and a plan version waiting for their signature (gone once signed); a social worker finds
 * their caseload; a visitor keeps the brochure, whose typology cells lead to the lists.
 */
@WebTest
class PersonalHomeWebTest {
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
    }

    private Document home(String who) throws Exception {
        MockHttpServletRequestBuilder request = get("/");
        if (who != null) {
            request.with(demo.as(who));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /**
     * An open approval vote (anyone registered votes) closing in three days, in a new copy of an open collective
     * demo initiative: the demo's own vote stays as it was for the other tests. Returns its tool instance.
     */
    private long openVote(String title) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT MIN(id) FROM initiative WHERE level = 'collective' AND status = 'open'")
                .query(Long.class)
                .single();
        long initiative = RowCopies.copy(
                        jdbc,
                        "initiative",
                        original,
                        1,
                        Map.of("title", "'" + title + "'", "last_activity_at", "CURRENT_TIMESTAMP"))
                .get(0);
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-commissioning', 'vote', :now)
                """).param("i", initiative).param("now", now).update();
        long instance =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO vote (tool_instance_id, question, ballot_kind, max_approvals, eligibility, named,
                    hide_results, closes_at, status, created_at)
                VALUES (:t, 'Quale prima?', 'approval', 1, 'registered', FALSE, FALSE, :closes, 'open', :now)
                """)
                .param("t", instance)
                .param("closes", now.plusDays(3))
                .param("now", now)
                .update();
        long vote = jdbc.sql("SELECT id FROM vote WHERE tool_instance_id = :t")
                .param("t", instance)
                .query(Long.class)
                .single();
        for (int p = 1; p <= 2; p++) {
            jdbc.sql("""
                    INSERT INTO vote_option (vote_id, position, title, description)
                    VALUES (:v, :p, :title, 'Descrizione')
                    """)
                    .param("v", vote)
                    .param("p", p)
                    .param("title", "Opzione " + p)
                    .update();
        }
        return instance;
    }

    /**
     * The demo citizen's coming meeting and shift say when they start, and the survey waiting for an answer when it
     * closes: a date on the home says what it is.
     */
    @Test
    void aMeetingOrAShiftSaysWhenItStartsAndASurveyWhenItCloses() throws Exception {
        var home = home(Demo.CITIZEN);
        for (String kind : new String[] {"meeting", "shift"}) {
            assertThat(home.select("li.todo-" + kind + " .meta").eachText())
                    .as(kind)
                    .isNotEmpty()
                    .allSatisfy(text -> assertThat(text).startsWith("inizia "));
        }
        assertThat(home.select("li.todo-survey .meta").eachText())
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text).startsWith("chiude "));
    }

    @Test
    void aCitizenReachesAnOpenBallotNotCastInOneClickAndItGoesOnceCast() throws Exception {
        long vote = openVote("Voto per la pagina personale");
        var item = home(Demo.CITIZEN).selectFirst("li.todo-ballot a[href=/vote/" + vote + "]");
        assertThat(item).as("the open vote on the citizen's home").isNotNull();
        assertThat(item.text()).contains("Voto per la pagina personale");
        assertThat(item.parent().selectFirst(".meta").text()).startsWith("chiude");
        // The deadline is listed too, with the same link.
        assertThat(home(Demo.CITIZEN).select("ul.deadlines a[href=/vote/" + vote + "]"))
                .hasSize(1);

        // One click: the link is the ballot itself.
        var ballot = Jsoup.parse(mvc.perform(get(item.attr("href")).with(demo.as(Demo.CITIZEN)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var form = ballot.selectFirst("form[action=/vote/" + vote + "/ballot]");
        assertThat(form).as("the ballot form on the page the home leads to").isNotNull();
        String option = form.selectFirst("input[name=options]").attr("value");
        int status = mvc.perform(post("/vote/" + vote + "/ballot")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("options", option))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(302);

        assertThat(home(Demo.CITIZEN).select("a[href=/vote/" + vote + "]"))
                .as("a cast ballot waits no more")
                .isEmpty();
        // Someone else who has not voted still has it waiting.
        assertThat(home(Demo.VOLUNTEER).select("li.todo-ballot a[href=/vote/" + vote + "]"))
                .hasSize(1);
    }

    @Test
    void aPlanVersionWaitsForTheCitizensAndTheCaseManagersSignatureUntilEachSigns() throws Exception {
        long plan = jdbc.sql("""
                        SELECT MIN(t.id) FROM tool_instance t
                        JOIN initiative_member m ON m.initiative_id = t.initiative_id
                        WHERE t.tool_id = 'plan' AND m.person_id = :me AND m.role = 'citizen'
                        """)
                .param("me", person(Demo.CITIZEN))
                .query(Long.class)
                .single();
        assertThat(mvc.perform(post("/plans/" + plan + "/versions")
                                .with(csrf())
                                .with(demo.as(Demo.SOCIAL_WORKER))
                                .param("objectives", "Camminare ogni giorno\nDormire meglio")
                                .param("services", "Fisioterapia, settimanale, 6 mesi, 0 euro")
                                .param("caseManager", "Assistente sociale")
                                .param("reviewDate", "2027-06-30"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        int version = jdbc.sql("SELECT MAX(version_no) FROM plan_version WHERE tool_instance_id = :i")
                .param("i", plan)
                .query(Integer.class)
                .single();
        String link = "li.todo-sign a[href=/plans/" + plan + "]";
        var item = home(Demo.CITIZEN).selectFirst(link);
        assertThat(item).as("the new version on the citizen's home").isNotNull();
        assertThat(item.text()).contains("versione " + version).contains("aspetta la tua firma");
        assertThat(home(Demo.SOCIAL_WORKER).select(link))
                .as("and on the case manager's")
                .hasSize(1);

        for (String who : List.of(Demo.CITIZEN, Demo.SOCIAL_WORKER)) {
            assertThat(mvc.perform(post("/plans/" + plan + "/versions/" + version + "/sign")
                                    .with(csrf())
                                    .with(demo.as(who)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
            assertThat(home(who).select(link)).as("signed by " + who).isEmpty();
        }
    }

    @Test
    void aSocialWorkerSeesTheirCaseloadAndTheCitizenTheirOwnPlan() throws Exception {
        // The home lists a person's 100 most recently active initiatives (HomeRepository.LISTED); other tests of
        // this shared database give the social worker more than that.
        var caseload = jdbc.sql("""
                        SELECT x.id FROM (
                            SELECT i.id, i.level, m.role FROM initiative i JOIN initiative_member m ON m.initiative_id = i.id
                            WHERE m.person_id = :me AND i.status <> 'archived'
                            ORDER BY i.last_activity_at DESC, i.id DESC FETCH FIRST 100 ROWS ONLY) x
                        WHERE x.level = 'individual' AND x.role IN ('owner', 'facilitator', 'member', 'observer')
                        """)
                .param("me", person(Demo.SOCIAL_WORKER))
                .query(Long.class)
                .list();
        assertThat(caseload).as("the demo social worker has a caseload").isNotEmpty();
        var home = home(Demo.SOCIAL_WORKER);
        assertThat(home.select("#caseload > li > a").eachAttr("href"))
                .containsExactlyInAnyOrderElementsOf(
                        caseload.stream().map(id -> "/initiatives/" + id).toList());
        assertThat(home.select("#caseload").text()).contains("Referente del caso");
        assertThat(home.select("h2").eachText()).contains("I tuoi casi", "Ti aspettano", "Notifiche recenti");

        long own = jdbc.sql("""
                        SELECT MIN(i.id) FROM initiative i JOIN initiative_member m ON m.initiative_id = i.id
                        WHERE m.person_id = :me AND m.role = 'citizen'
                        """)
                .param("me", person(Demo.CITIZEN))
                .query(Long.class)
                .single();
        var citizen = home(Demo.CITIZEN);
        assertThat(citizen.select("#mine > li > a").eachAttr("href")).contains("/initiatives/" + own);
        assertThat(citizen.select("#caseload")).as("a citizen has no caseload").isEmpty();
    }

    @Test
    void aFacilitatorSeesTheInitiativesTheyFacilitateWithTheirActivePhase() throws Exception {
        var facilitated = jdbc.sql("""
                        SELECT i.id FROM initiative i JOIN initiative_member m ON m.initiative_id = i.id
                        WHERE m.person_id = :me AND i.level <> 'individual' AND i.status <> 'archived'
                            AND m.role IN ('owner', 'facilitator')
                        """)
                .param("me", person(Demo.PARKS_OFFICER))
                .query(Long.class)
                .list();
        assertThat(facilitated).isNotEmpty();
        var home = home(Demo.PARKS_OFFICER);
        assertThat(home.select("#facilitated > li > a").eachAttr("href"))
                .containsAll(
                        facilitated.stream().map(id -> "/initiatives/" + id).toList());
        assertThat(home.select("#facilitated .badge").eachText())
                .as("each with its level and its active phase (or not started)")
                .hasSizeGreaterThanOrEqualTo(2 * facilitated.size());
    }

    @Test
    void aVisitorKeepsTheBrochureWhoseTypologyCellsLeadToTheLists() throws Exception {
        var home = home(null);
        assertThat(home.getElementById("todo-heading")).isNull();
        var links = home.select("table.typology td a").eachAttr("href");
        var expected = new java.util.ArrayList<String>();
        for (Level level : Level.values()) {
            for (Phase phase : Phase.values()) {
                expected.add("/initiatives?level=" + level.code() + "&phase=" + phase.code());
            }
        }
        assertThat(links).containsExactlyInAnyOrderElementsOf(expected);
        for (String link : links) {
            assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus())
                    .as(link)
                    .isEqualTo(200);
        }
        assertThat(home.select("a[href=/typology]")).isNotEmpty();
    }
}
