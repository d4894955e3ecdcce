package org.cocrea.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.testing.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ballot tools' "facilitators vote" setting, checked the same way in each tool (the budget and the vote
 * subclass it with what is theirs): the setting is stored as chosen, or as the tool's default when the field is
 * left out (as before the setting existed); the manage page shows it; the facilitator's ballot is stored or
 * refused accordingly, and a member votes either way.
 */
public abstract class FacilitatorsVoteCheck {
    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** The tool's id, which is also its route and its table ({@code budget}, {@code vote}). */
    protected abstract String tool();

    /** Whether facilitators vote when the settings leave the field out. */
    protected abstract boolean votesByDefault();

    /** The table of the tool's choices (projects, options), each row tied to the tool's table by {@code <tool>_id}. */
    protected abstract String choiceTable();

    /** The ballot form's field naming the choices. */
    protected abstract String choiceField();

    protected abstract long newInstance();

    /** The tool's own settings, besides eligibility and "facilitators vote". */
    protected abstract MockHttpServletRequestBuilder ownSettings(MockHttpServletRequestBuilder settings);

    /** Adds the choices a ballot picks from, as the facilitator. */
    protected abstract void addChoices(long id) throws Exception;

    protected MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(new Demo(users).as(who));
    }

    private long firstChoice(long id) {
        return jdbc.sql("SELECT MIN(c.id) FROM " + choiceTable() + " c JOIN " + tool() + " t ON t.id = c." + tool()
                        + "_id WHERE t.tool_instance_id = :i")
                .param("i", id)
                .query(Long.class)
                .single();
    }

    private long ballots(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tool() + "_ballot x JOIN " + tool() + " t ON t.id = x." + tool()
                        + "_id WHERE t.tool_instance_id = :i")
                .param("i", id)
                .query(Long.class)
                .single();
    }

    protected void check(String eligibility, String facilitatorsVote) throws Exception {
        long id = newInstance();
        String base = "/" + tool() + "/" + id;
        var settings =
                ownSettings(as(post(base + "/settings"), Demo.PARKS_OFFICER)).param("eligibility", eligibility);
        if (facilitatorsVote != null) {
            settings.param("facilitatorsVote", facilitatorsVote);
        }
        mvc.perform(settings).andExpect(status().isFound());
        boolean votes = facilitatorsVote == null ? votesByDefault() : "true".equals(facilitatorsVote);
        assertThat(jdbc.sql("SELECT facilitators_vote FROM " + tool() + " WHERE tool_instance_id = :i")
                        .param("i", id)
                        .query(Boolean.class)
                        .single())
                .isEqualTo(votes);
        mvc.perform(get(base + "/manage").with(new Demo(users).as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votano anche i facilitatori")))
                .andExpect(
                        content().string(matchesPattern("(?s).*id=\"facilitatorsVote-" + votes + "\"[^>]*checked.*")));
        addChoices(id);
        mvc.perform(as(post(base + "/open"), Demo.PARKS_OFFICER)).andExpect(status().isFound());
        long choice = firstChoice(id);

        var facilitator = mvc.perform(
                as(post(base + "/ballot"), Demo.PARKS_OFFICER).param(choiceField(), String.valueOf(choice)));
        if (votes) {
            facilitator.andExpect(status().isFound());
        } else {
            facilitator.andExpect(status().isUnprocessableEntity());
        }
        assertThat(ballots(id)).isEqualTo(votes ? 1 : 0);
        mvc.perform(as(post(base + "/ballot"), Demo.VOLUNTEER).param(choiceField(), String.valueOf(choice)))
                .andExpect(status().isFound());
        assertThat(ballots(id)).isEqualTo(votes ? 2 : 1);
    }
}
