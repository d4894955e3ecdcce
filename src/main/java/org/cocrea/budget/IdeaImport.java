package org.cocrea.budget;

import java.util.HashSet;
import org.cocrea.ballots.Voters;
import org.cocrea.ideas.AcceptedIdea;
import org.cocrea.ideas.Ideas;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the accepted proposals of the budget's initiative into projects of a draft budget. Each proposal is
 * imported once: the budget row is locked for the import, and (budget, source proposal) is unique.
 */
@Service
class IdeaImport {
    /** How an import went: projects added, and accepted proposals left out (no cost, or dearer than the budget). */
    record Outcome(int imported, int skipped) {}

    private final Ideas ideas;
    private final BudgetRepository budgets;
    private final IdeaImportRepository projects;
    private final TransactionTemplate tx;

    IdeaImport(
            Ideas ideas,
            BudgetRepository budgets,
            IdeaImportRepository projects,
            PlatformTransactionManager transactions) {
        this.ideas = ideas;
        this.budgets = budgets;
        this.projects = projects;
        this.tx = new TransactionTemplate(transactions);
    }

    /** For facilitators; empty outcome (0, 0) when nothing was waiting. Null when the budget is not a draft. */
    Outcome importAccepted(ToolAccess access) {
        Voters.requireManager(access);
        var budget = budgets.ofInstance(access.id()).orElse(null);
        if (budget == null || !budget.status().mayChange()) {
            return null;
        }
        long initiative = access.initiative().id();
        try {
            return tx.execute(status -> into(budget, initiative));
        } catch (DuplicateKeyException raced) {
            // Another import of the same proposals won; nothing of this one was kept.
            return new Outcome(0, 0);
        }
    }

    /** Within the caller's transaction; used by the demo data too. */
    Outcome into(Budget budget, long initiativeId) {
        projects.lock(budget.id());
        var done = new HashSet<>(projects.imported(budget.id()));
        int imported = 0;
        int skipped = 0;
        for (AcceptedIdea idea : ideas.accepted(initiativeId)) {
            if (done.contains(idea.id())) {
                continue;
            }
            Long cost = idea.costCents();
            if (cost == null || cost <= 0 || cost > budget.amountCents()) {
                skipped++;
                continue;
            }
            // The proposal's picture is shown for the project too (same initiative, so the same readers).
            projects.add(
                    budget.id(),
                    idea.title(),
                    description(idea),
                    cost,
                    idea.category(),
                    idea.id(),
                    idea.hasPoint() ? idea.latitude() : null,
                    idea.hasPoint() ? idea.longitude() : null,
                    idea.imageId());
            imported++;
        }
        return new Outcome(imported, skipped);
    }

    private static String description(AcceptedIdea idea) {
        return idea.hasPoint() ? idea.body() + "\n\n[OpenStreetMap](" + idea.mapUrl() + ")" : idea.body();
    }
}
