package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.testing.Demo;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@InitiativesWebTest
class FactorsWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private long id() {
        return jdbc.sql("SELECT id FROM initiative WHERE title = 'Scuola inclusiva'")
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder citizenAnswers(long id) {
        return post("/initiatives/" + id + "/factors/mine")
                .with(csrf())
                .param("skills", "4")
                .param("intrinsic_motivation", "5")
                .param("ownership", "4")
                .param("social_capital", "3")
                .param("risk_aversion", "2");
    }

    @Test
    void theOwnerAnswersReadinessAndMembersOptInPrivately() throws Exception {
        var demo = new Demo(users);
        long id = id();
        mvc.perform(post("/initiatives/" + id + "/factors/organisation")
                        .with(csrf())
                        .with(demo.as(Demo.PARENT))
                        .param("compatibility", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/" + id + "/factors/organisation")
                        .with(csrf())
                        .with(demo.as(Demo.TEACHER))
                        .param("compatibility", "9"))
                .andExpect(status().is(422));
        mvc.perform(post("/initiatives/" + id + "/factors/organisation")
                        .with(csrf())
                        .with(demo.as(Demo.TEACHER))
                        .param("compatibility", "4")
                        .param("open_attitude", "5")
                        .param("risk_averse_culture", "2")
                        .param("incentives", "3"))
                .andExpect(status().isFound());

        mvc.perform(citizenAnswers(id).with(demo.as(Demo.PARENT))).andExpect(status().is(422));
        mvc.perform(citizenAnswers(id).param("consent", "true").with(demo.as(Demo.PARENT)))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM citizen_factor_answer WHERE initiative_id = :i")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The owner sees readiness and that averages are withheld, never the parent's answers.
        mvc.perform(get("/initiatives/" + id + "/factors").with(demo.as(Demo.TEACHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("4 / 5")))
                .andExpect(content().string(Matchers.containsString("almeno 5 membri")))
                .andExpect(content()
                        .string(Matchers.not(
                                Matchers.containsString("id=\"skills-4\" name=\"skills\" value=\"4\" checked"))));
        mvc.perform(get("/initiatives/" + id + "/factors").with(demo.as(Demo.PARENT)))
                .andExpect(content()
                        .string(Matchers.containsString("id=\"skills-4\" name=\"skills\" value=\"4\" checked")));
        mvc.perform(get("/initiatives/" + id + "/factors").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/initiatives/" + id + "/factors/mine/delete")
                        .with(csrf())
                        .with(demo.as(Demo.PARENT)))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM citizen_factor_answer WHERE initiative_id = :i")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
