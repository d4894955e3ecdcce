package org.cocrea.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.plans.GoalParams;
import org.cocrea.plans.Outsiders;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Goal Attainment Scaling on the plan page: written levels, importance × difficulty, dated scores. */
@InitiativesWebTest
class GoalWebTest {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Dates and numbers as the Italian page shows them. */
    static final org.cocrea.platform.Formats IT =
            new org.cocrea.platform.Formats(Locale.ITALIAN, org.cocrea.platform.Formats.DEFAULT_ZONE);

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
            mvc.perform(post("/initiatives/" + Outsiders.initiative(jdbc) + "/tools")
                            .with(csrf())
                            .with(demo.as(Demo.SOCIAL_WORKER))
                            .param("phase", "co-design")
                            .param("tool", "plan"))
                    .andExpect(status().isFound());
        }
        plan = Outsiders.planInstance(jdbc);
        demoData.seed();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("i", plan).query(Long.class).single();
    }

    private long goals() {
        return count("SELECT COUNT(*) FROM plan_goal WHERE tool_instance_id = :i");
    }

    private long scores() {
        return count("SELECT COUNT(*) FROM plan_goal_score s JOIN plan_goal g ON g.id = s.goal_id"
                + " WHERE g.tool_instance_id = :i");
    }

    private ResultActions addGoal(Map<String, String> params) throws Exception {
        var request = post("/plans/" + plan + "/goals").with(csrf()).with(demo.as(Demo.SOCIAL_WORKER));
        params.forEach(request::param);
        return mvc.perform(request);
    }

    /** Adds a valid goal and returns its id. */
    private long newGoal(String description) throws Exception {
        addGoal(GoalParams.valid(description)).andExpect(status().isFound());
        return jdbc.sql("SELECT id FROM plan_goal WHERE tool_instance_id = :i AND description = :d")
                .param("i", plan)
                .param("d", description)
                .query(Long.class)
                .single();
    }

    private ResultActions score(long goal, String level, String on) throws Exception {
        return mvc.perform(post("/plans/" + plan + "/goals/" + goal + "/scores")
                .with(csrf())
                .with(demo.as(Demo.CITIZEN))
                .param("level", level)
                .param("scoredOn", on));
    }

    private String page() throws Exception {
        return mvc.perform(get("/plans/" + plan).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aGoalHasFiveWrittenLevelsAndAWeightOfImportanceTimesDifficulty() throws Exception {
        String description = "Uscire di casa " + UUID.randomUUID();
        long goal = newGoal(description);
        var stored = new GoalRepository(jdbc)
                .of(plan).stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
        assertThat(stored.levels()).containsExactly(GoalParams.LEVELS);
        assertThat(stored.importance()).isEqualTo(2);
        assertThat(stored.difficulty()).isEqualTo(3);
        assertThat(stored.weight()).isEqualTo(6.0);
        assertThat(stored.baseline()).isNull();
        assertThat(count("SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i AND action = 'goal.create'"))
                .isPositive();

        String html = page();
        assertThat(html)
                .contains(description)
                .contains("<td class=\"weight\">6 <span class=\"meta\">(importanza 2 × difficoltà 3)</span>")
                .contains("<dt>+2</dt><dd>Esce ogni giorno e incontra gli amici</dd>")
                .contains("<dt>-2</dt><dd>Non esce mai di casa</dd>")
                // The form explains the levels, labels every field and defaults importance and difficulty to 1.
                .contains("concordati insieme prima della prima valutazione")
                .contains("<label for=\"levelMinus2\">−2: molto meno del previsto")
                .contains("<label for=\"importance\">Importanza")
                .contains("<option value=\"1\" selected>1 = bassa</option>");
        mvc.perform(get("/plans/" + plan).header("Accept-Language", "en").with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("importance 2 × difficulty 3")))
                .andExpect(content().string(containsString("T-score by date")));
    }

    @Test
    void aMissingOrTooLongLevelTextIsRefusedBesideItsFieldKeepingWhatWasTyped() throws Exception {
        long before = goals();
        String description = "Descrizione tenuta " + UUID.randomUUID();
        for (String field : GoalForm.LEVEL_FIELDS) {
            for (String bad : List.of("", "   ", "x".repeat(301))) {
                var params = GoalParams.valid(description);
                params.put(field, bad);
                String html = addGoal(params)
                        .andExpect(status().is(422))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(html)
                        .as(field)
                        .contains("<p class=\"error\" id=\"" + field + "-error\">"
                                + "<span>Scrivi come sarebbe questo livello, in al massimo 300 caratteri.</span>")
                        .contains("aria-describedby=\"" + field + "-error\"")
                        .contains("<a href=\"#" + field + "\">")
                        .contains("value=\"" + description + "\"")
                        .contains("value=\""
                                + (field.equals("levelPlus1") ? GoalParams.LEVELS[0] : GoalParams.LEVELS[3]) + "\"");
            }
        }
        var missing = GoalParams.valid(description);
        missing.remove("levelPlus1");
        addGoal(missing)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"levelPlus1-error\"")));
        assertThat(goals()).isEqualTo(before);
    }

    @Test
    void importanceAndDifficultyMustBeOneToThree() throws Exception {
        long before = goals();
        for (String field : List.of("importance", "difficulty")) {
            String message = field.equals("importance") ? "Scegli l'importanza" : "Scegli la difficoltà";
            for (String bad : List.of("0", "4", "alta", "", "2.5", "-1")) {
                var params = GoalParams.valid("Camminare");
                params.put(field, bad);
                addGoal(params)
                        .andExpect(status().is(422))
                        .andExpect(content().string(containsString("id=\"" + field + "-error\">" + message)));
            }
        }
        assertThat(goals()).isEqualTo(before);
        // The weight is derived: a typed weight is ignored, not trusted.
        var params = GoalParams.valid("Peso ignorato " + UUID.randomUUID());
        params.put("weight", "100");
        params.put("importance", "3");
        params.put("difficulty", "3");
        addGoal(params).andExpect(status().isFound());
        assertThat(count("SELECT MAX(weight) FROM plan_goal WHERE tool_instance_id = :i AND description LIKE"
                        + " 'Peso ignorato %'"))
                .isEqualTo(9);
    }

    @Test
    void theFirstScoreByDateIsTheBaselineAndLaterOnesAreFollowUpsWithATScoreByDate() throws Exception {
        long goal = newGoal("Dormire otto ore " + UUID.randomUUID());
        var first = TODAY.minusDays(30);
        var second = TODAY.minusDays(3);
        score(goal, "-1", first.toString()).andExpect(status().isFound());
        String html = page();
        // dates in words, as the Italian page writes them (issue 14, point 4)
        assertThat(html)
                .contains("<td class=\"baseline\">-1 il " + IT.date(first) + "</td>")
                .contains("<td class=\"follow-up\">—</td>")
                .contains("<tr><td>" + IT.date(first) + "</td>");

        score(goal, "+1", second.toString()).andExpect(status().isFound());
        html = page();
        assertThat(html)
                .contains("<td class=\"baseline\">-1 il " + IT.date(first) + "</td>")
                .contains("<td class=\"follow-up\">+1 il " + IT.date(second) + "</td>")
                .contains("<tr><td>" + IT.date(second) + "</td>");
        var stored = new GoalRepository(jdbc)
                .of(plan).stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
        assertThat(stored.history()).extracting(Goal.Scored::on).containsExactly(first, second);
        assertThat(stored.latestLevel()).isEqualTo(1);

        // A score dated before the baseline, recorded later, becomes the baseline: order is by date.
        var earlier = TODAY.minusDays(90);
        score(goal, "-2", earlier.toString()).andExpect(status().isFound());
        assertThat(page())
                .contains("<td class=\"baseline\">-2 il " + IT.date(earlier) + "</td>")
                .contains("<td class=\"follow-up\">+1 il " + IT.date(second) + "</td>");

        // The headline is the latest T-score, the last row of the table by date.
        var goals = new GoalRepository(jdbc).of(plan);
        var byDate = PlanService.tScoresByDate(goals);
        String expected = IT.number(PlanService.tScore(goals));
        assertThat(IT.number(byDate.get(byDate.size() - 1).tScore())).isEqualTo(expected);
        assertThat(page()).contains("<strong class=\"t-score\">" + expected + "</strong>");
    }

    @Test
    void aFutureOrMalformedDateIsRefusedAndNothingIsStored() throws Exception {
        long goal = newGoal("Cucinare " + UUID.randomUUID());
        long before = scores();
        for (String bad : List.of(TODAY.plusDays(5).toString(), "+999999999-12-31")) {
            score(goal, "1", bad)
                    .andExpect(status().is(422))
                    .andExpect(content()
                            .string(containsString("id=\"scoredOn-" + goal
                                    + "-error\">La data della valutazione non può essere nel futuro.")))
                    .andExpect(content().string(containsString("value=\"" + bad + "\"")));
        }
        for (String bad : List.of("", "31/12/2025", "2025-02-30", "domani", "-999999999-01-01")) {
            score(goal, "1", bad)
                    .andExpect(status().is(422))
                    .andExpect(content()
                            .string(containsString("id=\"scoredOn-" + goal
                                    + "-error\">Inserisci la data della valutazione come AAAA-MM-GG.")));
        }
        assertThat(scores()).isEqualTo(before);
    }

    @Test
    void aLevelOutsideMinusTwoToPlusTwoIsRefusedBesideThatGoalsForm() throws Exception {
        long goal = newGoal("Leggere " + UUID.randomUUID());
        long before = scores();
        for (String level : List.of("3", "-3", "x", "")) {
            score(goal, level, TODAY.toString())
                    .andExpect(status().is(422))
                    .andExpect(content()
                            .string(containsString("id=\"level-" + goal
                                    + "-error\">Il livello deve essere uno tra −2, −1, 0, +1, +2.")))
                    .andExpect(content().string(containsString("aria-describedby=\"level-" + goal + "-error\"")));
        }
        assertThat(scores()).isEqualTo(before);
        // A goal of another plan, or none, is not found; nothing crosses plans.
        score(999_999_999L, "1", TODAY.toString()).andExpect(status().isNotFound());
        assertThat(scores()).isEqualTo(before);
    }
}
