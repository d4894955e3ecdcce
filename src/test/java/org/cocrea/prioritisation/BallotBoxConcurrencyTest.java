package org.cocrea.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * 2,000 voters cast dot ballots from 32 threads; 500 of them change their ballot, some while their first one
 * is still being stored. Exactly 2,000 ballots remain, each voter's last accepted one, and the totals are the
 * sums of those: none lost, none doubled, no mixture of two ballots.
 */
class BallotBoxConcurrencyTest {
    private static final int VOTERS = 2_000;
    private static final int EDITS = 500;
    private static final int THREADS = 32;

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void everyVoterEndsWithExactlyOneBallot(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(THREADS);
            var jdbc = JdbcClient.create(pool);
            var votes = new VoteRepository(jdbc);
            var ballots = new BallotRepository(jdbc);
            long instance = VoteRepositoryTest.toolInstance(jdbc);
            long vote = votes.create(instance, VoteRepositoryTest.DOTS);
            long a = votes.addOption(vote, "A", "");
            long b = votes.addOption(vote, "B", "");
            long c = votes.addOption(vote, "C", "");
            votes.setStatus(vote, VoteStatus.DRAFT, VoteStatus.OPEN);
            var box = new BallotBox(votes, ballots, new DataSourceTransactionManager(pool));
            var voters = VoteRepositoryTest.voters(jdbc, VOTERS);

            // First ballots: 6 A + 4 B. Edits: 2 B + 6 C. Either order is valid for a voter who does both at
            // once; the test checks that each voter ends with exactly one of the two, whole.
            Map<Long, Integer> first = Map.of(a, 6, b, 4);
            Map<Long, Integer> edit = Map.of(b, 2, c, 6);
            record Submission(long voter, Map<Long, Integer> marks) {}
            var submissions = new ArrayList<Submission>();
            voters.forEach(v -> submissions.add(new Submission(v, first)));
            voters.subList(0, EDITS).forEach(v -> submissions.add(new Submission(v, edit)));
            Collections.shuffle(submissions, new Random(42));

            var threads = Executors.newFixedThreadPool(THREADS);
            try {
                var futures = new ArrayList<Future<BallotBox.Cast>>();
                for (var s : submissions) {
                    futures.add(threads.submit(() -> box.cast(instance, s.voter(), s.marks())));
                }
                for (var f : futures) {
                    assertThat(f.get().refused()).isFalse();
                }
            } finally {
                threads.shutdown();
            }

            assertThat(ballots.count(vote)).isEqualTo(VOTERS);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT voter_id) FROM vote_ballot")
                            .query(Long.class)
                            .single())
                    .isEqualTo(VOTERS);
            var stored = ballots.ballots(vote);
            assertThat(stored).allMatch(m -> m.equals(first) || m.equals(edit));
            long edited = stored.stream().filter(edit::equals).count();
            assertThat(edited).isBetween(1L, (long) EDITS);
            // Voters who did not edit all hold the first ballot.
            var byVoter = new HashMap<Long, Map<Long, Integer>>();
            for (long v : voters.subList(EDITS, VOTERS)) {
                byVoter.put(v, ballots.mine(vote, v).orElseThrow());
            }
            assertThat(byVoter.values()).allMatch(first::equals);

            var results = Tally.count(BallotKind.DOTS, votes.options(vote), stored);
            long firsts = VOTERS - edited;
            var totals = new HashMap<String, Long>();
            results.rows().forEach(r -> totals.put(r.option().title(), r.total()));
            assertThat(results.ballots()).isEqualTo(VOTERS);
            assertThat(totals)
                    .containsEntry("A", 6 * firsts)
                    .containsEntry("B", 4 * firsts + 2 * edited)
                    .containsEntry("C", 6 * edited);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM vote_mark")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2L * VOTERS);
        }
    }
}
