package org.cocrea.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TalliesTest {

    @Test
    void bordaGivesPointsByPositionAndNothingToUnranked() {
        // 3 candidates: first 2 points, second 1, third 0.
        // 2x [0,1,2]: 0+4, 1+2. 1x [1,2,0]: 1+2, 2+1. 1x [2,1]: 2+2, 1+1.
        List<Ballot> ballots = List.of(Ballot.of(2, 0, 1, 2), Ballot.of(1, 1, 2, 0), Ballot.of(1, 2, 1));
        assertThat(Tallies.borda(3, ballots)).containsExactly(4, 5, 3);
    }

    @Test
    void instantRunoffTransfersVotesOfTheEliminated() {
        // 9 ballots: firsts 0:4, 1:3, 2:2, no majority; 2 goes and its votes go to 1, who has 5/9.
        List<Ballot> ballots = List.of(Ballot.of(4, 0), Ballot.of(3, 1, 2), Ballot.of(2, 2, 1));
        Tallies.RunoffResult result = Tallies.instantRunoff(3, ballots);
        assertThat(result.winner()).isEqualTo(1);
        assertThat(result.eliminated()).containsExactly(2);
    }

    @Test
    void instantRunoffWithAnOutrightMajorityEliminatesNobody() {
        Tallies.RunoffResult result = Tallies.instantRunoff(2, List.of(Ballot.of(3, 1), Ballot.of(2, 0)));
        assertThat(result.winner()).isEqualTo(1);
        assertThat(result.eliminated()).isEmpty();
    }

    @Test
    void instantRunoffTieForLastEliminatesTheLaterCandidate() {
        // firsts 0:2, 1:1, 2:1; 2 goes first (later in order), its vote moves to 0 -> majority.
        List<Ballot> ballots = List.of(Ballot.of(2, 0), Ballot.of(1, 1), Ballot.of(1, 2, 0));
        Tallies.RunoffResult result = Tallies.instantRunoff(3, ballots);
        assertThat(result.eliminated()).containsExactly(2);
        assertThat(result.winner()).isEqualTo(0);
    }

    @Test
    void instantRunoffWithoutBallotsHasNoWinner() {
        assertThat(Tallies.instantRunoff(2, List.of()).winner()).isEqualTo(-1);
    }

    @Test
    void approvalAndScoreTallies() {
        Election e = Election.of(
                VoteType.SCORING,
                10,
                List.of(new Project("x", 1), new Project("y", 1)),
                List.of(
                        new Ballot(new int[] {0, 1}, new long[] {5, 2}, 2),
                        new Ballot(new int[] {1}, new long[] {4}, 1)));
        assertThat(Tallies.approvals(e)).containsExactly(2, 3);
        assertThat(Tallies.scores(e)).containsExactly(10, 8);
    }
}
