package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.plans.plan.GoalRepository;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every field of every plan form, with hostile values: never a server error, never unescaped markup. */
@InitiativesWebTest
class PlanHostileInputTest {
    static final List<String> HOSTILE = List.of(
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "'; DROP TABLE plan_version; --",
            "x".repeat(100_000),
            "-1",
            "99999999999999999999999999",
            "0",
            "",
            "\u0000",
            "日本語 ñ € 🙂");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlansDemoData demoData;

    @Test
    void hostileValuesInEveryFieldAreHandled() throws Exception {
        Outsiders.ensure(jdbc);
        var demo = new Demo(users);
        long plan = Outsiders.planInstance(jdbc);
        if (plan == 0) {
            mvc.perform(post("/initiatives/" + Outsiders.initiative(jdbc) + "/tools")
                            .with(csrf())
                            .with(demo.as(Demo.SOCIAL_WORKER))
                            .param("phase", "co-design")
                            .param("tool", "plan"))
                    .andExpect(status().isFound());
            plan = Outsiders.planInstance(jdbc);
        }
        // The same start as the other plan tests, whichever runs first: the demo version comes first.
        demoData.seed();
        var forms = new LinkedHashMap<String, Map<String, String>>();
        var version = new LinkedHashMap<String, String>();
        PlanContent.SECTIONS.forEach(s -> version.put(s, "testo"));
        version.put("reviewDate", "2027-01-01");
        forms.put("/plans/" + plan + "/versions", version);
        forms.put("/plans/" + plan + "/goals", GoalParams.valid("Camminare"));
        long goal = new GoalRepository(jdbc).of(plan).get(0).id();
        forms.put(
                "/plans/" + plan + "/goals/" + goal + "/scores",
                Map.of(
                        "level",
                        "1",
                        "scoredOn",
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
        forms.put("/plans/" + plan + "/versions/1/sign", Map.of("unused", "x"));
        for (var form : forms.entrySet()) {
            for (String field : form.getValue().keySet()) {
                for (String value : HOSTILE) {
                    var request = post(form.getKey()).with(csrf()).with(demo.as(Demo.CITIZEN));
                    form.getValue().forEach((name, valid) -> request.param(name, name.equals(field) ? value : valid));
                    var response = mvc.perform(request).andReturn().getResponse();
                    assertThat(response.getStatus())
                            .as(form.getKey() + " " + field)
                            .isLessThan(500);
                    String body = response.getContentAsString(StandardCharsets.UTF_8);
                    assertThat(body).doesNotContain("\tat ").doesNotContain("Exception");
                    assertThat(body).doesNotContain("<script>alert").doesNotContain("<img src=x onerror");
                }
            }
        }
    }
}
