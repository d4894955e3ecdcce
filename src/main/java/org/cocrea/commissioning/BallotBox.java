package org.cocrea.commissioning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Stores the ballot, or says why not; when refused, nothing is stored. Casting the very ballot the voter
     * already cast succeeds without storing anything: a client that lost the answer (a crash, a timeout) may
     * safely send it again, while a different second ballot is still refused.
     */
    Optional<Problem> cast(long toolInstanceId, long voterId, List<Long> projectIds) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    var budget = budgets.ofInstance(toolInstanceId).orElse(null);
                    if (budget == null || !budget.acceptsBallots(OffsetDateTime.now(ZoneOffset.UTC))) {
                        return Optional.of(new Problem(FIELD, "budget.ballot.closed"));
                    }
                    var stored = ballots.choices(budget.id(), voterId);
                    if (stored.isPresent()) {
                        return sameBallot(stored.get(), projectIds) ? Optional.<Problem>empty() : again();
                    }
                    var problem = validate(budget, budgets.projects(budget.id()), projectIds);
                    if (problem.isEmpty()) {
                        ballots.add(budget.id(), voterId, projectIds);
                    }
                    return problem;
                });
            } catch (DuplicateKeyException e) {
                // Another request of the same voter won the race; if it was this very ballot, this one succeeded.
                return tx.execute(status -> {
                    long budget =
                            budgets.ofInstance(toolInstanceId).orElseThrow().id();
                    return ballots.choices(budget, voterId)
                            .filter(stored -> sameBallot(stored, projectIds))
                            .map(stored -> Optional.<Problem>empty())
                            .orElseGet(BallotBox::again);
                });
            } catch (ConcurrencyFailureException e) {
                // H2 may report a lock conflict between two concurrent first ballots; the retry then sees the
                // winner's ballot and answers as for a second ballot.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Many voters' ballots at once (imports, the demo-data generator), each checked by the rules of
     * {@link #cast}; the valid ones are stored in batches in one transaction. Returns the refused voters with
     * the reason; a voter's identical earlier ballot counts as stored, as in {@link #cast}.
     */
    Map<Long, Problem> castAll(long toolInstanceId, Map<Long, List<Long>> ballotsByVoter) {
        return tx.execute(status -> {
            var refused = new LinkedHashMap<Long, Problem>();
            var budget = budgets.ofInstance(toolInstanceId).orElse(null);
            if (budget == null || !budget.acceptsBallots(OffsetDateTime.now(ZoneOffset.UTC))) {
                ballotsByVoter.keySet().forEach(v -> refused.put(v, new Problem(FIELD, "budget.ballot.closed")));
                return refused;
            }
            var projects = budgets.projects(budget.id());
            var stored = ballots.choicesOf(budget.id(), ballotsByVoter.keySet());
            var storing = new LinkedHashMap<Long, List<Long>>();
            ballotsByVoter.forEach((voter, chosen) -> {
                var earlier = stored.get(voter);
                var problem = earlier != null
                        ? (sameBallot(earlier, chosen) ? Optional.<Problem>empty() : again())
                        : validate(budget, projects, chosen);
                if (problem.isPresent()) {
                    refused.put(voter, problem.get());
                } else if (earlier == null) {
                    storing.put(voter, chosen);
                }
            });
            ballots.addAll(budget.id(), storing);
            return refused;
        });
    }

    private static boolean sameBallot(java.util.Set<Long> stored, List<Long> projectIds) {
        return new HashSet<>(projectIds).size() == projectIds.size() && stored.equals(new HashSet<>(projectIds));
    }

    private static Optional<Problem> again() {
        return Optional.of(new Problem(FIELD, "budget.ballot.again"));
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
