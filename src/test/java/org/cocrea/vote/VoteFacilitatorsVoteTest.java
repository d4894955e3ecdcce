package org.cocrea.vote;

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
 * The ballot tools' "facilitators vote" setting in the vote, both ways and for each eligibility: by default (the
 * field left out, as before the setting existed) facilitators vote; set to no, the facilitator's ballot is
 * refused. A member votes either way.
 */
@WebTest
class VoteFacilitatorsVoteTest {
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

    private long option(long id) {
        return jdbc.sql("""
                SELECT MIN(o.id) FROM vote_option o JOIN vote v ON v.id = o.vote_id WHERE v.tool_instance_id = :i
                """).param("i", id).query(Long.class).single();
    }

    private long ballots(long id) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM vote_ballot x JOIN vote v ON v.id = x.vote_id WHERE v.tool_instance_id = :i
                """).param("i", id).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}, facilitators vote: {1}")
    @CsvSource({"members,", "members,true", "members,false", "registered,", "registered,false"})
    void theFacilitatorVotesUnlessTheVoteSaysOtherwise(String eligibility, String facilitatorsVote) throws Exception {
        long id = TestVotes.newInstance(jdbc, TestVotes.COLLECTIVE);
        var settings = as(post("/vote/" + id + "/settings"), Demo.PARKS_OFFICER)
                .param("question", "Cosa prima?")
                .param("ballotKind", "approval")
                .param("eligibility", eligibility);
        if (facilitatorsVote != null) {
            settings.param("facilitatorsVote", facilitatorsVote);
        }
        mvc.perform(settings).andExpect(status().isFound());
        boolean votes = !"false".equals(facilitatorsVote);
        assertThat(jdbc.sql("SELECT facilitators_vote FROM vote v WHERE v.tool_instance_id = :i")
                        .param("i", id)
                        .query(Boolean.class)
                        .single())
                .isEqualTo(votes);
        mvc.perform(get("/vote/" + id + "/manage").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votano anche i facilitatori")))
                .andExpect(
                        content().string(matchesPattern("(?s).*id=\"facilitatorsVote-" + votes + "\"[^>]*checked.*")));
        for (String title : new String[] {"A", "B"}) {
            mvc.perform(as(post("/vote/" + id + "/options"), Demo.PARKS_OFFICER).param("title", title))
                    .andExpect(status().isFound());
        }
        mvc.perform(as(post("/vote/" + id + "/open"), Demo.PARKS_OFFICER)).andExpect(status().isFound());
        long a = option(id);

        var facilitator = mvc.perform(
                as(post("/vote/" + id + "/ballot"), Demo.PARKS_OFFICER).param("options", String.valueOf(a)));
        if (votes) {
            facilitator.andExpect(status().isFound());
        } else {
            facilitator.andExpect(status().isUnprocessableEntity());
        }
        assertThat(ballots(id)).isEqualTo(votes ? 1 : 0);
        mvc.perform(as(post("/vote/" + id + "/ballot"), Demo.VOLUNTEER).param("options", String.valueOf(a)))
                .andExpect(status().isFound());
        assertThat(ballots(id)).isEqualTo(votes ? 2 : 1);
    }
}
