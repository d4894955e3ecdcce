package org.cocrea.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * 10,000 voters, 32 threads, 1,000 of them retrying their ballot and 500 sending a different second one: exactly
 * 10,000 ballots, none lost, none doubled; retries succeed, second ballots are refused.
 */
class BallotBoxConcurrencyTest {
    private static final int VOTERS = 10_000;
    private static final int REPEATS = 1_000;
    private static final int DIFFERENT = 500;
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
            budgets.setStatus(budget, BudgetStatus.DRAFT, BudgetStatus.OPEN);
            var box = new BallotBox(budgets, ballots, new DataSourceTransactionManager(pool));
            var voters = BudgetRepositoryTest.voters(jdbc, VOTERS);

            // Every voter once; the first thousand send the very same ballot again (a client retrying after a
            // lost answer), the next five hundred a different second ballot; all shuffled so that they race.
            record Submission(long voter, int choice) {}
            var submissions = new ArrayList<Submission>();
            voters.forEach(v -> submissions.add(new Submission(v, (int) (v % 3))));
            voters.subList(0, REPEATS).forEach(v -> submissions.add(new Submission(v, (int) (v % 3))));
            voters.subList(REPEATS, REPEATS + DIFFERENT)
                    .forEach(v -> submissions.add(new Submission(v, (int) ((v + 1) % 3))));
            Collections.shuffle(submissions, new Random(42));
            List<List<Long>> choices = List.of(List.of(lanes, racks), List.of(racks, lights), List.of(lanes));
            var acceptedChoice = new ConcurrentHashMap<Long, Integer>();
            var accepted = new AtomicInteger();
            var refused = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                var futures = new ArrayList<Future<?>>();
                for (var s : submissions) {
                    futures.add(threads.submit(() -> {
                        var problem = box.cast(instance, s.voter(), choices.get(s.choice()));
                        if (problem.isEmpty()) {
                            accepted.incrementAndGet();
                            var earlier = acceptedChoice.putIfAbsent(s.voter(), s.choice());
                            assertThat(earlier)
                                    .as("two different ballots accepted")
                                    .isIn(null, s.choice());
                        } else {
                            assertThat(problem.get().code()).isEqualTo("budget.ballot.again");
                            refused.incrementAndGet();
                        }
                    }));
                }
                for (var f : futures) {
                    f.get();
                }
            } finally {
                threads.shutdown();
            }

            assertThat(accepted).hasValue(VOTERS + REPEATS);
            assertThat(refused).hasValue(DIFFERENT);
            assertThat(ballots.count(budget)).isEqualTo(VOTERS);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT voter_id) FROM budget_ballot")
                            .query(Long.class)
                            .single())
                    .isEqualTo(VOTERS);
            // What is stored for each voter is the ballot they were told was accepted, items included.
            var stored = ballots.choicesOf(budget, voters);
            for (long v : voters) {
                assertThat(stored.get(v)).isEqualTo(new HashSet<>(choices.get(acceptedChoice.get(v))));
            }
            var results = Count.results(
                    budgets.ofInstance(instance).orElseThrow(), budgets.projects(budget), ballots.ballots(budget));
            assertThat(results.voters()).isEqualTo(VOTERS);
        }
    }
}
