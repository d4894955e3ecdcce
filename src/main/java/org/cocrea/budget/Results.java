package org.cocrea.budget;

import java.math.BigDecimal;
import java.util.List;
import org.cocrea.voting.Rule;

/**
 * (Public because the precompiled templates read it.) The outcome of a budget.
 *
 * @param projects every project in election order, with its votes and whether it was funded
 * @param selected the funded projects in selection order
 * @param groups for equal-shares rules, voters grouped by identical ballot with what each of them paid
 */
public record Results(
        Budget budget,
        Rule rule,
        long voters,
        List<Row> projects,
        List<BudgetProject> selected,
        long usedCents,
        List<Group> groups) {

    public record Row(BudgetProject project, long votes, boolean selected) {}

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
}
