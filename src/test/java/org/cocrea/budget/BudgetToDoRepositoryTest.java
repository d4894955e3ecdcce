package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.Voters;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The personal home's open budgets not voted in, on H2 and PostgreSQL: open only, and gone once voted. */
class BudgetToDoRepositoryTest {

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anOpenBudgetWaitsUntilThePersonVotes(TestDatabase db) {
        var jdbc = db.jdbc();
        var toDo = new BudgetToDo(); // its query only: who may vote is VotersTest's
        var budgets = new BudgetRepository(jdbc);
        long instance = BudgetRepositoryTest.toolInstance(jdbc);
        long voter = BudgetRepositoryTest.voters(jdbc, 1).get(0);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long budget = budgets.create(instance, BudgetRepositoryTest.KNAPSACK);
        assertThat(toDo.unvoted(jdbc, voter, now)).as("a draft").isEmpty();

        budgets.setStatus(budget, BallotStatus.DRAFT, BallotStatus.OPEN);
        assertThat(toDo.unvoted(jdbc, voter, now))
                .containsExactly(new Voters.Unvoted(instance, Eligibility.MEMBERS, false, null));

        jdbc.sql("INSERT INTO budget_ballot (budget_id, voter_id, cast_at) VALUES (:b, :v, :now)")
                .param("b", budget)
                .param("v", voter)
                .param("now", now)
                .update();
        assertThat(toDo.unvoted(jdbc, voter, now)).as("voted").isEmpty();
    }
}
