package org.cocrea.budget;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (the JSON API) may read of a budget and the one way they cast a ballot: through the same
 * service the web page uses, so eligibility, the lock, confirmed addresses and exactly-once counting hold. Each
 * method takes the {@link ToolAccess} its caller opened for the person (or nobody).
 */
@Service
public class Budgets {
    private final BudgetService service;

    Budgets(BudgetService service) {
        this.service = service;
    }

    /** The budget of the instance with its projects in ballot order; empty before the facilitators made one. */
    @Transactional(readOnly = true)
    public Optional<Budget> budget(ToolAccess access) {
        return requireBudget(access) ? service.budget(access.id()) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<BudgetProject> projects(Budget budget) {
        return service.projects(budget);
    }

    /** The results, only once the ballot tools' rule shows them (closed); else empty. */
    @Transactional(readOnly = true)
    public Optional<Results> results(ToolAccess access) {
        return budget(access).filter(Budget::resultsShown).map(service::results);
    }

    /**
     * A ballot for the person of {@code access}: project ids with their points (1 each for approval and knapsack
     * ballots). Refused ({@link Refused}) as on the page: not eligible, unconfirmed address, closed, a rule broken.
     */
    public org.cocrea.ballots.BallotBox.Cast vote(ToolAccess access, SortedMap<Long, Integer> choice) {
        var budget = budget(access).orElseThrow(() -> new Refused(BallotBox.FIELD, "budget.ballot.unknown"));
        if (budget.ballotType() != BallotType.CUMULATIVE
                && choice.values().stream().anyMatch(p -> p != 1)) {
            throw new Refused(BallotBox.FIELD, "budget.ballot.unknown");
        }
        return service.vote(access, budget, choice);
    }

    /** Closes an open budget for good, publishing its results; a facilitator's act, refused to anyone else. */
    public void close(ToolAccess access) {
        if (!requireBudget(access)) {
            throw new Refused(null, "budget.close.notOpen");
        }
        service.close(access);
    }

    private static boolean requireBudget(ToolAccess access) {
        return access != null && access.instance().toolId().equals(BudgetTool.ID);
    }
}
