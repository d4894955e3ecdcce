package org.cocrea.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Small elections whose outcomes were worked out by hand (the comments show the arithmetic). */
class RulesTest {

    private static List<Project> projects(long... costs) {
        return java.util.stream.IntStream.range(0, costs.length)
                .mapToObj(i -> new Project(String.valueOf((char) ('A' + i)), costs[i]))
                .toList();
    }

    // Budget 100. Scores: A 3, B 2, C 2, D 1; costs 50, 60, 30, 20. B and C tie, B comes first.
    private static Election greedyElection(Optional<BigDecimal> threshold) {
        return new Election(
                "greedy",
                VoteType.APPROVAL,
                100,
                0,
                projects(50, 60, 30, 20),
                List.of(Ballot.of(1, 0, 1, 2), Ballot.of(1, 0, 1, 2), Ballot.of(1, 0, 3)),
                threshold);
    }

    @Test
    void greedySkipsWhatNoLongerFits() {
        // A (50 left), B 60 does not fit, C (20 left), D (0 left).
        Election e = greedyElection(Optional.empty());
        Outcome outcome = Rule.GREEDY.select(e);
        assertThat(outcome.selectedIds(e)).containsExactly("A", "C", "D");
        assertThat(outcome.totalCost()).isEqualTo(100);
    }

    @Test
    void greedyNoSkipStopsAtTheFirstMisfit() {
        Election e = greedyElection(Optional.empty());
        assertThat(Rule.GREEDY_NO_SKIP.select(e).selectedIds(e)).containsExactly("A");
    }

    @Test
    void greedyThresholdDropsLowScores() {
        Election e = greedyElection(Optional.of(BigDecimal.valueOf(2)));
        assertThat(Rule.GREEDY_THRESHOLD.select(e).selectedIds(e)).containsExactly("A", "C");
    }

    @Test
    void greedyBreaksTiesByElectionOrder() {
        // B and C both score 1 and both fit; B is listed first. A (no votes) no longer fits.
        Election e = Election.of(VoteType.APPROVAL, 20, projects(10, 10, 10), List.of(Ballot.of(1, 2, 1)));
        assertThat(Rule.GREEDY.select(e).selectedIds(e)).containsExactly("B", "C");
    }

    @Test
    void cumulativeGreedyUsesPointSums() {
        // A gets 1+1 = 2 points from two voters, B gets 3 from one: B first, then A does not fit.
        Election e = Election.of(
                VoteType.CUMULATIVE,
                10,
                projects(6, 5),
                List.of(new Ballot(new int[] {0}, new long[] {1}, 2), new Ballot(new int[] {1}, new long[] {3}, 1)));
        assertThat(Tallies.scores(e)).containsExactly(2, 3);
        assertThat(Rule.GREEDY.select(e).selectedIds(e)).containsExactly("B");
    }

    // Four voters, budget 100 (25 each). A costs 60 (v1,v2,v3), B 40 (v4), C 30 (v1,v4).
    private static Election mesElection() {
        return Election.of(
                VoteType.APPROVAL,
                100,
                projects(60, 40, 30),
                List.of(Ballot.of(1, 0, 2), Ballot.of(2, 0), Ballot.of(1, 1, 2)));
    }

    @Test
    void mesPicksTheLowestPricePerUnitAndCapsPoorVoters() {
        // Round 1: A q=20 (ratio 1/3), C q=15 (1/2), B unaffordable (25 < 40) -> A; v1..v3 keep 5.
        // Round 2: C: v1 pays all 5, v4 pays 25 -> q=25; B unaffordable. Then nobody can pay B.
        Election e = mesElection();
        Outcome outcome = Rule.MES.select(e);
        assertThat(outcome.selectedIds(e)).containsExactly("A", "C");
        assertThat(outcome.totalCost()).isEqualTo(90);
        assertThat(outcome.payments().perBallot()).containsExactly(Rational.of(25), Rational.of(20), Rational.of(25));
    }

    @Test
    void mesAdd1RaisesSharesUntilTheBudgetWouldBeExceeded() {
        // Four voters, budget 100. A costs 80 (everyone), B 20 (v1 only).
        // Share 25: A at 20 each, v1 keeps 5 < 20: {A}. Shares up to 39 change nothing;
        // at 40, v1 keeps 20 and buys B: {A, B} costs 100, within budget, and funds everything.
        Election e =
                Election.of(VoteType.APPROVAL, 100, projects(80, 20), List.of(Ballot.of(1, 0, 1), Ballot.of(3, 0)));
        assertThat(Rule.MES.select(e).selectedIds(e)).containsExactly("A");
        Outcome add1 = Rule.MES_ADD1.select(e);
        assertThat(add1.selectedIds(e)).containsExactly("A", "B");
        assertThat(add1.payments().perBallot()).containsExactly(Rational.of(40), Rational.of(20));
    }

    @Test
    void mesAdd1KeepsTheLastOutcomeWithinBudget() {
        // Shares 25..54 select {A, C} (90); B becomes affordable only after A and C, which would
        // cost 130 > 100, so add1 keeps {A, C}.
        Election e = mesElection();
        assertThat(Rule.MES_ADD1.select(e).selectedIds(e)).containsExactly("A", "C");
    }

    @Test
    void comparisonTakesGreedyWhenMoreVotersPreferIt() {
        // Budget 100, three voters. X costs 100 (v1, v2); Y and Z cost 50 (v3).
        // add1 funds nothing until share 50, where {X, Y} costs 150: outcome empty.
        // Greedy funds X: v1 and v2 prefer it, nobody prefers the empty outcome.
        Election e = Election.of(
                VoteType.APPROVAL, 100, projects(100, 50, 50), List.of(Ballot.of(2, 0), Ballot.of(1, 1, 2)));
        assertThat(Rule.MES_ADD1.select(e).selected()).isEmpty();
        assertThat(Rule.MES_ADD1_COMPARISON.select(e).selectedIds(e)).containsExactly("A");
    }

    @Test
    void comparisonKeepsMesOtherwise() {
        Election e = mesElection();
        assertThat(Rule.MES_ADD1_COMPARISON.select(e).selectedIds(e)).containsExactly("A", "C");
    }

    @Test
    void mesSelectsApprovedFreeProjectsFirst() {
        Election e = Election.of(VoteType.APPROVAL, 10, projects(10, 0, 0), List.of(Ballot.of(1, 0, 1)));
        assertThat(Rule.MES.select(e).selectedIds(e)).containsExactly("B", "A");
    }

    @Test
    void phragmenBuysWhatApproversCanFirstAfford() {
        // Budget 100, voters v1..v3. A 60 (v1,v2): time 30; B 45 (v3): 45; C 20 (v1): 20.
        // C at 20 (load v1=20); then A at (60+20)/2 = 40 beats B at 45; then B no longer fits.
        Election e = Election.of(
                VoteType.APPROVAL,
                100,
                projects(60, 45, 20),
                List.of(Ballot.of(1, 0, 2), Ballot.of(1, 0), Ballot.of(1, 1)));
        assertThat(Rule.PHRAGMEN.select(e).selectedIds(e)).containsExactly("C", "A");
    }

    @Test
    void ordinalBallotsAreRejected() {
        Election e = Election.of(VoteType.ORDINAL, 10, projects(5), List.of(Ballot.of(1, 0)));
        assertThatThrownBy(() -> Rule.GREEDY.select(e)).isInstanceOf(UnsupportedElectionException.class);
    }

    @Test
    void proportionalRulesRejectPoints() {
        Election e = Election.of(
                VoteType.CUMULATIVE, 10, projects(5), List.of(new Ballot(new int[] {0}, new long[] {2}, 1)));
        assertThatThrownBy(() -> Rule.MES.select(e)).isInstanceOf(UnsupportedElectionException.class);
    }

    @Test
    void rulesHaveCommandLineAndPabulibNames() {
        assertThat(Rule.fromName("mes-add1")).contains(Rule.MES_ADD1);
        assertThat(Rule.fromPabulib("equalshares/add1-comparison")).contains(Rule.MES_ADD1_COMPARISON);
        assertThat(Rule.fromPabulib("greedy-custom")).isEmpty();
        assertThat(Rule.fromPabulib("unknown")).isEmpty();
    }
}
