package org.cocrea.budget;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.ballots.FacilitatorsVoteCheck;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The "facilitators vote" setting in the budget, both ways and for each eligibility: by default (the field left
 * out, as before the setting existed) the budget is the citizens' and its facilitator's ballot is refused; set to
 * yes, the facilitator votes. A member votes either way.
 */
@WebTest
class BudgetFacilitatorsVoteTest extends FacilitatorsVoteCheck {
    @ParameterizedTest(name = "{0}, facilitators vote: {1}")
    @CsvSource({"members,", "members,false", "members,true", "registered,", "registered,true"})
    void theFacilitatorVotesOnlyWhereTheBudgetSaysSo(String eligibility, String facilitatorsVote) throws Exception {
        check(eligibility, facilitatorsVote);
    }

    @Override
    protected String tool() {
        return "budget";
    }

    @Override
    protected boolean votesByDefault() {
        return false;
    }

    @Override
    protected String choiceTable() {
        return "budget_project";
    }

    @Override
    protected String choiceField() {
        return "projects";
    }

    @Override
    protected long newInstance() {
        return TestBudgets.newInstance(jdbc);
    }

    @Override
    protected MockHttpServletRequestBuilder ownSettings(MockHttpServletRequestBuilder settings) {
        return settings.param("amount", "1000")
                .param("currency", "EUR")
                .param("ballotType", "approval")
                .param("rule", "greedy");
    }

    @Override
    protected void addChoices(long id) throws Exception {
        mvc.perform(as(post("/budget/" + id + "/projects"), Demo.PARKS_OFFICER)
                        .param("title", "Panchine")
                        .param("cost", "100"))
                .andExpect(status().isFound());
    }
}
