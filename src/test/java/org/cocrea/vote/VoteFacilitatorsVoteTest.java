package org.cocrea.vote;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.ballots.FacilitatorsVoteCheck;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The "facilitators vote" setting in the vote, both ways and for each eligibility: by default (the field left out,
 * as before the setting existed) facilitators vote; set to no, the facilitator's ballot is refused. A member votes
 * either way.
 */
@WebTest
class VoteFacilitatorsVoteTest extends FacilitatorsVoteCheck {
    @ParameterizedTest(name = "{0}, facilitators vote: {1}")
    @CsvSource({"members,", "members,true", "members,false", "registered,", "registered,false"})
    void theFacilitatorVotesUnlessTheVoteSaysOtherwise(String eligibility, String facilitatorsVote) throws Exception {
        check(eligibility, facilitatorsVote);
    }

    @Override
    protected String tool() {
        return "vote";
    }

    @Override
    protected boolean votesByDefault() {
        return true;
    }

    @Override
    protected String choiceTable() {
        return "vote_option";
    }

    @Override
    protected String choiceField() {
        return "options";
    }

    @Override
    protected long newInstance() {
        return TestVotes.newInstance(jdbc, TestVotes.COLLECTIVE);
    }

    @Override
    protected MockHttpServletRequestBuilder ownSettings(MockHttpServletRequestBuilder settings) {
        return settings.param("question", "Cosa prima?").param("ballotKind", "approval");
    }

    @Override
    protected void addChoices(long id) throws Exception {
        for (String title : new String[] {"A", "B"}) {
            mvc.perform(as(post("/vote/" + id + "/options"), Demo.PARKS_OFFICER).param("title", title))
                    .andExpect(status().isFound());
        }
    }
}
