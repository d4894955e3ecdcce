package org.cocrea.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * (Public for the templates.) What a voter's current choice costs (or, for cumulative ballots, how many points it
 * uses), and whether the ballot would be accepted.
 */
public record Total(
        BigDecimal amount,
        BigDecimal budget,
        String currency,
        int count,
        Integer pointsUsed,
        Integer points,
        String problemCode,
        Object[] args) {
    /** What is left of the budget after this choice (negative when the choice costs more). */
    public BigDecimal left() {
        return budget.subtract(amount);
    }

    public boolean over() {
        return left().signum() < 0;
    }

    /** The share of the budget spent, 0 to 100, for the bar (the text says the amounts). */
    public int percent() {
        if (budget.signum() <= 0) {
            return 0;
        }
        int p = amount.multiply(BigDecimal.valueOf(100))
                .divide(budget, 0, java.math.RoundingMode.DOWN)
                .intValue();
        return Math.max(0, Math.min(100, p));
    }

    static Total of(Budget budget, List<BudgetProject> projects, Map<Long, Integer> chosen) {
        long cents = projects.stream()
                .filter(p -> chosen.containsKey(p.id()))
                .mapToLong(BudgetProject::costCents)
                .sum();
        var problem = chosen.isEmpty()
                ? null
                : BallotBox.validate(budget, projects, chosen).orElse(null);
        boolean cumulative = budget.ballotType() == BallotType.CUMULATIVE;
        return new Total(
                Money.of(cents),
                budget.amount(),
                budget.currency(),
                chosen.size(),
                cumulative
                        ? chosen.values().stream().mapToInt(Integer::intValue).sum()
                        : null,
                cumulative ? budget.points() : null,
                problem == null ? null : problem.key(),
                problem == null ? new Object[0] : problem.args());
    }
}
