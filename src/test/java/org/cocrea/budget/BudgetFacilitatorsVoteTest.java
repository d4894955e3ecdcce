package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ballot tools' "facilitators vote" setting in the budget, both ways and for each eligibility: by default (the
 * field left out, as before the setting existed) the budget is the citizens' and its facilitator's ballot is
 * refused; set to yes, the facilitator votes. A member votes either way.
 */
@WebTest
class BudgetFacilitatorsVoteTest {
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

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    private long project(long id) {
        return jdbc.sql("""
                SELECT p.id FROM budget_project p JOIN budget b ON b.id = p.budget_id WHERE b.tool_instance_id = :i
                """).param("i", id).query(Long.class).single();
    }

    private long ballots(long id) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM budget_ballot x JOIN budget b ON b.id = x.budget_id WHERE b.tool_instance_id = :i
                """).param("i", id).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}, facilitators vote: {1}")
    @CsvSource({"members,", "members,false", "members,true", "registered,", "registered,true"})
    void theFacilitatorVotesOnlyWhereTheBudgetSaysSo(String eligibility, String facilitatorsVote) throws Exception {
        long id = TestBudgets.newInstance(jdbc);
        var settings = as(post("/budget/" + id + "/settings"), Demo.PARKS_OFFICER)
                .param("amount", "1000")
                .param("currency", "EUR")
                .param("ballotType", "approval")
                .param("rule", "greedy")
                .param("eligibility", eligibility);
        if (facilitatorsVote != null) {
            settings.param("facilitatorsVote", facilitatorsVote);
        }
        mvc.perform(settings).andExpect(status().isFound());
        boolean votes = "true".equals(facilitatorsVote);
        assertThat(jdbc.sql("SELECT facilitators_vote FROM budget b WHERE b.tool_instance_id = :i")
                        .param("i", id)
                        .query(Boolean.class)
                        .single())
                .isEqualTo(votes);
        mvc.perform(get("/budget/" + id + "/manage").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votano anche i facilitatori")))
                .andExpect(
                        content().string(matchesPattern("(?s).*id=\"facilitatorsVote-" + votes + "\"[^>]*checked.*")));
        mvc.perform(as(post("/budget/" + id + "/projects"), Demo.PARKS_OFFICER)
                        .param("title", "Panchine")
                        .param("cost", "100"))
                .andExpect(status().isFound());
        mvc.perform(as(post("/budget/" + id + "/open"), Demo.PARKS_OFFICER)).andExpect(status().isFound());
        long bench = project(id);

        var facilitator = mvc.perform(
                as(post("/budget/" + id + "/ballot"), Demo.PARKS_OFFICER).param("projects", String.valueOf(bench)));
        if (votes) {
            facilitator.andExpect(status().isFound());
        } else {
            facilitator.andExpect(status().isUnprocessableEntity());
        }
        assertThat(ballots(id)).isEqualTo(votes ? 1 : 0);
        mvc.perform(as(post("/budget/" + id + "/ballot"), Demo.VOLUNTEER).param("projects", String.valueOf(bench)))
                .andExpect(status().isFound());
        assertThat(ballots(id)).isEqualTo(votes ? 2 : 1);
    }
}
