package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.cocrea.ballots.BallotBox;
import org.cocrea.ballots.BallotRace;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * 2,000 voters cast dot ballots through the ballot tools' box in {@link BallotRace}: 32 threads released together
 * by a start barrier; 500 of them then change their ballot. Exactly 2,000 ballots remain and each voter holds their last one, checked
 * voter by voter, whole; the totals are the sums of those: none lost, none doubled, no mixture of two ballots.
 */
class BallotBoxConcurrencyTest {
    private static final int VOTERS = 2_000;
    private static final int EDITS = 500;
    private static final int THREADS = 32;

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void eachVoterEndsWithTheirLastBallot(TestDatabase db) throws Exception {
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
            votes.setStatus(vote, BallotStatus.DRAFT, BallotStatus.OPEN);
            var box = new BallotBox(new DataSourceTransactionManager(pool));
            var voters = VoteRepositoryTest.voters(jdbc, VOTERS);

            // First ballots: 6 A + 4 B. Edits: 2 B + 6 C, cast by the first 500 voters after their first ballot.
            Map<Long, Integer> first = Map.of(a, 6, b, 4);
            Map<Long, Integer> edit = Map.of(b, 2, c, 6);
            var editors = new HashSet<>(voters.subList(0, EDITS));
            var casts = BallotRace.run(
                    voters,
                    editors,
                    THREADS,
                    (voter, again) -> VoteBallots.cast(box, votes, ballots, instance, voter, again ? edit : first));
            for (long v : voters) {
                assertThat(casts.get(v)).isEqualTo(BallotRace.expected(editors, v));
            }

            assertThat(ballots.count(vote)).isEqualTo(VOTERS);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT voter_id) FROM vote_ballot")
                            .query(Long.class)
                            .single())
                    .isEqualTo(VOTERS);
            // Voter by voter: the last ballot each one cast, whole.
            for (long v : voters) {
                var expected = editors.contains(v) ? edit : first;
                assertThat(ballots.mine(vote, v))
                        .as("ballot of voter %d (%s)", v, editors.contains(v) ? "edited" : "not edited")
                        .contains(expected);
            }

            var stored = ballots.ballots(vote);
            var results = Tally.count(BallotKind.DOTS, votes.options(vote), stored);
            long edited = EDITS;
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
