package org.cocrea.commissioning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and stores ballots. Every rule is checked on the server whatever the form allowed; the one ballot per
 * voter rule is left to the database's unique constraint, the only check no concurrent request can slip past.
 * Eligibility is the caller's business ({@link BudgetService}), so that this can be tested without Spring.
 */
@Component
class BallotBox {
    static final String FIELD = "projects";
    private static final int ATTEMPTS = 3;

    private final BudgetRepository budgets;
    private final BallotRepository ballots;
    private final TransactionTemplate tx;

    BallotBox(BudgetRepository budgets, BallotRepository ballots, PlatformTransactionManager transactions) {
        this.budgets = budgets;
        this.ballots = ballots;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Stores the ballot, or says why not; when refused, nothing is stored. */
    Optional<Problem> cast(long toolInstanceId, long voterId, List<Long> projectIds) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    var problem = check(toolInstanceId, voterId, projectIds);
                    if (problem.isEmpty()) {
                        long budget =
                                budgets.ofInstance(toolInstanceId).orElseThrow().id();
                        ballots.add(budget, voterId, projectIds);
                    }
                    return problem;
                });
            } catch (DuplicateKeyException e) {
                return Optional.of(new Problem(FIELD, "budget.ballot.again"));
            } catch (ConcurrencyFailureException e) {
                // H2 may report a lock conflict between two concurrent first ballots; the retry then sees the
                // winner's ballot and refuses the loser as a second ballot.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Optional<Problem> check(long toolInstanceId, long voterId, List<Long> projectIds) {
        var budget = budgets.ofInstance(toolInstanceId).orElse(null);
        if (budget == null || !budget.acceptsBallots(OffsetDateTime.now(ZoneOffset.UTC))) {
            return Optional.of(new Problem(FIELD, "budget.ballot.closed"));
        }
        if (ballots.hasVoted(budget.id(), voterId)) {
            return Optional.of(new Problem(FIELD, "budget.ballot.again"));
        }
        return validate(budget, budgets.projects(budget.id()), projectIds);
    }

    /** The ballot rules alone, also used to show a running total before the voter submits. */
    static Optional<Problem> validate(Budget budget, List<BudgetProject> projects, List<Long> chosen) {
        var costs = new HashMap<Long, Long>();
        projects.forEach(p -> costs.put(p.id(), p.costCents()));
        if (!costs.keySet().containsAll(chosen) || new HashSet<>(chosen).size() != chosen.size()) {
            return Optional.of(new Problem(FIELD, "budget.ballot.unknown"));
        }
        if (chosen.isEmpty()) {
            return Optional.of(new Problem(FIELD, "budget.ballot.empty"));
        }
        if (budget.ballotType() == BallotType.KNAPSACK) {
            long total = chosen.stream().mapToLong(costs::get).sum();
            if (total > budget.amountCents()) {
                return Optional.of(new Problem(FIELD, "budget.ballot.over", Money.of(total), budget.amount()));
            }
        } else {
            if (budget.minProjects() != null && chosen.size() < budget.minProjects()) {
                return Optional.of(new Problem(FIELD, "budget.ballot.tooFew", budget.minProjects()));
            }
            if (budget.maxProjects() != null && chosen.size() > budget.maxProjects()) {
                return Optional.of(new Problem(FIELD, "budget.ballot.tooMany", budget.maxProjects()));
            }
        }
        return Optional.empty();
    }
}
