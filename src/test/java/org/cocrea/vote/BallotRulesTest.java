package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;

class BallotRulesTest {
    static final List<VoteOption> OPTIONS = List.of(
            new VoteOption(1, 9, 1, "A", ""), new VoteOption(2, 9, 2, "B", ""), new VoteOption(3, 9, 3, "C", ""));

    static Vote vote(BallotKind kind, Integer k, Integer points, Integer cap) {
        return new Vote(
                9,
                99,
                "Q?",
                kind,
                k,
                points,
                cap,
                Eligibility.MEMBERS,
                false,
                true,
                null,
                null,
                BallotStatus.OPEN,
                true);
    }

    static Optional<String> problem(Vote vote, Map<Long, Integer> marks) {
        return BallotRules.validate(vote, OPTIONS, marks).map(Refused.Problem::key);
    }

    static Map<Long, Integer> marks(long... pairs) {
        var m = new LinkedHashMap<Long, Integer>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], (int) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void approvalUpToK() {
        var vote = vote(BallotKind.APPROVAL, 2, null, null);
        assertThat(problem(vote, marks(1, 1, 2, 1))).isEmpty();
        assertThat(problem(vote, marks(1, 1, 2, 1, 3, 1))).contains("vote.ballot.tooMany");
        assertThat(problem(vote, marks())).contains("vote.ballot.empty");
        assertThat(problem(vote, marks(4, 1))).contains("vote.ballot.unknown");
        assertThat(problem(vote(BallotKind.APPROVAL, null, null, null), marks(1, 1, 2, 1, 3, 1)))
                .isEmpty();
    }

    @Test
    void rankingsNeedDistinctRanksWithinRange() {
        var vote = vote(BallotKind.RANKED, null, null, null);
        assertThat(problem(vote, marks(1, 1, 3, 2))).isEmpty();
        assertThat(problem(vote, marks(1, 1, 2, 1))).contains("vote.ballot.duplicateRank");
        assertThat(problem(vote, marks(1, 4))).contains("vote.ballot.rankRange");
        assertThat(problem(vote, marks(1, 0))).contains("vote.ballot.rankRange");
        assertThat(problem(vote, marks())).contains("vote.ballot.empty");
        // Gaps are closed when stored: "1 and 3" means first and second.
        assertThat(BallotRules.normalise(BallotKind.RANKED, marks(3, 3, 1, 1)))
                .containsExactly(Map.entry(1L, 1), Map.entry(3L, 2));
    }

    @Test
    void scoresFromZeroToFiveForEveryOption() {
        var vote = vote(BallotKind.SCORE, null, null, null);
        assertThat(problem(vote, marks(1, 0, 2, 5, 3, 3))).isEmpty();
        assertThat(problem(vote, marks(1, 6, 2, 5, 3, 3))).contains("vote.ballot.scoreRange");
        assertThat(problem(vote, marks(1, -1, 2, 5, 3, 3))).contains("vote.ballot.scoreRange");
        assertThat(problem(vote, marks(1, 1, 2, 5))).contains("vote.ballot.scoreAll");
    }

    @Test
    void dotsWithinThePointsAndTheCap() {
        var vote = vote(BallotKind.DOTS, null, 10, 6);
        assertThat(problem(vote, marks(1, 6, 2, 4))).isEmpty();
        assertThat(problem(vote, marks(1, 6, 2, 5))).contains("vote.ballot.overPoints");
        assertThat(problem(vote, marks(1, 7))).contains("vote.ballot.overCap");
        assertThat(problem(vote, marks(1, -1, 2, 4))).contains("vote.ballot.negative");
        assertThat(problem(vote, marks(1, 0))).contains("vote.ballot.empty");
        assertThat(BallotRules.normalise(BallotKind.DOTS, marks(1, 0, 2, 4))).containsExactly(Map.entry(2L, 4));
    }

    @Test
    void parsingRefusesNonNumbersAndOptionsGivenTwice() {
        var ranked = BallotRules.parse(
                BallotKind.RANKED, Map.of("mark-1", new String[] {"1"}, "mark-2", new String[] {" "}));
        assertThat(ranked.problem()).isNull();
        assertThat(ranked.marks()).containsExactly(Map.entry(1L, 1));
        assertThat(BallotRules.parse(BallotKind.RANKED, Map.of("mark-1", new String[] {"first"}))
                        .problem()
                        .key())
                .isEqualTo("vote.ballot.number");
        assertThat(BallotRules.parse(BallotKind.SCORE, Map.of("mark-1", new String[] {"1", "2"}))
                        .problem()
                        .key())
                .isEqualTo("vote.ballot.unknown");
        assertThat(BallotRules.parse(BallotKind.DOTS, Map.of("mark-x", new String[] {"1"}))
                        .problem()
                        .key())
                .isEqualTo("vote.ballot.unknown");
        var approval = BallotRules.parse(
                BallotKind.APPROVAL, Map.of("options", new String[] {"1", "3"}, "mark-2", new String[] {"5"}));
        assertThat(approval.marks()).containsOnlyKeys(1L, 3L);
        assertThat(BallotRules.parse(BallotKind.APPROVAL, Map.of("options", new String[] {"1", "1"}))
                        .problem()
                        .key())
                .isEqualTo("vote.ballot.unknown");
    }
}
