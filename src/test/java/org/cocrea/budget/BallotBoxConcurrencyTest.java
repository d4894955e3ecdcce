package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.cocrea.ballots.BallotRace;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The ballot tools' race ({@link BallotRace}) for the budget: 10,000 voters, 32 threads, 1,000 of them submitting twice with a different choice the second time (an edit,
 * which replaces their ballot): exactly 10,000 ballots, none lost, none doubled, and each voter's ballot is their last
 * choice.
 */
class BallotBoxConcurrencyTest {
    private static final int VOTERS = 10_000;
    private static final int REPEATS = 1_000;
    private static final int THREADS = 32;

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void everyBallotIsCountedExactlyOnce(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(THREADS);
            var jdbc = JdbcClient.create(pool);
            var budgets = new BudgetRepository(jdbc);
            var ballots = new BallotRepository(jdbc);
            long instance = BudgetRepositoryTest.toolInstance(jdbc);
            long budget = budgets.create(instance, BudgetRepositoryTest.KNAPSACK);
            long lanes = budgets.addProject(budget, "Lanes", "", 60_000_00L, null);
            long racks = budgets.addProject(budget, "Racks", "", 5_000_00L, null);
            long lights = budgets.addProject(budget, "Lights", "", 30_000_00L, null);
            budgets.setStatus(budget, BallotStatus.DRAFT, BallotStatus.OPEN);
            var box = new BallotBox(
                    budgets,
                    ballots,
                    new CodeRepository(jdbc),
                    new PaperLogRepository(jdbc),
                    new org.cocrea.ballots.BallotBox(new DataSourceTransactionManager(pool)));
            var voters = BudgetRepositoryTest.voters(jdbc, VOTERS);

            // Every voter once; the first thousand then resubmit a different choice, which must replace the first.
            // A voter's submissions follow each other within that voter's task, so the last one is well defined;
            // voters race each other, released together by a start barrier.
            var choices = List.of(
                    TestBudgets.choice(lanes, racks), TestBudgets.choice(racks, lights), TestBudgets.choice(lanes));
            var repeaters = new java.util.HashSet<>(voters.subList(0, REPEATS));
            java.util.function.LongFunction<java.util.SortedMap<Long, Integer>> firstChoice =
                    v -> choices.get((int) (v % 3));
            java.util.function.LongFunction<java.util.SortedMap<Long, Integer>> lastChoice =
                    v -> repeaters.contains(v) ? choices.get((int) ((v + 1) % 3)) : firstChoice.apply(v);
            var casts = BallotRace.run(
                    voters,
                    repeaters,
                    THREADS,
                    (voter, again) -> box.cast(instance, voter, null, (again ? lastChoice : firstChoice).apply(voter)));
            for (long v : voters) {
                assertThat(casts.get(v)).isEqualTo(BallotRace.expected(repeaters, v));
            }

            assertThat(ballots.count(budget)).isEqualTo(VOTERS);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT voter_id) FROM budget_ballot")
                            .query(Long.class)
                            .single())
                    .isEqualTo(VOTERS);
            long expectedItems =
                    voters.stream().mapToLong(v -> lastChoice.apply(v).size()).sum();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_ballot_item")
                            .query(Long.class)
                            .single())
                    .isEqualTo(expectedItems);
            // Voter by voter: each holds their last choice, whole (a resubmission that was dropped, or mixed with
            // the first, shows here).
            for (long v : voters) {
                assertThat(ballots.ballotOf(budget, v))
                        .as("ballot of voter %d (%s)", v, repeaters.contains(v) ? "resubmitted" : "once")
                        .contains(lastChoice.apply(v));
            }
            var results = Count.results(
                    budgets.ofInstance(instance).orElseThrow(), budgets.projects(budget), ballots.ballots(budget));
            assertThat(results.voters()).isEqualTo(VOTERS);
        }
    }
}
