package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cocrea.voting.Tallies;
import org.junit.jupiter.api.Test;

/** Hand-counted examples; the comments show the arithmetic. */
class TallyTest {
    static final VoteOption A = new VoteOption(11, 1, 1, "A", "");
    static final VoteOption B = new VoteOption(12, 1, 2, "B", "");
    static final VoteOption C = new VoteOption(13, 1, 3, "C", "");
    static final VoteOption D = new VoteOption(14, 1, 4, "D", "");

    /** A ballot from option/value pairs. */
    static Map<Long, Integer> ballot(Object... pairs) {
        var marks = new HashMap<Long, Integer>();
        for (int i = 0; i < pairs.length; i += 2) {
            marks.put(((VoteOption) pairs[i]).id(), (Integer) pairs[i + 1]);
        }
        return marks;
    }

    static List<Map<Long, Integer>> times(int n, Map<Long, Integer> ballot) {
        return java.util.Collections.nCopies(n, ballot);
    }

    static List<String> order(Results r) {
        return r.rows().stream().map(row -> row.option().title()).toList();
    }

    @Test
    void rankedBallotsGetBordaPointsAndInstantRunoffRounds() {
        var ballots = new ArrayList<Map<Long, Integer>>();
        ballots.addAll(times(3, ballot(A, 1, B, 2, C, 3)));
        ballots.addAll(times(2, ballot(B, 1, C, 2, A, 3)));
        ballots.addAll(times(2, ballot(C, 1, B, 2)));
        ballots.add(ballot(D, 1));
        var r = Tally.count(BallotKind.RANKED, List.of(A, B, C, D), ballots);

        // Four options: 1st 3 points, 2nd 2, 3rd 1.
        // A: 3x3 + 2x1 = 11. B: 3x2 + 2x3 + 2x2 = 16. C: 3x1 + 2x2 + 2x3 = 13. D: 1x3 = 3.
        assertThat(order(r)).containsExactly("B", "C", "A", "D");
        assertThat(r.rows()).extracting(Results.Row::total).containsExactly(16L, 13L, 11L, 3L);
        assertThat(r.rows()).extracting(Results.Row::rank).containsExactly(1, 2, 3, 4);

        // Round 1: A3 B2 C2 D1 of 8, no majority, D out. Round 2: D's ballot is exhausted, A3 B2 C2 of 7;
        // B and C tie for last and C, later in the vote, goes. Round 3: C's two ballots go to B: A3 B4 of 7.
        assertThat(r.rounds()).hasSize(3);
        assertThat(r.rounds().get(0).firsts()).containsExactly(3L, 2L, 2L, 1L);
        assertThat(r.rounds().get(0).active()).isEqualTo(8);
        assertThat(r.rounds().get(0).eliminated()).isEqualTo(D);
        assertThat(r.rounds().get(1).firsts()).containsExactly(3L, 2L, 2L, null);
        assertThat(r.rounds().get(1).active()).isEqualTo(7);
        assertThat(r.rounds().get(1).eliminated()).isEqualTo(C);
        assertThat(r.rounds().get(2).firsts()).containsExactly(3L, 4L, null, null);
        assertThat(r.rounds().get(2).eliminated()).isNull();
        assertThat(r.winner()).isEqualTo(B);
        assertThat(r.ballots()).isEqualTo(8);
    }

    @Test
    void equalTotalsShareARankAndKeepTheVotesOrder() {
        // A: 2 approvals, B: 2, C: 1. A and B tie for first; C is third, not second.
        var r = Tally.count(
                BallotKind.APPROVAL, List.of(A, B, C), List.of(ballot(A, 1, B, 1), ballot(B, 1, C, 1), ballot(A, 1)));
        assertThat(order(r)).containsExactly("A", "B", "C");
        assertThat(r.rows()).extracting(Results.Row::total).containsExactly(2L, 2L, 1L);
        assertThat(r.rows()).extracting(Results.Row::rank).containsExactly(1, 1, 3);
        assertThat(r.rounds()).isEmpty();
        assertThat(r.winner()).isNull();
    }

    @Test
    void tiedBordaTotalsTooAndTheLaterOptionLosesTheRunoffTie() {
        // B first once, A first once: Borda A 1, B 1 (two options: 1 point for first). IRV: 1 each of 2, no
        // majority; the tie for last eliminates B (later), and A wins with 1 of 1.
        var r = Tally.count(BallotKind.RANKED, List.of(A, B), List.of(ballot(B, 1), ballot(A, 1)));
        assertThat(r.rows()).extracting(Results.Row::rank).containsExactly(1, 1);
        assertThat(order(r)).containsExactly("A", "B");
        assertThat(r.rounds().get(0).eliminated()).isEqualTo(B);
        assertThat(r.winner()).isEqualTo(A);
    }

    @Test
    void scoresAreSummedAndAveragedOverBallots() {
        // A: 5 + 1 = 6 (3.00), B: 3 + 3 = 6 (3.00), C: 0 + 4 = 4 (2.00).
        var r = Tally.count(
                BallotKind.SCORE, List.of(A, B, C), List.of(ballot(A, 5, B, 3, C, 0), ballot(A, 1, B, 3, C, 4)));
        assertThat(order(r)).containsExactly("A", "B", "C");
        assertThat(r.rows()).extracting(Results.Row::total).containsExactly(6L, 6L, 4L);
        assertThat(r.rows())
                .extracting(Results.Row::average)
                .containsExactly(
                        new java.math.BigDecimal("3.00"),
                        new java.math.BigDecimal("3.00"),
                        new java.math.BigDecimal("2.00"));
        assertThat(r.rows()).extracting(Results.Row::rank).containsExactly(1, 1, 3);
    }

    @Test
    void dotsAreSummed() {
        // A: 6, B: 4, C: 10.
        var r = Tally.count(BallotKind.DOTS, List.of(A, B, C), List.of(ballot(A, 6, B, 4), ballot(C, 10)));
        assertThat(order(r)).containsExactly("C", "A", "B");
        assertThat(r.rows()).extracting(Results.Row::total).containsExactly(10L, 6L, 4L);
        assertThat(r.rows()).extracting(Results.Row::average).containsOnlyNulls();
    }

    @Test
    void noBallotsMeansZeroesAndNoWinner() {
        var r = Tally.count(BallotKind.RANKED, List.of(A, B), List.of());
        assertThat(r.rows()).extracting(Results.Row::total).containsExactly(0L, 0L);
        assertThat(r.winner()).isNull();
        assertThat(r.rounds()).hasSize(1);
        assertThat(r.chart().bars()).extracting(Chart.Bar::barWidth).containsExactly(0, 0);
    }

    @Test
    void runoffRoundsAgreeWithTheEngineOnRandomRankings() {
        var random = new Random(7);
        var options = List.of(A, B, C, D);
        for (int trial = 0; trial < 200; trial++) {
            var ballots = new ArrayList<Map<Long, Integer>>();
            for (int v = 0; v < 1 + random.nextInt(30); v++) {
                var shuffled = new ArrayList<>(options);
                java.util.Collections.shuffle(shuffled, random);
                var marks = new HashMap<Long, Integer>();
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    marks.put(shuffled.get(k).id(), k + 1);
                }
                ballots.add(marks);
            }
            var r = Tally.count(BallotKind.RANKED, options, ballots);
            var index = Map.of(A.id(), 0, B.id(), 1, C.id(), 2, D.id(), 3);
            var engine = Tallies.instantRunoff(4, Tally.rankings(index, ballots));
            assertThat(r.winner()).isEqualTo(options.get(engine.winner()));
            var last = r.rounds().get(r.rounds().size() - 1);
            long winnerVotes = last.firsts().get(engine.winner());
            long stillIn = last.firsts().stream().filter(f -> f != null).count();
            assertThat(2 * winnerVotes > last.active() || stillIn == 1).isTrue();
            // Every round's first preferences add up to the ballots still counting.
            for (var round : r.rounds()) {
                assertThat(round.firsts().stream()
                                .filter(f -> f != null)
                                .mapToLong(Long::longValue)
                                .sum())
                        .isEqualTo(round.active());
            }
            assertThat(Arrays.stream(Tallies.borda(4, Tally.rankings(index, ballots)))
                            .sum())
                    .isEqualTo(r.rows().stream().mapToLong(Results.Row::total).sum());
        }
    }

    @Test
    void theChartScalesBarsToTheLargestTotalAndShortensLongLabels() {
        var longOption =
                new VoteOption(15, 1, 5, "An option with a very long title indeed, longer than a line of a phone", "");
        var r = Tally.count(BallotKind.DOTS, List.of(A, longOption), List.of(ballot(A, 2), ballot(A, 2)));
        var chart = r.chart();
        assertThat(chart.bars()).extracting(Chart.Bar::barWidth).containsExactly(Chart.BAR_SPACE, 0);
        assertThat(chart.bars().get(1).label()).hasSize(Chart.LABEL_CHARS).endsWith("…");
        assertThat(chart.height()).isEqualTo(2 * Chart.ROW + 16);
    }
}
