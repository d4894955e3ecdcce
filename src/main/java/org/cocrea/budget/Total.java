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
