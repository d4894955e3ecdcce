package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.VotingCodes;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Races on H2 and PostgreSQL: one code from 32 threads counts once; concurrent edits never double a ballot. */
class ChannelsConcurrencyTest {
    private static final int THREADS = 32;

    private record Setup(
            HikariDataSource pool, JdbcClient jdbc, BallotBox box, long instance, long budget, long a, long b) {}

    private static Setup setup(TestDatabase db) {
        var pool = new HikariDataSource();
        pool.setDataSource(db.dataSource());
        pool.setMaximumPoolSize(THREADS);
        var jdbc = JdbcClient.create(pool);
        var budgets = new BudgetRepository(jdbc);
        long instance = BudgetRepositoryTest.toolInstance(jdbc);
        long budget = budgets.create(instance, BudgetRepositoryTest.KNAPSACK);
        long a = budgets.addProject(budget, "A", "", 5_000_00L, null);
        long b = budgets.addProject(budget, "B", "", 6_000_00L, null);
        budgets.setStatus(budget, BallotStatus.DRAFT, BallotStatus.OPEN);
        var box = new BallotBox(
                budgets,
                new BallotRepository(jdbc),
                new CodeRepository(jdbc),
                new PaperLogRepository(jdbc),
                new org.cocrea.ballots.BallotBox(new DataSourceTransactionManager(pool)));
        return new Setup(pool, jdbc, box, instance, budget, a, b);
    }

    /**
     * Runs the tasks on {@value #THREADS} threads held at a start barrier until all are submitted, so that the first
     * {@value #THREADS} really start together instead of one after the other as the pool warms up.
     */
    private static <T> List<T> race(int tasks, java.util.function.IntFunction<Callable<T>> task) throws Exception {
        var threads = Executors.newFixedThreadPool(THREADS);
        var start = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < tasks; i++) {
                Callable<T> work = task.apply(i);
                futures.add(threads.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            threads.shutdown();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theSameCodeFrom32ThreadsMakesExactlyOneBallot(TestDatabase db) throws Exception {
        var s = setup(db);
        try (var pool = s.pool()) {
            long staff = BudgetRepositoryTest.voters(s.jdbc(), 1).get(0);
            String hash = VotingCodes.hash("KMNPQ23456");
            new CodeRepository(s.jdbc()).add(s.budget(), hash, staff);
            var accepted = new AtomicInteger();
            var problems = race(THREADS, i -> () -> {
                var problem = TestBudgets.refusal(
                        () -> s.box().castWithCode(s.instance(), hash, TestBudgets.choice(s.a()), null));
                if (problem.isEmpty()) {
                    accepted.incrementAndGet();
                }
                return problem;
            });
            assertThat(accepted).hasValue(1);
            assertThat(problems)
                    .filteredOn(java.util.Optional::isPresent)
                    .hasSize(THREADS - 1)
                    .allSatisfy(p -> assertThat(p.get().key()).isEqualTo("budget.code.used"));
            assertThat(s.jdbc()
                            .sql("SELECT COUNT(*) FROM budget_ballot")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void concurrentEditsKeepOneBallotPerVoter(TestDatabase db) throws Exception {
        var s = setup(db);
        try (var pool = s.pool()) {
            int voters = 40;
            int edits = 25;
            var people = BudgetRepositoryTest.voters(s.jdbc(), voters);
            var choices =
                    List.of(TestBudgets.choice(s.a()), TestBudgets.choice(s.b()), TestBudgets.choice(s.a(), s.b()));
            var problems = race(
                    voters * edits,
                    i -> () -> TestBudgets.refusal(
                            () -> s.box().cast(s.instance(), people.get(i % voters), null, choices.get(i % 3))));
            assertThat(problems).allSatisfy(p -> assertThat(p).isEmpty());
            assertThat(s.jdbc()
                            .sql("SELECT COUNT(*) FROM budget_ballot")
                            .query(Long.class)
                            .single())
                    .isEqualTo(voters);
            assertThat(s.jdbc()
                            .sql("SELECT COUNT(DISTINCT voter_id) FROM budget_ballot")
                            .query(Long.class)
                            .single())
                    .isEqualTo(voters);
            // Every ballot is one of the submitted choices, whole: no items of two edits mixed.
            var stored = new BallotRepository(s.jdbc()).ballots(s.budget());
            assertThat(stored)
                    .hasSize(voters)
                    .allSatisfy(b -> assertThat(choices).contains(b));
        }
    }
}
