package org.cocrea.commissioning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and stores ballots. Every rule is checked on the server whatever the form allowed; one ballot per voter,
 * code or resident is left to the database's unique constraints and a conditional update of the code, the only
 * checks no concurrent request can slip past. Eligibility is the caller's business ({@link BudgetService}).
 */
@Component
class BallotBox {
    static final String FIELD = "projects";
    /** Many concurrent edits of one ballot may each lose a race; every retry sees the winner's ballot. */
    private static final int ATTEMPTS = 20;

    private final BudgetRepository budgets;
    private final BallotRepository ballots;
    private final CodeRepository codes;
    private final PaperLogRepository paper;
    private final TransactionTemplate tx;

    BallotBox(
            BudgetRepository budgets,
            BallotRepository ballots,
            CodeRepository codes,
            PaperLogRepository paper,
            PlatformTransactionManager transactions) {
        this.budgets = budgets;
        this.ballots = ballots;
        this.codes = codes;
        this.paper = paper;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Stores a person's ballot, replacing their earlier one (ballots are editable until the vote closes), or says
     * why not; when refused, nothing changes. {@code residentKey} is the identifier they verified, if the budget
     * is for residents, so that a paper ballot for the same identifier and theirs cannot both count.
     */
    Optional<Problem> cast(long toolInstanceId, long voterId, String residentKey, SortedMap<Long, Integer> choice) {
        return retrying("budget.ballot.again", () -> {
            var budget = openBudget(toolInstanceId);
            if (budget == null) {
                return Optional.of(new Problem(FIELD, "budget.ballot.closed"));
            }
            var problem = validate(budget, budgets.projects(budget.id()), choice);
            if (problem.isPresent()) {
                return problem;
            }
            if (residentKey != null && ballots.hasResidentBallot(budget.id(), residentKey)) {
                return Optional.of(new Problem(FIELD, "budget.ballot.onPaper"));
            }
            ballots.removeOwn(budget.id(), voterId);
            ballots.add(budget.id(), BallotRepository.Caster.voter(voterId, residentKey), choice);
            return Optional.empty();
        });
    }

    /** A ballot with a one-time code, by its holder or entered by staff ({@code recordedBy}, logged). */
    Optional<Problem> castWithCode(
            long toolInstanceId, String codeHash, SortedMap<Long, Integer> choice, Long recordedBy) {
        return retrying("budget.code.used", () -> {
            var budget = openBudget(toolInstanceId);
            if (budget == null) {
                return Optional.of(new Problem(FIELD, "budget.ballot.closed"));
            }
            var problem = validate(budget, budgets.projects(budget.id()), choice);
            if (problem.isPresent()) {
                return problem;
            }
            var code = codes.use(budget.id(), codeHash);
            if (code.isEmpty()) {
                boolean known = codes.id(budget.id(), codeHash).isPresent();
                return Optional.of(new Problem("code", known ? "budget.code.used" : "budget.code.unknown"));
            }
            long ballot = ballots.add(budget.id(), BallotRepository.Caster.code(code.get()), choice);
            if (recordedBy != null) {
                paper.add(budget.id(), ballot, recordedBy, code.get(), null);
            }
            return Optional.empty();
        });
    }

    /** A paper ballot staff record for a resident on the census list, logged with who recorded it. */
    Optional<Problem> castForResident(
            long toolInstanceId, String residentKey, SortedMap<Long, Integer> choice, long recordedBy) {
        return retrying("budget.paper.already", () -> {
            var budget = openBudget(toolInstanceId);
            if (budget == null) {
                return Optional.of(new Problem(FIELD, "budget.ballot.closed"));
            }
            var problem = validate(budget, budgets.projects(budget.id()), choice);
            if (problem.isPresent()) {
                return problem;
            }
            long ballot = ballots.add(budget.id(), BallotRepository.Caster.resident(residentKey), choice);
            paper.add(budget.id(), ballot, recordedBy, null, residentKey);
            return Optional.empty();
        });
    }

    /**
     * Ballots of many voters at once (the demo-data generator, imports), each checked by the same rules as
     * {@link #cast}; a voter's earlier ballot is replaced, as when they edit it. Returns the refused voters.
     */
    Map<Long, Problem> castAll(long toolInstanceId, Map<Long, SortedMap<Long, Integer>> ballotsByVoter) {
        return tx.execute(status -> {
            var refused = new java.util.LinkedHashMap<Long, Problem>();
            var budget = openBudget(toolInstanceId);
            if (budget == null) {
                ballotsByVoter.keySet().forEach(v -> refused.put(v, new Problem(FIELD, "budget.ballot.closed")));
                return refused;
            }
            var projects = budgets.projects(budget.id());
            var storing = new java.util.LinkedHashMap<Long, SortedMap<Long, Integer>>();
            ballotsByVoter.forEach((voter, choice) -> validate(budget, projects, choice)
                    .ifPresentOrElse(problem -> refused.put(voter, problem), () -> storing.put(voter, choice)));
            ballots.removeAll(budget.id(), storing.keySet());
            ballots.addAll(budget.id(), storing);
            return refused;
        });
    }

    private Budget openBudget(long toolInstanceId) {
        return budgets.ofInstance(toolInstanceId)
                .filter(b -> b.acceptsBallots(OffsetDateTime.now(ZoneOffset.UTC)))
                .orElse(null);
    }

    /**
     * Runs the work in a transaction, again when it lost a race: a unique constraint or a lock conflict (H2) means a
     * concurrent ballot won, and the next attempt sees it. {@code duplicateCode} says why when retries run out.
     */
    private Optional<Problem> retrying(String duplicateCode, Supplier<Optional<Problem>> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> work.get());
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    return Optional.of(new Problem(FIELD, duplicateCode));
                }
            }
        }
    }

    /** The ballot rules alone, also used to show a running total before the voter submits. */
    static Optional<Problem> validate(Budget budget, List<BudgetProject> projects, Map<Long, Integer> chosen) {
        var costs = new HashMap<Long, Long>();
        projects.forEach(p -> costs.put(p.id(), p.costCents()));
        if (!costs.keySet().containsAll(chosen.keySet())) {
            return Optional.of(new Problem(FIELD, "budget.ballot.unknown"));
        }
        if (chosen.isEmpty()) {
            return Optional.of(new Problem(FIELD, "budget.ballot.empty"));
        }
        return switch (budget.ballotType()) {
            case KNAPSACK -> onePointEach(chosen).or(() -> knapsack(budget, costs, chosen));
            case APPROVAL -> onePointEach(chosen).or(() -> approval(budget, chosen));
            case CUMULATIVE -> cumulative(budget, chosen);
        };
    }

    private static Optional<Problem> onePointEach(Map<Long, Integer> chosen) {
        return chosen.values().stream().allMatch(p -> p == 1)
                ? Optional.empty()
                : Optional.of(new Problem(FIELD, "budget.ballot.unknown"));
    }

    private static Optional<Problem> knapsack(Budget budget, Map<Long, Long> costs, Map<Long, Integer> chosen) {
        long total = chosen.keySet().stream().mapToLong(costs::get).sum();
        if (total > budget.amountCents()) {
            return Optional.of(new Problem(FIELD, "budget.ballot.over", Money.of(total), budget.amount()));
        }
        if (total < budget.minSpendCents()) {
            return Optional.of(new Problem(
                    FIELD,
                    "budget.ballot.underShare",
                    budget.minShare(),
                    budget.minSpend().toPlainString()));
        }
        return Optional.empty();
    }

    private static Optional<Problem> approval(Budget budget, Map<Long, Integer> chosen) {
        if (budget.minProjects() != null && chosen.size() < budget.minProjects()) {
            return Optional.of(new Problem(FIELD, "budget.ballot.tooFew", budget.minProjects()));
        }
        if (budget.maxProjects() != null && chosen.size() > budget.maxProjects()) {
            return Optional.of(new Problem(FIELD, "budget.ballot.tooMany", budget.maxProjects()));
        }
        return Optional.empty();
    }

    private static Optional<Problem> cumulative(Budget budget, Map<Long, Integer> chosen) {
        long sum = 0;
        for (int points : chosen.values()) {
            if (points < 1 || points > budget.pointsCap()) {
                return Optional.of(new Problem(FIELD, "budget.ballot.overCap", budget.pointsCap()));
            }
            sum += points;
        }
        if (sum > budget.points()) {
            return Optional.of(new Problem(FIELD, "budget.ballot.overPoints", sum, budget.points()));
        }
        return Optional.empty();
    }
}
