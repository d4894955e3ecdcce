package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.plans.actions.ActionsTool;
import org.cocrea.plans.care.CareDemoData;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.plans.review.ReviewTool;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Actions and diary, the outcome ladder and review meetings: their rules and their refusals. */
@InitiativesWebTest
@RecordApplicationEvents
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class DeliveryAssessmentWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    Demo demo;

    @BeforeEach
    void people() {
        demo = new Demo(users);
        Outsiders.ensure(jdbc);
    }

    private long count(String sql, long instance) {
        return CareTools.count(jdbc, sql, instance);
    }

    private ResultActions action(long instance, String who, String performer) throws Exception {
        return mvc.perform(post("/plans/actions/" + instance + "/actions")
                .with(csrf())
                .with(demo.as(who))
                .param("title", "Camminare al parco")
                .param("kind", "family")
                .param("performer", performer)
                .param("due", "2027-03-01"));
    }

    private ResultActions diary(long instance, String minutes, String amount, String unit) throws Exception {
        return mvc.perform(post("/plans/actions/" + instance + "/diary")
                .with(csrf())
                .with(demo.as(Demo.PARENT))
                .param("doneOn", LocalDate.now(ZoneOffset.UTC).toString())
                .param("what", "Spesa al mercato")
                .param("minutes", minutes)
                .param("amount", amount)
                .param("unit", unit)
                .param("how", "Bene"));
    }

    @Test
    void anActionIsAssignedOnlyWithinTheCareTeam() throws Exception {
        long actions = CareTools.copy(jdbc, ActionsTool.ID, CareDemoData.DELIVERY_INITIATIVE, "co-delivery");
        String sql = "SELECT COUNT(*) FROM plan_action WHERE tool_instance_id = :i";
        long outsider = CareTools.person(jdbc, Outsiders.OTHER_CITIZEN);
        action(actions, Demo.CITIZEN, String.valueOf(outsider))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Scegli una persona dell’équipe")))
                .andExpect(content().string(containsString("value=\"Camminare al parco\"")));
        action(actions, Demo.CITIZEN, "not-a-number").andExpect(status().is(422));
        assertThat(count(sql, actions)).isZero();

        long parent = CareTools.person(jdbc, Demo.PARENT);
        action(actions, Demo.CITIZEN, String.valueOf(parent)).andExpect(status().isFound());
        long id = jdbc.sql("SELECT MAX(id) FROM plan_action WHERE tool_instance_id = :i")
                .param("i", actions)
                .query(Long.class)
                .single();
        mvc.perform(post("/plans/actions/" + actions + "/actions/" + id + "/status")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("status", "finished"))
                .andExpect(status().is(422));
        mvc.perform(post("/plans/actions/" + actions + "/actions/" + id + "/status")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("status", "done"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT status || ' ' || performer_kind FROM plan_action WHERE id = :a")
                        .param("a", id)
                        .query(String.class)
                        .single())
                .isEqualTo("done family");
        // An action of another plan is not found from this one.
        long other = CareTools.actions(jdbc);
        mvc.perform(post("/plans/actions/" + other + "/actions/" + id + "/status")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("status", "dropped"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/actions/" + actions).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Camminare al parco")))
                .andExpect(content().string(containsString("Fatta")));
    }

    @Test
    void aDiaryEntryWithTimeOrResourcesIsPublishedAsAContribution() throws Exception {
        long actions = CareTools.copy(jdbc, ActionsTool.ID, CareDemoData.DELIVERY_INITIATIVE, "co-delivery");
        String sql = "SELECT COUNT(*) FROM plan_diary WHERE tool_instance_id = :i";
        diary(actions, "-5", "", "")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"minutes-error\"")));
        diary(actions, "30", "-2", "km").andExpect(status().is(422));
        diary(actions, "30", "12", "")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"unit-error\"")));
        diary(actions, "30", "", "km").andExpect(status().is(422));
        assertThat(count(sql, actions)).isZero();
        assertThat(events.stream(ContributionRecorded.class)).isEmpty();

        diary(actions, "", "", "").andExpect(status().isFound());
        assertThat(events.stream(ContributionRecorded.class)).isEmpty();
        diary(actions, "45", "23,50", "€").andExpect(status().isFound());
        var published = events.stream(ContributionRecorded.class).toList();
        assertThat(published).hasSize(2);
        var time = published.get(0);
        var money = published.get(1);
        long parent = CareTools.person(jdbc, Demo.PARENT);
        assertThat(time.key()).startsWith("plan:diary:").endsWith(":time");
        assertThat(time.kind()).isEqualTo(ContributionRecorded.Kind.HOURS);
        assertThat(time.quantity()).isEqualByComparingTo(new BigDecimal("0.75"));
        assertThat(time.side()).isEqualTo(ContributionRecorded.Side.CITIZEN);
        assertThat(money.key()).isEqualTo(time.key().replace(":time", ":amount"));
        assertThat(money.kind()).isEqualTo(ContributionRecorded.Kind.MONEY);
        assertThat(money.quantity()).isEqualByComparingTo(new BigDecimal("23.50"));
        assertThat(money.unit()).isNull();
        for (var c : published) {
            assertThat(c.personId()).isEqualTo(parent);
            assertThat(c.toolInstanceId()).isEqualTo(actions);
            assertThat(c.revision()).isEqualTo(1);
        }
        // Delivered after the commit (synchronously in these tests): the ledger holds both, once.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE person_id = :p AND tool_instance_id = :t")
                        .param("p", parent)
                        .param("t", actions)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(count(sql, actions)).isEqualTo(2);
        mvc.perform(get("/plans/actions/" + actions).with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("23,50\u00a0€")))
                .andExpect(content().string(containsString("contributo")));
    }

    @Test
    void diaryTextStaysInsideThePlan(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        long actions = CareTools.copy(jdbc, ActionsTool.ID, CareDemoData.DELIVERY_INITIATIVE, "co-delivery");
        String secret = "Segreto-" + java.util.UUID.randomUUID();
        mvc.perform(post("/plans/actions/" + actions + "/diary")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("doneOn", LocalDate.now(ZoneOffset.UTC).toString())
                        .param("what", secret)
                        .param("minutes", "20"))
                .andExpect(status().isFound());
        mvc.perform(get("/plans/actions/" + actions).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(containsString(secret)));
        for (String path : List.of("/initiatives", "/api/initiatives", "/typology", "/initiatives?q=Segreto")) {
            for (String who : List.of(Demo.CITIZEN, Demo.ADMIN, Outsiders.OTHER_CITIZEN)) {
                mvc.perform(get(path).with(demo.as(who)))
                        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
            }
        }
        assertThat(events.stream(ContributionRecorded.class).map(Object::toString))
                .noneMatch(e -> e.contains(secret));
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void theDiaryIsPaginated() throws Exception {
        long actions = CareTools.copy(jdbc, ActionsTool.ID, CareDemoData.DELIVERY_INITIATIVE, "co-delivery");
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 45; i++) {
            jdbc.sql("""
                    INSERT INTO plan_diary (tool_instance_id, done_on, what, how, minutes, written_at)
                    VALUES (:i, :on, :what, '', 10, :now)
                    """)
                    .param("i", actions)
                    .param("on", LocalDate.of(2026, 1, 1).plusDays(i))
                    .param("what", "Voce " + i)
                    .param("now", now)
                    .update();
        }
        mvc.perform(get("/plans/actions/" + actions).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Pagina 1 di 3")))
                .andExpect(content().string(containsString("Voce 44")));
        mvc.perform(get("/plans/actions/" + actions + "?page=3").with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Pagina 3 di 3")))
                .andExpect(content().string(containsString("<p>Voce 0</p>")));
        mvc.perform(get("/plans/actions/" + actions + "?page=abc").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pagina 1 di 3")));
        mvc.perform(get("/plans/actions/" + actions + "?page=99999").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pagina 3 di 3")))
                .andExpect(content().string(containsString("7 h 30 min")));
    }

    private long ladderWithAreas() throws Exception {
        long ladder = CareTools.copy(jdbc, LadderTool.ID, CareDemoData.ASSESSMENT_INITIATIVE, "co-assessment");
        mvc.perform(post("/plans/ladder/" + ladder + "/areas")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("defaults", "true"))
                .andExpect(status().isFound());
        return ladder;
    }

    private List<Long> areas(long ladder) {
        return jdbc.sql("SELECT id FROM plan_ladder_area WHERE tool_instance_id = :i ORDER BY area_no")
                .param("i", ladder)
                .query(Long.class)
                .list();
    }

    private ResultActions reading(long ladder, String who, String date, List<String> scores) throws Exception {
        var request = post("/plans/ladder/" + ladder + "/readings")
                .with(csrf())
                .with(demo.as(who))
                .param("readOn", date);
        var ids = areas(ladder);
        for (int i = 0; i < ids.size(); i++) {
            request.param("score-" + ids.get(i), scores.get(i));
        }
        return mvc.perform(request);
    }

    @Test
    void ladderScoresOutsideOneToTenAreRefusedAndBothSidesReadingsAreKept() throws Exception {
        long ladder = ladderWithAreas();
        assertThat(areas(ladder)).hasSize(8);
        String sql = "SELECT COUNT(*) FROM plan_ladder_reading WHERE tool_instance_id = :i";
        for (String bad : List.of("0", "11", "-3", "x", "")) {
            reading(ladder, Demo.CITIZEN, "2026-01-10", List.of("5", "5", "5", bad, "5", "5", "5", "5"))
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("Scegli un punteggio da 1 a 10")));
        }
        var foreign = post("/plans/ladder/" + ladder + "/readings")
                .with(csrf())
                .with(demo.as(Demo.CITIZEN))
                .param("readOn", "2026-01-10")
                .param("score-987654321", "5");
        areas(ladder).forEach(a -> foreign.param("score-" + a, "5"));
        mvc.perform(foreign).andExpect(status().is(422));
        reading(ladder, Demo.CITIZEN, "2999-01-01", List.of("5", "5", "5", "5", "5", "5", "5", "5"))
                .andExpect(status().is(422));
        assertThat(count(sql, ladder)).isZero();

        reading(ladder, Demo.CITIZEN, "2026-01-10", List.of("3", "4", "5", "6", "7", "8", "9", "10"))
                .andExpect(status().isFound());
        reading(ladder, Demo.SOCIAL_WORKER, "2026-01-11", List.of("2", "4", "5", "6", "7", "8", "9", "9"))
                .andExpect(status().isFound());
        reading(ladder, Demo.PARENT, "2026-03-10", List.of("6", "6", "6", "6", "7", "8", "9", "10"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("""
                        SELECT r.scorer_role || ':' || SUM(s.score) FROM plan_ladder_reading r
                        JOIN plan_ladder_score s ON s.reading_id = r.id WHERE r.tool_instance_id = :i
                        GROUP BY r.id, r.scorer_role ORDER BY r.id
                        """).param("i", ladder).query(String.class).list())
                .containsExactly("citizen:52", "owner:50", "proxy:58");
        // By default the radar compares the latest reading of each side; the progress chart has both lines.
        mvc.perform(get("/plans/ladder/" + ladder).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<polygon class=\"series series-1\"")))
                .andExpect(content().string(containsString("<polyline class=\"line side-citizen\"")))
                .andExpect(content().string(containsString("<polyline class=\"line side-professional\"")))
                .andExpect(content().string(containsString("Salute fisica")));
        long first = jdbc.sql("SELECT MIN(id) FROM plan_ladder_reading WHERE tool_instance_id = :i")
                .param("i", ladder)
                .query(Long.class)
                .single();
        mvc.perform(get("/plans/ladder/" + ladder + "?compare=" + first + "&compare=1&area="
                                + areas(ladder).get(0))
                        .with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<polygon class=\"series series-0\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("series series-1\""))))
                .andExpect(content().string(containsString("Progressi nel tempo: Salute fisica")));
    }

    @Test
    void laddersAreasCanBeAddedButNotTwice() throws Exception {
        long ladder = ladderWithAreas();
        mvc.perform(post("/plans/ladder/" + ladder + "/areas")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("name", "Casa"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("già nella scala")));
        mvc.perform(post("/plans/ladder/" + ladder + "/areas")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("name", "Fede e spiritualità"))
                .andExpect(status().isFound());
        assertThat(areas(ladder)).hasSize(9);
    }

    @Test
    void aReviewClosesTheCycleAndCanOpenTheNextWithANewPlanVersion() throws Exception {
        long review = CareTools.copy(jdbc, ReviewTool.ID, PlansDemoData.INITIATIVE, "co-design");
        long plan = CareTools.sibling(jdbc, review, PlanTool.ID, "co-design");
        mvc.perform(post("/plans/" + plan + "/versions")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("objectives", "Camminare ogni giorno")
                        .param("reviewDate", "2027-01-31"))
                .andExpect(status().isFound());
        long citizen = CareTools.person(jdbc, Demo.CITIZEN);
        long worker = CareTools.person(jdbc, Demo.SOCIAL_WORKER);
        long outsider = CareTools.person(jdbc, Outsiders.OTHER_PRO);
        String sql = "SELECT COUNT(*) FROM plan_review WHERE tool_instance_id = :i";

        record("2026-06-01", List.of(String.valueOf(citizen), String.valueOf(outsider)), "true", "2027-06-30", review)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("tra le persone dell’équipe")));
        record("2026-06-01", List.of(), "false", "", review).andExpect(status().is(422));
        record("2026-06-01", List.of(String.valueOf(citizen)), "true", "2026-05-01", review)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"nextReview-error\"")));
        assertThat(count(sql, review)).isZero();
        assertThat(latestVersion(plan)).isEqualTo(1);

        record("2026-06-01", List.of(String.valueOf(citizen), String.valueOf(worker)), "true", "2027-06-30", review)
                .andExpect(status().isFound());
        assertThat(latestVersion(plan)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT review_date FROM plan_version WHERE tool_instance_id = :i AND version_no = 2")
                        .param("i", plan)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(jdbc.sql("SELECT cycle_no || ' ' || reviewed_version || ' ' || opened_version FROM plan_review"
                                + " WHERE tool_instance_id = :i")
                        .param("i", review)
                        .query(String.class)
                        .single())
                .isEqualTo("1 1 2");
        assertThat(count(
                        "SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i AND action = 'version.create'",
                        plan))
                .isEqualTo(2);
        mvc.perform(get("/plans/review/" + review).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(containsString("Ciclo in corso: 2")))
                .andExpect(content().string(containsString("aperta la versione 2")));
        // The new version waits for signatures: the plan is no longer agreed on its latest version.
        mvc.perform(get("/plans/" + plan).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("In attesa della tua firma e di quella del referente.")));
    }

    private int latestVersion(long plan) {
        return jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM plan_version WHERE tool_instance_id = :i")
                .param("i", plan)
                .query(Integer.class)
                .single();
    }

    private ResultActions record(String heldOn, List<String> participants, String next, String nextReview, long review)
            throws Exception {
        var request = post("/plans/review/" + review + "/reviews")
                .with(csrf())
                .with(demo.as(Demo.SOCIAL_WORKER))
                .param("heldOn", heldOn)
                .param("summary", "Il piano procede")
                .param("decisions", "Continuare")
                .param("nextCycle", next)
                .param("nextReview", nextReview);
        participants.forEach(p -> request.param("participants", p));
        return mvc.perform(request);
    }
}
