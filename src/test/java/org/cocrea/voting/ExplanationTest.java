package org.cocrea.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.voting.Explanation.Kind;
import org.cocrea.voting.Explanation.Reason;
import org.cocrea.voting.pabulib.PabulibParser;
import org.junit.jupiter.api.Test;

/**
 * Why each project was or was not funded: small elections worked out by hand, then real Pabulib elections whose
 * reasons are checked against the rule's own outcome and an independent recount of the supporters' money.
 */
class ExplanationTest {

    static final Path DATA = Path.of("../shared/data/pabulib");

    private static List<Project> projects(long... costs) {
        return java.util.stream.IntStream.range(0, costs.length)
                .mapToObj(i -> new Project(String.valueOf((char) ('A' + i)), costs[i]))
                .toList();
    }

    @Test
    void equalSharesSaysAtWhichRoundTheSupportersMoneyFellShort() {
        // Four voters, budget 100, 25 each. A 60 (v1,v2,v3), B 40 (v4), C 30 (v1,v4), D 10 (nobody).
        // Round 1: B's only supporter holds 25 < 40 -> out, 15 missing. A bought (20 each), C bought next.
        Election e = Election.of(
                VoteType.APPROVAL,
                100,
                projects(60, 40, 30, 10),
                List.of(Ballot.of(1, 0, 2), Ballot.of(2, 0), Ballot.of(1, 1, 2)));
        Outcome outcome = Rule.MES.select(e);
        Explanation why = Explanation.of(e, outcome);
        assertThat(why.reasons()).hasSize(4);
        assertThat(why.reasons().get(0)).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.FUNDED);
            assertThat(r.round()).isEqualTo(1);
            assertThat(r.votes()).isEqualTo(3);
        });
        assertThat(why.reasons().get(2).kind()).isEqualTo(Kind.FUNDED);
        assertThat(why.reasons().get(2).round()).isEqualTo(2);
        Reason b = why.reasons().get(1);
        assertThat(b.kind()).isEqualTo(Kind.SUPPORTERS_SHORT);
        assertThat(b.round()).isEqualTo(1);
        assertThat(b.available()).isEqualTo(Rational.of(25));
        assertThat(b.missing()).isEqualTo(Rational.of(15));
        assertThat(why.reasons().get(3).kind()).isEqualTo(Kind.NO_SUPPORT);
        assertThat(why.greedyPreferred()).isFalse();
    }

    @Test
    void equalSharesLaterRoundAfterTheSupportersPaidForAnother() {
        // Two voters, budget 100, 50 each. A 60 (both), B 30 (v1 only).
        // Round 1: B's supporter holds 50 >= 30, A at 30 each is cheaper per unit (ratio 1/2 vs 1): A bought.
        // Round 2: v1 holds 20 < 30 -> B out at round 2, 10 missing.
        Election e =
                Election.of(VoteType.APPROVAL, 100, projects(60, 30), List.of(Ballot.of(1, 0, 1), Ballot.of(1, 0)));
        Outcome outcome = Rule.MES.select(e);
        assertThat(outcome.selectedIds(e)).containsExactly("A");
        Reason b = Explanation.of(e, outcome).reasons().get(1);
        assertThat(b.kind()).isEqualTo(Kind.SUPPORTERS_SHORT);
        assertThat(b.round()).isEqualTo(2);
        assertThat(b.available()).isEqualTo(Rational.of(20));
        assertThat(b.missing()).isEqualTo(Rational.of(10));
    }

    @Test
    void add1ExplainsFromTheShareItKept() {
        // Four voters, budget 100. A 80 (everyone), B 20 (v1), C 50 (v2). At share s, A costs 20 each; v1 buys B
        // from s = 40; v2 could buy C after A only from s = 70, where A, B and C cost 150 > 100. So add1 keeps
        // share 69: A, B; C was affordable at round 1 (69) but after paying for A v2 holds 49: out at round 2,
        // 1 missing.
        Election e = Election.of(
                VoteType.APPROVAL,
                100,
                projects(80, 20, 50),
                List.of(Ballot.of(1, 0, 1), Ballot.of(1, 0, 2), Ballot.of(2, 0)));
        Outcome outcome = Rule.MES_ADD1.select(e);
        assertThat(outcome.selectedIds(e)).containsExactly("A", "B");
        assertThat(outcome.share()).contains(Rational.of(69));
        Reason c = Explanation.of(e, outcome).reasons().get(2);
        assertThat(c.kind()).isEqualTo(Kind.SUPPORTERS_SHORT);
        assertThat(c.round()).isEqualTo(2);
        assertThat(c.available()).isEqualTo(Rational.of(49));
        assertThat(c.missing()).isEqualTo(Rational.of(1));
    }

    @Test
    void greedySaysWhatTheProjectsWithMoreVotesLeft() {
        // Budget 100. Scores: A 3, B 2, C 2, D 1; costs 50, 60, 30, 20: A (50 left), B 60 > 50, C, D.
        Election e = new Election(
                "greedy",
                VoteType.APPROVAL,
                100,
                0,
                projects(50, 60, 30, 20),
                List.of(Ballot.of(1, 0, 1, 2), Ballot.of(1, 0, 1, 2), Ballot.of(1, 0, 3)),
                Optional.empty());
        Explanation why = Explanation.of(e, Rule.GREEDY.select(e));
        Reason b = why.reasons().get(1);
        assertThat(b.kind()).isEqualTo(Kind.BUDGET_SHORT);
        assertThat(b.available()).isEqualTo(Rational.of(50));
        assertThat(b.missing()).isEqualTo(Rational.of(10));
        assertThat(why.reasons().get(3).kind()).isEqualTo(Kind.FUNDED);

        Explanation noSkip = Explanation.of(e, Rule.GREEDY_NO_SKIP.select(e));
        assertThat(noSkip.reasons().get(1).kind()).isEqualTo(Kind.BUDGET_SHORT);
        assertThat(noSkip.reasons().get(2).kind()).isEqualTo(Kind.STOPPED);
        assertThat(noSkip.reasons().get(2).blocker()).isEqualTo(1);

        Election threshold = new Election(
                "t",
                VoteType.APPROVAL,
                100,
                0,
                e.projects(),
                e.ballots(),
                Optional.of(java.math.BigDecimal.valueOf(2)));
        assertThat(Explanation.of(threshold, Rule.GREEDY_THRESHOLD.select(threshold))
                        .reasons()
                        .get(3)
                        .kind())
                .isEqualTo(Kind.BELOW_THRESHOLD);
    }

    @Test
    void comparisonThatKeptGreedyExplainsAsGreedy() {
        Election e = Election.of(
                VoteType.APPROVAL, 100, projects(100, 50, 50), List.of(Ballot.of(2, 0), Ballot.of(1, 1, 2)));
        Outcome outcome = Rule.MES_ADD1_COMPARISON.select(e);
        Explanation why = Explanation.of(e, outcome);
        assertThat(why.greedyPreferred()).isTrue();
        assertThat(why.reasons().get(0).kind()).isEqualTo(Kind.FUNDED);
        assertThat(why.reasons().get(1).kind()).isEqualTo(Kind.BUDGET_SHORT);
        assertThat(why.reasons().get(1).available()).isEqualTo(Rational.ZERO);
    }

    @Test
    void phragmenNamesTheProjectItStoppedAt() {
        // Budget 100, A 60 (v1,v2), B 45 (v3), C 20 (v1): C, then A, then B no longer fits (20 left).
        Election e = Election.of(
                VoteType.APPROVAL,
                100,
                projects(60, 45, 20),
                List.of(Ballot.of(1, 0, 2), Ballot.of(1, 0), Ballot.of(1, 1)));
        Outcome outcome = Rule.PHRAGMEN.select(e);
        assertThat(outcome.selectedIds(e)).containsExactly("C", "A");
        Reason b = Explanation.of(e, outcome).reasons().get(1);
        assertThat(b.kind()).isEqualTo(Kind.BUDGET_SHORT);
        assertThat(b.available()).isEqualTo(Rational.of(20));
    }

    /**
     * Real elections run with equal shares (their published rule): the funded projects are exactly the outcome's,
     * and for every unfunded supported project the money its supporters held at the stated round (recounted here
     * from the start share and the published payments order) is below its cost, while at the round before it was
     * not, so the round is the one where it dropped out.
     */
    @Test
    void realEqualSharesElections() throws Exception {
        for (String file : List.of("Netherlands_Assen_2024.pb", "Poland_Swiecie_2023.pb")) {
            Path path = DATA.resolve(file);
            if (!Files.isRegularFile(path)) {
                if (org.cocrea.testing.TestDatabases.isCi()) {
                    fail("Pabulib data missing at " + path.toAbsolutePath());
                }
                assumeTrue(false, "Pabulib data not available");
            }
            var parsed = PabulibParser.parse(path);
            Election e = parsed.election();
            Outcome outcome = Rule.MES_ADD1.select(e);
            // The engine reproduces the published selection (PabulibDatasetTest), so the reasons explain it.
            assertThat(new HashSet<>(outcome.selectedIds(e)))
                    .isEqualTo(parsed.selected().orElseThrow());
            Explanation why = Explanation.of(e, outcome);
            assertThat(why.reasons()).hasSize(e.projects().size());
            Set<Integer> funded = new HashSet<>(outcome.selected());
            long[] scores = Tallies.scores(e);
            int explainedShort = 0;
            for (Reason r : why.reasons()) {
                assertThat(r.funded()).as(file + " " + r).isEqualTo(funded.contains(r.project()));
                assertThat(r.votes()).isEqualTo(scores[r.project()]);
                if (r.kind() == Kind.SUPPORTERS_SHORT) {
                    explainedShort++;
                    assertThat(r.available()).as(file + " " + r).isLessThan(Rational.of(r.cost()));
                    assertThat(r.missing().signum()).isPositive();
                    Rational before = recount(e, outcome, r.project(), r.round() - 1);
                    assertThat(before).isEqualTo(r.available());
                    if (r.round() > 1) {
                        assertThat(recount(e, outcome, r.project(), r.round() - 2))
                                .as(file + " affordable the round before " + r)
                                .isGreaterThanOrEqualTo(Rational.of(r.cost()));
                    }
                } else if (!r.funded()) {
                    assertThat(r.kind()).isEqualTo(Kind.NO_SUPPORT);
                    assertThat(scores[r.project()]).isZero();
                }
            }
            assertThat(explainedShort).as(file).isPositive();
        }
    }

    /**
     * The money project {@code p}'s supporters held after the first {@code chosen} projects of the outcome were
     * paid, recounted independently of the engine from Rule.MES's documented rule: each buyer pays min(money,
     * price), the price the one that makes the buyers' payments sum to the cost.
     */
    private static Rational recount(Election e, Outcome outcome, int p, int chosen) {
        int n = e.ballots().size();
        Rational[] money = new Rational[n];
        java.util.Arrays.fill(money, outcome.share().orElseThrow());
        for (int k = 0; k < chosen; k++) {
            int bought = outcome.selected().get(k);
            long cost = e.projects().get(bought).cost();
            if (cost == 0) {
                continue;
            }
            List<Integer> buyers = new java.util.ArrayList<>();
            for (int b = 0; b < n; b++) {
                if (approves(e.ballots().get(b), bought)) {
                    buyers.add(b);
                }
            }
            buyers.sort((x, y) -> money[x].compareTo(money[y]));
            Rational remaining = Rational.of(cost);
            long count = buyers.stream()
                    .mapToLong(b -> e.ballots().get(b).multiplicity())
                    .sum();
            Rational price = null;
            for (int b : buyers) {
                if (money[b].multiply(count).compareTo(remaining) >= 0) {
                    price = remaining.divide(count);
                    break;
                }
                remaining =
                        remaining.subtract(money[b].multiply(e.ballots().get(b).multiplicity()));
                count -= e.ballots().get(b).multiplicity();
            }
            assertThat(price).as("bought project affordable").isNotNull();
            for (int b : buyers) {
                money[b] = money[b].compareTo(price) <= 0 ? Rational.ZERO : money[b].subtract(price);
            }
        }
        Rational total = Rational.ZERO;
        for (int b = 0; b < n; b++) {
            if (approves(e.ballots().get(b), p)) {
                total = total.add(money[b].multiply(e.ballots().get(b).multiplicity()));
            }
        }
        return total;
    }

    private static boolean approves(Ballot ballot, int p) {
        for (int q : ballot.projects()) {
            if (q == p) {
                return true;
            }
        }
        return false;
    }
}
