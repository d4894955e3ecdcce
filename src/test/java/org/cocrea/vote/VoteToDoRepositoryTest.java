package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Voters;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The personal home's open votes not voted in, on H2 and PostgreSQL: open and not past closing, gone once voted. */
class VoteToDoRepositoryTest {

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anOpenVoteWaitsUntilThePersonVotes(TestDatabase db) {
        var jdbc = db.jdbc();
        var toDo = new VoteToDo(); // its query only: who may vote is VotersTest's
        var votes = new VoteRepository(jdbc);
        long instance = VoteRepositoryTest.toolInstance(jdbc);
        long voter = VoteRepositoryTest.voters(jdbc, 1).get(0);
        var now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var r = VoteRepositoryTest.RANKED;
        long vote = votes.create(
                instance,
                new VoteRepository.Settings(
                        r.question(),
                        r.kind(),
                        r.maxApprovals(),
                        r.points(),
                        r.pointCap(),
                        r.eligibility(),
                        r.named(),
                        r.hideResults(),
                        null,
                        now.plusDays(1),
                        r.facilitatorsVote()));
        assertThat(toDo.unvoted(jdbc, voter, now)).as("a draft").isEmpty();

        votes.setStatus(vote, BallotStatus.DRAFT, BallotStatus.OPEN);
        assertThat(toDo.unvoted(jdbc, voter, now))
                .extracting(Voters.Unvoted::toolInstanceId)
                .containsExactly(instance);
        assertThat(toDo.unvoted(jdbc, voter, now).get(0).closesAt())
                .isEqualTo(now.plusDays(1).toInstant());
        assertThat(toDo.unvoted(jdbc, voter, now.plusDays(2)))
                .as("past its closing date")
                .isEmpty();

        jdbc.sql("""
                        INSERT INTO vote_ballot (vote_id, voter_id, random_key, cast_at, changed_at)
                        VALUES (:v, :p, 7, :now, :now)
                        """).param("v", vote).param("p", voter).param("now", now).update();
        assertThat(toDo.unvoted(jdbc, voter, now)).as("voted").isEmpty();
    }
}
