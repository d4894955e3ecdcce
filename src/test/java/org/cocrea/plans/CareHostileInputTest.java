package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.plans.actions.ActionsTool;
import org.cocrea.plans.care.CareDemoData;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.needs.NeedsTool;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.plans.review.ReviewTool;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every field of every form of the needs, actions and diary, ladder and review tools, with hostile values:
 * never a server error, never unescaped markup. Each runs on copies of the demo initiatives.
 */
@InitiativesWebTest
class CareHostileInputTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void hostileValuesInEveryFieldAreHandled() throws Exception {
        Outsiders.ensure(jdbc);
        var demo = new Demo(users);
        long needs = CareTools.copy(jdbc, NeedsTool.ID, CareDemoData.NEEDS_INITIATIVE, "co-commissioning");
        long actions = CareTools.copy(jdbc, ActionsTool.ID, CareDemoData.DELIVERY_INITIATIVE, "co-delivery");
        long ladder = CareTools.copy(jdbc, LadderTool.ID, CareDemoData.ASSESSMENT_INITIATIVE, "co-assessment");
        long review = CareTools.copy(jdbc, ReviewTool.ID, PlansDemoData.INITIATIVE, "co-design");
        long plan = CareTools.sibling(jdbc, review, PlanTool.ID, "co-design");
        String citizen = String.valueOf(CareTools.person(jdbc, Demo.CITIZEN));
        mvc.perform(post("/plans/" + plan + "/versions")
                .with(csrf())
                .with(demo.as(Demo.CITIZEN))
                .param("objectives", "Camminare"));
        mvc.perform(post("/plans/needs/" + needs + "/needs")
                .with(csrf())
                .with(demo.as(Demo.CITIZEN))
                .param("domain", "health")
                .param("title", "Camminare")
                .param("text", "Poco"));
        long need = jdbc.sql("SELECT MIN(id) FROM plan_need WHERE tool_instance_id = :i")
                .param("i", needs)
                .query(Long.class)
                .single();
        mvc.perform(post("/plans/ladder/" + ladder + "/areas")
                .with(csrf())
                .with(demo.as(Demo.CITIZEN))
                .param("defaults", "true"));
        long area = jdbc.sql("SELECT MIN(id) FROM plan_ladder_area WHERE tool_instance_id = :i")
                .param("i", ladder)
                .query(Long.class)
                .single();
        mvc.perform(post("/plans/actions/" + actions + "/actions")
                .with(csrf())
                .with(demo.as(Demo.CITIZEN))
                .param("title", "Camminare")
                .param("kind", "citizen")
                .param("performer", citizen));
        long action = jdbc.sql("SELECT MIN(id) FROM plan_action WHERE tool_instance_id = :i")
                .param("i", actions)
                .query(Long.class)
                .single();

        var forms = new LinkedHashMap<String, Map<String, String>>();
        forms.put("/plans/needs/" + needs + "/needs", Map.of("domain", "health", "title", "T", "text", "D"));
        forms.put("/plans/needs/" + needs + "/needs/" + need + "/description", Map.of("text", "D"));
        forms.put("/plans/needs/" + needs + "/ranking", Map.of("rank-" + need, "1"));
        forms.put("/plans/needs/" + needs + "/agreement", Map.of("order", String.valueOf(need)));
        forms.put(
                "/plans/actions/" + actions + "/actions",
                Map.of("title", "T", "kind", "family", "performer", citizen, "due", "2027-01-01"));
        forms.put("/plans/actions/" + actions + "/actions/" + action + "/status", Map.of("status", "done"));
        forms.put(
                "/plans/actions/" + actions + "/diary",
                Map.of(
                        "doneOn",
                        "2026-01-01",
                        "action",
                        String.valueOf(action),
                        "what",
                        "W",
                        "minutes",
                        "10",
                        "amount",
                        "2",
                        "unit",
                        "km",
                        "how",
                        "H"));
        forms.put("/plans/ladder/" + ladder + "/areas", Map.of("name", "Area"));
        forms.put("/plans/ladder/" + ladder + "/readings", Map.of("readOn", "2026-01-01", "score-" + area, "5"));
        forms.put(
                "/plans/review/" + review + "/reviews",
                Map.of(
                        "heldOn",
                        "2026-01-01",
                        "participants",
                        citizen,
                        "summary",
                        "S",
                        "decisions",
                        "D",
                        "nextCycle",
                        "true",
                        "nextReview",
                        "2027-01-01"));
        for (var form : forms.entrySet()) {
            for (String field : form.getValue().keySet()) {
                for (String value : PlanHostileInputTest.HOSTILE) {
                    var request = post(form.getKey()).with(csrf()).with(demo.as(Demo.CITIZEN));
                    form.getValue().forEach((name, valid) -> request.param(name, name.equals(field) ? value : valid));
                    check(
                            form.getKey() + " " + field,
                            mvc.perform(request).andReturn().getResponse());
                }
            }
        }
        for (String value : PlanHostileInputTest.HOSTILE) {
            for (String path : List.of(
                    "/plans/actions/" + actions + "?page=",
                    "/plans/ladder/" + ladder + "?area=",
                    "/plans/ladder/" + ladder + "?compare=")) {
                check(
                        path,
                        mvc.perform(get(path + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))
                                        .with(demo.as(Demo.SOCIAL_WORKER)))
                                .andReturn()
                                .getResponse());
            }
        }
    }

    private static void check(String what, org.springframework.mock.web.MockHttpServletResponse response)
            throws Exception {
        assertThat(response.getStatus()).as(what).isLessThan(500);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(what).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(body).as(what).doesNotContain("<script>alert").doesNotContain("<img src=x onerror");
    }
}
