package org.cocrea.budget;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.cocrea.ballots.BallotBox.Cast;
import org.cocrea.ballots.BallotBox.Slot;
import org.cocrea.platform.Formats;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Component;

/**
 * The budget's ballots, through the ballot tools' one box ({@link org.cocrea.ballots.BallotBox}): every rule is
 * checked on the server whatever the form allowed; one ballot per voter, code or resident is left to the database's
 * unique constraints and a conditional update of the code, the only checks no concurrent request can slip past.
 * Eligibility is the caller's business ({@link BudgetService}). A refused ballot throws {@link Refused}.
 */
@Component("budgetBallotBox")
class BallotBox {
    static final String FIELD = "projects";

    private final BudgetRepository budgets;
    private final BallotRepository ballots;
    private final CodeRepository codes;
    private final PaperLogRepository paper;
    private final org.cocrea.ballots.BallotBox box;

    BallotBox(
            BudgetRepository budgets,
            BallotRepository ballots,
            CodeRepository codes,
            PaperLogRepository paper,
            org.cocrea.ballots.BallotBox box) {
        this.budgets = budgets;
        this.ballots = ballots;
        this.codes = codes;
        this.paper = paper;
        this.box = box;
    }

    /**
     * Stores a person's ballot, replacing their earlier one (ballots are editable until the vote closes); the same
     * ballot again stores nothing. {@code residentKey} is the identifier they verified, if the budget is for
     * residents, so that a paper ballot for the same identifier and theirs cannot both count.
     */
    Cast cast(long toolInstanceId, long voterId, String residentKey, SortedMap<Long, Integer> choice) {
        return box.cast(
                new Slot() {
                    private Budget budget;

                    @Override
                    public Map<Long, Integer> check(Map<Long, Integer> marks) {
                        budget = checked(toolInstanceId, choice);
                        if (residentKey != null && ballots.hasResidentBallot(budget.id(), residentKey)) {
                            throw new Refused(FIELD, "budget.ballot.onPaper");
                        }
                        return choice;
                    }

                    @Override
                    public Optional<SortedMap<Long, Integer>> current() {
                        return ballots.ballotOf(budget.id(), voterId);
                    }

                    @Override
                    public void replace(Map<Long, Integer> marks, boolean hadOne) {
                        if (hadOne) {
                            ballots.removeOwn(budget.id(), voterId);
                        }
                        ballots.add(budget.id(), BallotRepository.Caster.voter(voterId, residentKey), choice);
                    }
                },
                choice,
                new Refused(FIELD, "budget.ballot.again"));
    }

    /** A ballot with a one-time code, by its holder or entered by staff ({@code recordedBy}, logged). */
    void castWithCode(long toolInstanceId, String codeHash, SortedMap<Long, Integer> choice, Long recordedBy) {
        box.retrying(
                () -> {
                    var budget = checked(toolInstanceId, choice);
                    var code = codes.use(budget.id(), codeHash);
                    if (code.isEmpty()) {
                        boolean known = codes.id(budget.id(), codeHash).isPresent();
                        throw new Refused("code", known ? "budget.code.used" : "budget.code.unknown");
                    }
                    long ballot = ballots.add(budget.id(), BallotRepository.Caster.code(code.get()), choice);
                    if (recordedBy != null) {
                        paper.add(budget.id(), ballot, recordedBy, code.get(), null);
                    }
                    return ballot;
                },
                new Refused(FIELD, "budget.code.used"));
    }

    /** A paper ballot staff record for a resident on the census list, logged with who recorded it. */
    void castForResident(long toolInstanceId, String residentKey, SortedMap<Long, Integer> choice, long recordedBy) {
        box.retrying(
                () -> {
                    var budget = checked(toolInstanceId, choice);
                    long ballot = ballots.add(budget.id(), BallotRepository.Caster.resident(residentKey), choice);
                    paper.add(budget.id(), ballot, recordedBy, null, residentKey);
                    return ballot;
                },
                new Refused(FIELD, "budget.paper.already"));
    }

    /**
     * Ballots of many voters at once (the demo-data generator, imports), each checked by the same rules as
     * {@link #cast}; a voter's earlier ballot is replaced, as when they edit it. Returns the refused voters.
     */
    Map<Long, Refused.Problem> castAll(long toolInstanceId, Map<Long, SortedMap<Long, Integer>> ballotsByVoter) {
        return box.retrying(
                () -> {
                    var refused = new java.util.LinkedHashMap<Long, Refused.Problem>();
                    var budget = openBudget(toolInstanceId);
                    if (budget == null) {
                        ballotsByVoter
                                .keySet()
                                .forEach(v -> refused.put(v, new Refused.Problem(FIELD, "budget.ballot.closed")));
                        return refused;
                    }
                    var projects = budgets.projects(budget.id());
                    var storing = new java.util.LinkedHashMap<Long, SortedMap<Long, Integer>>();
                    ballotsByVoter.forEach((voter, choice) -> validate(budget, projects, choice)
                            .ifPresentOrElse(problem -> refused.put(voter, problem), () -> storing.put(voter, choice)));
                    ballots.removeAll(budget.id(), storing.keySet());
                    ballots.addAll(budget.id(), storing);
                    return refused;
                },
                new Refused(FIELD, "budget.ballot.again"));
    }

    /** The open budget, with the ballot checked against its rules; refused otherwise. */
    private Budget checked(long toolInstanceId, Map<Long, Integer> choice) {
        var budget = openBudget(toolInstanceId);
        if (budget == null) {
            throw new Refused(FIELD, "budget.ballot.closed");
        }
        validate(budget, budgets.projects(budget.id()), choice).ifPresent(p -> {
            throw new Refused(List.of(p));
        });
        return budget;
    }

    private Budget openBudget(long toolInstanceId) {
        return budgets.ofInstance(toolInstanceId)
                .filter(b -> b.acceptsBallots(OffsetDateTime.now(ZoneOffset.UTC)))
                .orElse(null);
    }

    /** The ballot rules alone, also used to show a running total before the voter submits. */
    static Optional<Refused.Problem> validate(Budget budget, List<BudgetProject> projects, Map<Long, Integer> chosen) {
        var costs = new HashMap<Long, Long>();
        projects.forEach(p -> costs.put(p.id(), p.costCents()));
        if (!costs.keySet().containsAll(chosen.keySet())) {
            return Optional.of(new Refused.Problem(FIELD, "budget.ballot.unknown"));
        }
        if (chosen.isEmpty()) {
            return Optional.of(new Refused.Problem(FIELD, "budget.ballot.empty"));
        }
        return switch (budget.ballotType()) {
            case KNAPSACK -> onePointEach(chosen).or(() -> knapsack(budget, costs, chosen));
            case APPROVAL -> onePointEach(chosen).or(() -> approval(budget, chosen));
            case CUMULATIVE -> cumulative(budget, chosen);
        };
    }

    private static Optional<Refused.Problem> onePointEach(Map<Long, Integer> chosen) {
        return chosen.values().stream().allMatch(p -> p == 1)
                ? Optional.empty()
                : Optional.of(new Refused.Problem(FIELD, "budget.ballot.unknown"));
    }

    private static Optional<Refused.Problem> knapsack(Budget budget, Map<Long, Long> costs, Map<Long, Integer> chosen) {
        long total = chosen.keySet().stream().mapToLong(costs::get).sum();
        if (total > budget.amountCents()) {
            return Optional.of(new Refused.Problem(
                    FIELD,
                    "budget.ballot.over",
                    new Formats.Amount(Money.of(total), budget.currency()),
                    new Formats.Amount(budget.amount(), budget.currency())));
        }
        if (total < budget.minSpendCents()) {
            return Optional.of(new Refused.Problem(
                    FIELD,
                    "budget.ballot.underShare",
                    budget.minShare(),
                    new Formats.Amount(budget.minSpend(), budget.currency())));
        }
        return Optional.empty();
    }

    private static Optional<Refused.Problem> approval(Budget budget, Map<Long, Integer> chosen) {
        if (budget.minProjects() != null && chosen.size() < budget.minProjects()) {
            return Optional.of(new Refused.Problem(FIELD, "budget.ballot.tooFew", budget.minProjects()));
        }
        if (budget.maxProjects() != null && chosen.size() > budget.maxProjects()) {
            return Optional.of(new Refused.Problem(FIELD, "budget.ballot.tooMany", budget.maxProjects()));
        }
        return Optional.empty();
    }

    private static Optional<Refused.Problem> cumulative(Budget budget, Map<Long, Integer> chosen) {
        long sum = 0;
        for (int points : chosen.values()) {
            if (points < 1 || points > budget.pointsCap()) {
                return Optional.of(new Refused.Problem(FIELD, "budget.ballot.overCap", budget.pointsCap()));
            }
            sum += points;
        }
        if (sum > budget.points()) {
            return Optional.of(new Refused.Problem(FIELD, "budget.ballot.overPoints", sum, budget.points()));
        }
        return Optional.empty();
    }
}
