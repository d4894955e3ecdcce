package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cocrea.ballots.BallotBox;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.platform.Refused;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

class VoteRepositoryTest {
    static final VoteRepository.Settings RANKED = new VoteRepository.Settings(
            "Which first?", BallotKind.RANKED, null, null, null, Eligibility.MEMBERS, false, true, null, null, true);
    static final VoteRepository.Settings DOTS = new VoteRepository.Settings(
            "Share 10 points", BallotKind.DOTS, null, 10, 6, Eligibility.REGISTERED, true, false, null, null, true);

    /** An organisation, an initiative and a vote tool instance; returns the instance id. */
    static long toolInstance(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'environment-and-parks', 'collective', 'open',
                    :now, :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-commissioning', 'vote', :now)
                """).param("now", now).update();
        return jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single();
    }

    /** Voters {@code voter-0..voter-(n-1)}, one statement per thousand. */
    static List<Long> voters(JdbcClient jdbc, int n) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int start = 0; start < n; start += 1000) {
            var sql = new StringBuilder(
                    "INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at) VALUES ");
            for (int i = start; i < Math.min(n, start + 1000); i++) {
                sql.append(i == start ? "" : ", ")
                        .append("('voter-")
                        .append(i)
                        .append("@example.org', 'Voter ")
                        .append(i)
                        .append("', 'it', 'citizen', :now, :now)");
            }
            jdbc.sql(sql.toString()).param("now", now).update();
        }
        return jdbc.sql("SELECT id FROM app_user WHERE email LIKE 'voter-%' ORDER BY id")
                .query(Long.class)
                .list();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void votesOptionsAndBallotsRoundTrip(TestDatabase db) {
        var votes = new VoteRepository(db.jdbc());
        var ballots = new BallotRepository(db.jdbc());
        long instance = toolInstance(db.jdbc());
        long vote = votes.create(instance, DOTS);
        long parks = votes.addOption(vote, "Parks", "More trees");
        long lanes = votes.addOption(vote, "Lanes", "");
        var voters = voters(db.jdbc(), 3);

        assertThat(ballots.castOrReplace(vote, voters.get(0), Map.of(parks, 6, lanes, 4)))
                .isFalse();
        ballots.castOrReplace(vote, voters.get(1), Map.of(lanes, 10));

        var stored = votes.ofInstance(instance).orElseThrow();
        assertThat(stored.kind()).isEqualTo(BallotKind.DOTS);
        assertThat(stored.points()).isEqualTo(10);
        assertThat(stored.pointCap()).isEqualTo(6);
        assertThat(stored.eligibility()).isEqualTo(Eligibility.REGISTERED);
        assertThat(stored.named()).isTrue();
        assertThat(stored.hideResults()).isFalse();
        assertThat(stored.status()).isEqualTo(BallotStatus.DRAFT);
        assertThat(votes.options(vote)).extracting(VoteOption::position).containsExactly(1, 2);
        assertThat(ballots.ballots(vote)).containsExactlyInAnyOrder(Map.of(parks, 6, lanes, 4), Map.of(lanes, 10));
        assertThat(ballots.mine(vote, voters.get(0))).contains(Map.of(parks, 6, lanes, 4));
        assertThat(ballots.mine(vote, voters.get(2))).isEmpty();
        assertThat(ballots.named(vote))
                .extracting(BallotRepository.Named::voterId)
                .containsExactly(voters.get(0), voters.get(1));
        assertThat(votes.setStatus(vote, BallotStatus.DRAFT, BallotStatus.OPEN)).isTrue();
        assertThat(votes.setStatus(vote, BallotStatus.DRAFT, BallotStatus.OPEN)).isFalse();
        assertThat(votes.removeOption(vote, parks)).isTrue();
        assertThat(votes.options(vote)).extracting(VoteOption::title).containsExactly("Lanes");
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aChangedBallotReplacesTheFirstWholeAndIsCountedOnce(TestDatabase db) {
        var votes = new VoteRepository(db.jdbc());
        var ballots = new BallotRepository(db.jdbc());
        long instance = toolInstance(db.jdbc());
        long vote = votes.create(instance, RANKED);
        long a = votes.addOption(vote, "A", "");
        long b = votes.addOption(vote, "B", "");
        long c = votes.addOption(vote, "C", "");
        long voter = voters(db.jdbc(), 1).get(0);
        votes.setStatus(vote, BallotStatus.DRAFT, BallotStatus.OPEN);
        var box = new BallotBox(new DataSourceTransactionManager(db.dataSource()));

        assertThat(VoteBallots.cast(box, votes, ballots, instance, voter, Map.of(a, 1, b, 2, c, 3)))
                .isEqualTo(BallotBox.Cast.FIRST);
        assertThat(VoteBallots.cast(box, votes, ballots, instance, voter, Map.of(c, 1)))
                .isEqualTo(BallotBox.Cast.REPLACED);
        // The same ballot again (a retried request; rank 2 alone is rank 1) answers success and stores nothing.
        var row = "SELECT CONCAT(id, '/', changed_at) FROM vote_ballot";
        String before = db.jdbc().sql(row).query(String.class).single();
        assertThat(VoteBallots.cast(box, votes, ballots, instance, voter, Map.of(c, 2)))
                .isEqualTo(BallotBox.Cast.UNCHANGED);
        assertThat(db.jdbc().sql(row).query(String.class).single()).isEqualTo(before);

        assertThat(ballots.count(vote)).isEqualTo(1);
        assertThat(ballots.ballots(vote)).containsExactly(Map.of(c, 1));
        assertThat(db.jdbc()
                        .sql("SELECT COUNT(*) FROM vote_mark")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // A refused change leaves the earlier ballot as it was.
        assertThatThrownBy(() -> VoteBallots.cast(box, votes, ballots, instance, voter, Map.of(a, 1, b, 1)))
                .isInstanceOf(Refused.class)
                .hasMessage("vote.ballot.duplicateRank");
        assertThat(ballots.ballots(vote)).containsExactly(Map.of(c, 1));
        // After the close nothing changes.
        votes.setStatus(vote, BallotStatus.OPEN, BallotStatus.CLOSED);
        assertThatThrownBy(() -> VoteBallots.cast(box, votes, ballots, instance, voter, Map.of(a, 1)))
                .isInstanceOf(Refused.class)
                .hasMessage("vote.ballot.closed");
        assertThat(ballots.ballots(vote)).containsExactly(Map.of(c, 1));
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theDatabaseRefusesASecondBallotRowForeignOptionsAndBadSettings(TestDatabase db) {
        var jdbc = db.jdbc();
        var votes = new VoteRepository(jdbc);
        var ballots = new BallotRepository(jdbc);
        long instance = toolInstance(jdbc);
        long vote = votes.create(instance, RANKED);
        long a = votes.addOption(vote, "A", "");
        long voter = voters(jdbc, 1).get(0);
        ballots.castOrReplace(vote, voter, Map.of(a, 1));
        var now = OffsetDateTime.now(ZoneOffset.UTC);

        // The UNIQUE (vote_id, voter_id) constraint, whatever the application does.
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO vote_ballot (vote_id, voter_id, random_key, cast_at, changed_at)
                        VALUES (:v, :p, 1, :now, :now)
                        """)
                        .param("v", vote)
                        .param("p", voter)
                        .param("now", now)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(ballots.count(vote)).isEqualTo(1);
        // One vote per instance; dots need points; a mark cannot name another vote's option.
        assertThatThrownBy(() -> votes.create(instance, RANKED)).isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("""
                        INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                        VALUES ((SELECT MIN(id) FROM initiative), 'co-assessment', 'vote', :now)
                        """).param("now", now).update();
        long other =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        var badDots = new VoteRepository.Settings(
                "Q", BallotKind.DOTS, null, 5, 6, Eligibility.MEMBERS, false, false, null, null, true);
        assertThatThrownBy(() -> votes.create(other, badDots)).isInstanceOf(DataIntegrityViolationException.class);
        long otherVote = votes.create(other, RANKED);
        long foreign = votes.addOption(otherVote, "Foreign", "");
        assertThatThrownBy(() -> ballots.castOrReplace(vote, voter, Map.of(foreign, 1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
