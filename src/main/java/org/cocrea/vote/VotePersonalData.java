package org.cocrea.vote;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The vote module's part of "download my data" (issue 19): ballots. */
@Component
class VotePersonalData extends PersonalDataQueries {
    VotePersonalData(JdbcClient jdbc) {
        super(jdbc, "vote", section("ballots", """
                        SELECT b.* FROM vote_ballot b WHERE b.voter_id = :person
                        """));
    }
}
