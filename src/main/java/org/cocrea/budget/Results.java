package org.cocrea.budget;

import java.math.BigDecimal;
import java.util.List;
import org.cocrea.voting.Rule;

/**
 * (Public because the precompiled templates read it.) The outcome of a budget.
 *
 * @param projects every project in election order, with its votes, whether it was funded and why
 * @param selected the funded projects in selection order
 * @param groups for equal-shares rules, voters grouped by identical ballot with what each of them paid
 * @param share for equal-shares rules, the money each voter started with in the run that gave the outcome; else
 *     null
 * @param greedyPreferred the comparison rule kept greedy's outcome, which more voters preferred
 */
public record Results(
        Budget budget,
        Rule rule,
        long voters,
        List<Row> projects,
        List<BudgetProject> selected,
        long usedCents,
        List<Group> groups,
        BigDecimal share,
        boolean greedyPreferred) {

    public Results(
            Budget budget,
            Rule rule,
            long voters,
            List<Row> projects,
            List<BudgetProject> selected,
            long usedCents,
            List<Group> groups) {
        this(budget, rule, voters, projects, selected, usedCents, groups, null, false);
    }

    public record Row(BudgetProject project, long votes, boolean selected, Reason reason) {
        public Row(BudgetProject project, long votes, boolean selected) {
            this(project, votes, selected, null);
        }
    }

    /**
     * Why a project was or was not funded, in the terms of a message: {@code key} names the message
     * ({@code budget.reason.*}), the rest are its facts.
     *
     * @param round the round of an equal-shares count, or the place among the funded projects
     * @param available the supporters' money (equal shares) or the budget left (greedy, Phragmén), rounded down
     * @param missing what more it would have needed, rounded up to the cent
     * @param blocker the project at which the count stopped, for a project never reached
     */
    public record Reason(String key, int round, BigDecimal available, BigDecimal missing, String blocker) {}

    public record Group(List<String> titles, long voters, BigDecimal paidEach, BigDecimal paidTotal) {}

    public BigDecimal used() {
        return Money.of(usedCents);
    }

    public BigDecimal left() {
        return Money.of(budget.amountCents() - usedCents);
    }

    public boolean hasPayments() {
        return !groups.isEmpty();
    }

    /** Whether the reasons speak of rounds and supporters' money (an equal-shares count that was kept). */
    public boolean equalShares() {
        return share != null;
    }

    /** The bar chart of votes per project, laid out for the page. */
    public ResultsChart chart() {
        return ResultsChart.of(projects);
    }
}
