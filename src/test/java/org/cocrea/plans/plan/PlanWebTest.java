package org.cocrea.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.plans.GoalParams;
import org.cocrea.plans.Outsiders;
import org.cocrea.plans.PlanContent;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@InitiativesWebTest
@ExtendWith(OutputCaptureExtension.class)
class PlanWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlansDemoData demoData;

    Demo demo;
    long plan;

    @BeforeEach
    void plan() throws Exception {
        demo = new Demo(users);
        Outsiders.ensure(jdbc);
        if (Outsiders.planInstance(jdbc) == 0) {
            // The owner adds the tool through the initiatives module, as a facilitator would.
            mvc.perform(post("/initiatives/" + Outsiders.initiative(jdbc) + "/tools")
                            .with(csrf())
                            .with(demo.as(Demo.SOCIAL_WORKER))
                            .param("phase", "co-design")
                            .param("tool", "plan"))
                    .andExpect(status().isFound());
        }
        plan = Outsiders.planInstance(jdbc);
        // At start-up the tool did not exist yet; running the demo runner again seeds the first version.
        demoData.seed();
    }

    private int latest() {
        return jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM plan_version WHERE tool_instance_id = :i")
                .param("i", plan)
                .query(Integer.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("i", plan).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions propose(String who, String objectives) throws Exception {
        return mvc.perform(post("/plans/" + plan + "/versions")
                .with(csrf())
                .with(demo.as(who))
                .param("objectives", objectives)
                .param("services", "Fisioterapia, settimanale, 6 mesi, 0 euro")
                .param("caseManager", "Assistente sociale")
                .param("reviewDate", "2027-06-30"));
    }

    private List<MockHttpServletRequestBuilder> everyRoute() {
        String base = "/plans/" + plan;
        return List.of(
                get(base),
                get(base + "/versions/1"),
                get(base + "/diff?from=1&to=1"),
                get(base + "/audit"),
                post(base + "/versions").with(csrf()).param("objectives", "x"),
                post(base + "/versions/1/sign").with(csrf()),
                GoalParams.with(post(base + "/goals").with(csrf()), "x"),
                post(base + "/goals/1/scores").with(csrf()).param("level", "1").param("scoredOn", "2026-01-01"));
    }

    @Test
    void outsidersGetNotFoundForEveryPlanRouteAndNothingIsStored() throws Exception {
        long versions = count("SELECT COUNT(*) FROM plan_version WHERE tool_instance_id = :i");
        long audits = count("SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i");
        List<RequestPostProcessor> outsiders = List.of(
                demo.as(Outsiders.OTHER_CITIZEN),
                demo.as(Outsiders.OTHER_PRO),
                demo.as(Demo.ADMIN),
                demo.as(Demo.TEACHER),
                request -> request);
        for (var who : outsiders) {
            for (var route : everyRoute()) {
                mvc.perform(route.with(who)).andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/plans/999999").with(demo.as(Demo.CITIZEN))).andExpect(status().isNotFound());
        assertThat(count("SELECT COUNT(*) FROM plan_version WHERE tool_instance_id = :i"))
                .isEqualTo(versions);
        assertThat(count("SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i"))
                .isEqualTo(audits);
    }

    @Test
    void eitherSideProposesAVersionAndTheCitizenAndCaseManagerAgreeBySigningIt() throws Exception {
        propose(Demo.CITIZEN, "Camminare ogni giorno\nSmettere di fumare").andExpect(status().isFound());
        propose(Demo.SOCIAL_WORKER, "Camminare ogni giorno\nSmettere di fumare\nMangiare meglio")
                .andExpect(status().isFound());
        int version = latest();
        mvc.perform(get("/plans/" + plan + "/diff?from=" + (version - 1) + "&to=" + version)
                        .with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "<ins><span class=\"visually-hidden\">aggiunto: </span>Mangiare meglio</ins>")))
                .andExpect(content().string(containsString("<h2>Obiettivi</h2>")))
                .andExpect(content().string(not(containsString("## objectives"))));

        mvc.perform(post("/plans/" + plan + "/versions/" + version + "/sign")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isFound());
        mvc.perform(get("/plans/" + plan).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(not(containsString("Concordato: la versione " + version))))
                .andExpect(content().string(containsString("Firmato da te, in attesa del referente.")));
        mvc.perform(post("/plans/" + plan + "/versions/" + version + "/sign")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isFound());
        mvc.perform(get("/plans/" + plan).with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Concordato: la versione " + version)))
                .andExpect(content().string(containsString("corrisponde alla versione")));
        // Signing twice is refused with a message, not a server error.
        mvc.perform(post("/plans/" + plan + "/versions/" + version + "/sign")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Hai già firmato")));
    }

    @Test
    void theDemoPlanStartsSignedWithTwoScoredGoalsAndIsSeededOnce() throws Exception {
        long versions = count("SELECT COUNT(*) FROM plan_version WHERE tool_instance_id = :i");
        demoData.seed();
        assertThat(count("SELECT COUNT(*) FROM plan_version WHERE tool_instance_id = :i"))
                .isEqualTo(versions);
        assertThat(count("SELECT COUNT(*) FROM plan_signature WHERE tool_instance_id = :i AND version_no = 1"))
                .isEqualTo(2);
        mvc.perform(get("/plans/" + plan + "/versions/1").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Smettere di fumare entro sei mesi.")))
                .andExpect(content().string(containsString("corrisponde alla versione")));
        // Walking (importance 2 × difficulty 1) at +1 and smoking (3 × 2) at 0: the first two goals of the plan,
        // each with written levels, a baseline about four months ago and two dated follow-ups.
        var demoGoals = new GoalRepository(jdbc).of(plan).subList(0, 2);
        assertThat(demoGoals).extracting(Goal::latestLevel).containsExactly(1, 0);
        assertThat(demoGoals).extracting(Goal::weight).containsExactly(2.0, 6.0);
        assertThat(demoGoals).allSatisfy(g -> {
            assertThat(g.hasLevels()).isTrue();
            assertThat(g.scores()).isEqualTo(3);
        });
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var dates = List.of(today.minusMonths(4), today.minusMonths(2), today.minusWeeks(1));
        assertThat(demoGoals.get(0).history()).extracting(Goal.Scored::on).containsExactlyElementsOf(dates);
        assertThat(demoGoals.get(0).baseline().level()).isEqualTo(-1);
        assertThat(demoGoals.get(1).baseline().level()).isEqualTo(-2);
        assertThat(GoalAttainment.tScore(List.of(new GoalAttainment.Score(2, 1), new GoalAttainment.Score(6, 0))))
                .isBetween(50.0, 60.0);
        var page = mvc.perform(get("/plans/" + plan).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cammina 30 minuti ogni giorno")))
                .andExpect(content().string(containsString("Non fuma da almeno un mese")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // the T-score table dates the scores in words, as the Italian page writes them
        var italian =
                new org.cocrea.platform.Formats(java.util.Locale.ITALIAN, org.cocrea.platform.Formats.DEFAULT_ZONE);
        for (var date : dates) {
            assertThat(page).contains("<tr><td>" + GoalWebTest.IT.date(date) + "</td>");
        }
    }

    @Test
    void aVersionPageShowsItsContentAndHashInEitherLanguage() throws Exception {
        propose(Demo.CITIZEN, "Leggere il giornale ogni mattina").andExpect(status().isFound());
        int version = latest();
        String hash = jdbc.sql("SELECT * FROM plan_version WHERE tool_instance_id = :i AND version_no = :n")
                .param("i", plan)
                .param("n", version)
                .query((rs, n) -> new PlanContent(
                                rs.getString("objectives"),
                                rs.getString("services"),
                                rs.getString("providers"),
                                rs.getString("case_manager"),
                                rs.getString("resources"),
                                rs.getString("economic"),
                                rs.getString("evaluation"),
                                rs.getObject("review_date", java.time.LocalDate.class))
                        .sha256())
                .single();
        mvc.perform(get("/plans/" + plan + "/versions/" + version).with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Leggere il giornale ogni mattina")))
                .andExpect(content().string(containsString(hash)))
                .andExpect(content().string(containsString("30 giugno 2027")));
        mvc.perform(get("/plans/" + plan).header("Accept-Language", "en").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Individual plan")))
                .andExpect(content().string(containsString("Case manager (referente)")));
        mvc.perform(get("/plans/" + plan + "/versions/99999").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void signingAVersionThatIsNotTheLatestIsRefusedAndNothingIsStored() throws Exception {
        propose(Demo.CITIZEN, "Versione " + UUID.randomUUID()).andExpect(status().isFound());
        int old = latest();
        propose(Demo.SOCIAL_WORKER, "Versione " + UUID.randomUUID()).andExpect(status().isFound());
        long before = count("SELECT COUNT(*) FROM plan_signature WHERE tool_instance_id = :i");
        mvc.perform(post("/plans/" + plan + "/versions/" + old + "/sign")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Si può firmare solo l'ultima versione")));
        mvc.perform(post("/plans/" + plan + "/versions/99999/sign").with(csrf()).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isNotFound());
        assertThat(count("SELECT COUNT(*) FROM plan_signature WHERE tool_instance_id = :i"))
                .isEqualTo(before);
    }

    @Test
    void badVersionsAreRefusedWithAClearMessage() throws Exception {
        int before = latest();
        propose(Demo.CITIZEN, "   ")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Scrivi almeno gli obiettivi")));
        mvc.perform(post("/plans/" + plan + "/versions")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("objectives", "ok")
                        .param("reviewDate", "30/06/2027"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("AAAA-MM-GG")));
        assertThat(latest()).isEqualTo(before);
    }

    @Test
    void everyAccessIsAuditedAndOnlyTheCitizenSideSeesWhoAccessedThePlan(CapturedOutput output) throws Exception {
        String secret = "Segreto-" + UUID.randomUUID();
        propose(Demo.SOCIAL_WORKER, secret).andExpect(status().isFound());
        mvc.perform(get("/plans/" + plan).with(demo.as(Demo.SOCIAL_WORKER)).with(request -> {
                    request.setRemoteAddr("192.0.2.7");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(secret)));

        mvc.perform(get("/plans/" + plan + "/audit").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("192.0.2.7")))
                .andExpect(content().string(containsString("ha letto il progetto")))
                .andExpect(content().string(containsString("ha proposto una versione")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/plans/" + plan + "/audit").with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isNotFound());
        assertThat(count("""
                        SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i AND action = 'plan.read'
                        AND remote_address = '192.0.2.7'
                        AND person_id = (SELECT id FROM app_user WHERE email = 'social.worker@example.org')
                        """)).isEqualTo(1);

        // No plan content in lists, the JSON API or the log.
        for (String path : List.of("/initiatives", "/api/initiatives", "/typology")) {
            for (var who : List.of(demo.as(Demo.CITIZEN), demo.as(Demo.ADMIN), demo.as(Outsiders.OTHER_CITIZEN))) {
                mvc.perform(get(path).with(who)).andExpect(content().string(not(containsString(secret))));
            }
        }
        assertThat(output.getAll()).doesNotContain(secret);
    }
}
