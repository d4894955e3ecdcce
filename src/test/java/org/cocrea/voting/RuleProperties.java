package org.cocrea.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RuleProperties {

    @Provide
    Arbitrary<Election> elections() {
        return Elections.approval();
    }

    @Property(tries = 300)
    void equalSharesNeverOverspends(@ForAll("elections") Election e) {
        for (Rule rule : List.of(Rule.MES, Rule.MES_ADD1, Rule.MES_ADD1_COMPARISON, Rule.PHRAGMEN)) {
            Outcome outcome = rule.select(e);
            assertThat(outcome.totalCost()).as(rule.cliName()).isLessThanOrEqualTo(e.budget());
            assertThat(outcome.totalCost()).isEqualTo(costOf(e, outcome.selected()));
        }
    }

    @Property(tries = 300)
    void mesPaymentsStayWithinEachVotersShareAndPayForTheProjects(@ForAll("elections") Election e) {
        Outcome outcome = Rule.MES.select(e);
        Rational share = Rational.of(e.budget(), e.voterCount());
        Rational paid = Rational.ZERO;
        List<Rational> payments = outcome.payments().perBallot();
        for (int i = 0; i < payments.size(); i++) {
            assertThat(payments.get(i)).isBetween(Rational.ZERO, share);
            paid = paid.add(payments.get(i).multiply(e.ballots().get(i).multiplicity()));
        }
        assertThat(paid).isEqualTo(Rational.of(outcome.totalCost()));
    }

    @Property(tries = 300)
    void add1PaymentsCoverTheSelection(@ForAll("elections") Election e) {
        Outcome outcome = Rule.MES_ADD1.select(e);
        Rational paid = Rational.ZERO;
        List<Rational> payments = outcome.payments().perBallot();
        for (int i = 0; i < payments.size(); i++) {
            assertThat(payments.get(i).signum()).isNotNegative();
            paid = paid.add(payments.get(i).multiply(e.ballots().get(i).multiplicity()));
        }
        assertThat(paid).isEqualTo(Rational.of(outcome.totalCost()));
    }

    @Property(tries = 300)
    void greedyIsExhaustive(@ForAll("elections") Election e) {
        Outcome outcome = Rule.GREEDY.select(e);
        long left = e.budget() - outcome.totalCost();
        assertThat(left).isNotNegative();
        for (int p = 0; p < e.projects().size(); p++) {
            if (!outcome.selected().contains(p)) {
                assertThat(e.projects().get(p).cost()).isGreaterThan(left);
            }
        }
    }

    @Property(tries = 200)
    void outcomesDoNotDependOnBallotOrder(@ForAll("elections") Election e, @ForAll long seed) {
        List<Ballot> shuffled = new ArrayList<>(e.ballots());
        Collections.shuffle(shuffled, new Random(seed));
        Election reordered = e.withBallots(shuffled);
        for (Rule rule : Rule.values()) {
            if (rule == Rule.GREEDY_THRESHOLD) {
                continue; // needs a threshold; same code path as greedy
            }
            assertThat(rule.select(reordered).selected())
                    .as(rule.cliName())
                    .containsExactlyElementsOf(rule.select(e).selected());
        }
    }

    @Property(tries = 200)
    void outcomesDoNotDependOnHowIdenticalBallotsAreGrouped(@ForAll("elections") Election e) {
        List<Ballot> split = new ArrayList<>();
        for (Ballot b : e.ballots()) {
            for (int i = 0; i < b.multiplicity(); i++) {
                split.add(new Ballot(b.projects(), b.points(), 1));
            }
        }
        Election ungrouped = e.withBallots(split);
        for (Rule rule : List.of(Rule.GREEDY, Rule.MES, Rule.MES_ADD1, Rule.PHRAGMEN)) {
            assertThat(rule.select(ungrouped).selected())
                    .as(rule.cliName())
                    .containsExactlyElementsOf(rule.select(e).selected());
        }
    }

    private static long costOf(Election e, List<Integer> selected) {
        return selected.stream().mapToLong(p -> e.projects().get(p).cost()).sum();
    }
}
