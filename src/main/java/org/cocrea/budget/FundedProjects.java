package org.cocrea.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the participatory budgets of an initiative funded, for the tool that tracks their delivery (issue 17). The
 * funded set is computed by the very code that draws the results page ({@link BudgetService#results}), so a project
 * is tracked exactly when the results page says it was funded; a budget counts only once its results are shown
 * (closed). The caller decides who may see them.
 */
@Service
public class FundedProjects {
    /**
     * A funded project: its budget and id, title and description as voters read them, cost in cents, picture (or
     * null) and the accepted proposal it was imported from (or null).
     */
    public record Funded(
            long projectId,
            long budgetId,
            String title,
            String description,
            long costCents,
            Long imageId,
            Long proposalId) {}

    private final Initiatives initiatives;
    private final BudgetRepository budgets;
    private final BudgetService service;
    private final IdeaImportRepository sources;

    FundedProjects(
            Initiatives initiatives, BudgetRepository budgets, BudgetService service, IdeaImportRepository sources) {
        this.initiatives = initiatives;
        this.budgets = budgets;
        this.service = service;
        this.sources = sources;
    }

    /**
     * What an initiative's budgets hold for the tracking tool, read in one pass over its budgets: the funded projects
     * of its closed budgets, and the accepted proposals that went into any of its budgets, funded or not (a proposal
     * the voters did not fund is not "accepted and delivered" on its own).
     */
    public record Report(List<Funded> funded, Set<Long> proposalsInBudgets) {}

    @Transactional(readOnly = true)
    public Report report(long initiativeId) {
        var funded = new ArrayList<Funded>();
        var proposals = new HashSet<Long>();
        for (Budget budget : budgetsOf(initiativeId)) {
            var from = sources.sources(budget.id());
            proposals.addAll(from.values());
            if (budget.resultsShown()) {
                funded.addAll(funded(budget, service.results(budget).selected(), from));
            }
        }
        return new Report(List.copyOf(funded), Set.copyOf(proposals));
    }

    /** The funded projects of the initiative's closed budgets, in each budget's selection order. */
    public List<Funded> of(long initiativeId) {
        return report(initiativeId).funded();
    }

    /**
     * For demo data only: what the initiative's budgets fund, a budget still open (the demo's takes ballots) counted
     * as its projects in election order while they fit in its amount, which is what the greedy rule funds when every
     * project has the same support. A closed budget gives its results, as {@link #of}.
     */
    @Transactional(readOnly = true)
    public List<Funded> forDemo(long initiativeId) {
        var funded = new ArrayList<Funded>();
        for (Budget budget : budgetsOf(initiativeId)) {
            if (budget.resultsShown()) {
                funded.addAll(funded(budget, service.results(budget).selected(), sources.sources(budget.id())));
                continue;
            }
            long left = budget.amountCents();
            var fitting = new ArrayList<BudgetProject>();
            for (BudgetProject p : budgets.projects(budget.id())) {
                if (p.costCents() <= left) {
                    fitting.add(p);
                    left -= p.costCents();
                }
            }
            funded.addAll(funded(budget, fitting, sources.sources(budget.id())));
        }
        return funded;
    }

    private List<Budget> budgetsOf(long initiativeId) {
        return initiatives.toolInstancesOf(initiativeId).stream()
                .filter(i -> i.toolId().equals(BudgetTool.ID))
                .map(ToolInstance::id)
                .map(budgets::ofInstance)
                .flatMap(Optional::stream)
                .toList();
    }

    private static List<Funded> funded(Budget budget, List<BudgetProject> projects, java.util.Map<Long, Long> from) {
        return projects.stream()
                .map(p -> new Funded(
                        p.id(), budget.id(), p.title(), p.description(), p.costCents(), p.imageId(), from.get(p.id())))
                .toList();
    }
}
