package org.cocrea.budget;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The budget module's part of "download my data" (issue 19): ballots. */
@Component
class BudgetPersonalData extends PersonalDataQueries {
    BudgetPersonalData(JdbcClient jdbc) {
        super(jdbc, "budget", section("ballots", """
                        SELECT b.* FROM budget_ballot b WHERE b.voter_id = :person
                        """));
    }
}
