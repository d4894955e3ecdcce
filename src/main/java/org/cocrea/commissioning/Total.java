package org.cocrea.commissioning;

import java.math.BigDecimal;
import java.util.List;

/** (Public for the templates.) What a voter's current choice costs, and whether the ballot would be accepted. */
public record Total(
        BigDecimal amount, BigDecimal budget, String currency, int count, String problemCode, Object[] args) {
    static Total of(Budget budget, List<BudgetProject> projects, List<Long> chosen) {
        long cents = projects.stream()
                .filter(p -> chosen.contains(p.id()))
                .mapToLong(BudgetProject::costCents)
                .sum();
        var problem = chosen.isEmpty()
                ? null
                : BallotBox.validate(budget, projects, chosen).orElse(null);
        return new Total(
                Money.of(cents),
                budget.amount(),
                budget.currency(),
                chosen.size(),
                problem == null ? null : problem.code(),
                problem == null ? new Object[0] : problem.args());
    }
}
