package org.cocrea.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
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
 * 200 people each try to support all 20 proposals of an instance (limit 10 per person), some twice, from 32
 * threads: exactly 2,000 supports are kept, 10 per person, none doubled, and every counter matches the rows.
 */
class SupportsConcurrencyTest {
    private static final int PEOPLE = 200;
    private static final int IDEAS = 20;
    private static final int LIMIT = 10;
    private static final int THREADS = 32;

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void thePerPersonLimitAndOneSupportPerProposalHoldUnderRaces(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(THREADS);
            var jdbc = JdbcClient.create(pool);
            var ideas = new IdeaRepository(jdbc);
            var supports = new Supports(jdbc, new DataSourceTransactionManager(pool));
            long instance = IdeaRepositoryTest.toolInstance(jdbc);
            var people = IdeaRepositoryTest.people(jdbc, PEOPLE);
            var ids = new ArrayList<Long>();
            for (int i = 0; i < IDEAS; i++) {
                ids.add(ideas.insert(instance, people.get(0), IdeaRepositoryTest.draft("Idea " + i, null)));
            }
            // Every person tries every proposal; the first 50 people try each of theirs twice.
            var attempts = new ArrayList<long[]>();
            for (int p = 0; p < PEOPLE; p++) {
                for (long idea : ids) {
                    attempts.add(new long[] {people.get(p), idea});
                    if (p < 50) {
                        attempts.add(new long[] {people.get(p), idea});
                    }
                }
            }
            Collections.shuffle(attempts, new Random(7));
            var accepted = new AtomicInteger();
            var overLimit = new AtomicInteger();
            var again = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                var futures = new ArrayList<Future<?>>();
                for (long[] a : attempts) {
                    futures.add(threads.submit(() -> {
                        var refused = supports.support(instance, a[1], a[0], LIMIT);
                        if (refused.isEmpty()) {
                            accepted.incrementAndGet();
                        } else if (refused.get().equals(Supports.LIMIT)) {
                            overLimit.incrementAndGet();
                        } else {
                            assertThat(refused.get()).isEqualTo(Supports.AGAIN);
                            again.incrementAndGet();
                        }
                    }));
                }
                for (var f : futures) {
                    f.get();
                }
            } finally {
                threads.shutdown();
            }

            assertThat(accepted).hasValue(PEOPLE * LIMIT);
            assertThat(accepted.get() + overLimit.get() + again.get()).isEqualTo(attempts.size());
            assertThat(count(jdbc, "SELECT COUNT(*) FROM idea_support")).isEqualTo(PEOPLE * LIMIT);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM (SELECT DISTINCT idea_id, person_id FROM idea_support) d"))
                    .isEqualTo(PEOPLE * LIMIT);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM idea_support GROUP BY person_id")
                            .query(Long.class)
                            .list())
                    .hasSize(PEOPLE)
                    .containsOnly((long) LIMIT);
            assertThat(jdbc.sql("SELECT used FROM idea_support_quota")
                            .query(Integer.class)
                            .list())
                    .hasSize(PEOPLE)
                    .containsOnly(LIMIT);
            long perIdea = ids.stream()
                    .mapToLong(id -> ideas.find(id).orElseThrow().supports())
                    .sum();
            assertThat(perIdea).isEqualTo(PEOPLE * LIMIT);

            // Withdrawing frees a place, exactly one.
            long person = people.get(0);
            long supported = jdbc.sql("SELECT MIN(idea_id) FROM idea_support WHERE person_id = :p")
                    .param("p", person)
                    .query(Long.class)
                    .single();
            long other = ids.stream()
                    .filter(id -> count(
                                    jdbc,
                                    "SELECT COUNT(*) FROM idea_support WHERE idea_id = " + id + " AND person_id = "
                                            + person)
                            == 0)
                    .findFirst()
                    .orElseThrow();
            assertThat(supports.withdraw(instance, supported, person)).isTrue();
            assertThat(supports.withdraw(instance, supported, person)).isFalse();
            assertThat(supports.support(instance, other, person, LIMIT)).isEmpty();
            assertThat(supports.support(instance, supported, person, LIMIT)).contains(Supports.LIMIT);
            assertThat(count(jdbc, "SELECT used FROM idea_support_quota WHERE person_id = " + person))
                    .isEqualTo(LIMIT);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
