package org.cocrea.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cocrea.ballots.SettingsForm;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up budgets and casting many ballots through the budget service, with its checks (the demo-data
 * generator, imports). A refused step throws {@link IllegalArgumentException} naming the rule.
 */
@Service
public class BulkBudgets {
    public record NewProject(String title, String description, long costCents, String category) {}

    private final BudgetService service;

    BulkBudgets(BudgetService service) {
        this.service = service;
    }

    /** Sets the budget up as its facilitator would (settings, projects), opens it, and returns the project ids. */
    @Transactional
    public List<Long> open(
            SignedInPerson manager, long instanceId, long amountCents, boolean knapsack, List<NewProject> projects) {
        String amount = BigDecimal.valueOf(amountCents, 2).toPlainString();
        var settings = SettingsForm.of(
                BudgetTool.FORM,
                amount,
                "EUR",
                knapsack ? "knapsack" : "approval",
                knapsack ? "mes" : "greedy",
                "",
                "",
                "",
                "",
                "",
                "members",
                "",
                "",
                "");
        var access = service.access(manager, instanceId).orElseThrow();
        try {
            service.saveSettings(access, settings);
            for (NewProject p : projects) {
                String cost = BigDecimal.valueOf(p.costCents(), 2).toPlainString();
                service.addProject(
                        access,
                        new ProjectForm(p.title(), p.description(), cost, p.category(), ""),
                        java.util.Optional.empty(),
                        java.util.List.of());
            }
            service.open(access);
        } catch (Refused refused) {
            throw new IllegalArgumentException("budget refused: " + refused.key());
        }
        var budget = service.budget(instanceId).orElseThrow();
        return service.projects(budget).stream().map(BudgetProject::id).toList();
    }

    public record ProjectCost(long id, long costCents) {}

    /** The open budget's projects with their costs, and (first) the amount as a pseudo-project of id 0. */
    public List<ProjectCost> projects(long instanceId) {
        var budget = service.budget(instanceId).orElseThrow();
        var list = new java.util.ArrayList<ProjectCost>();
        list.add(
                new ProjectCost(0, budget.ballotType() == BallotType.KNAPSACK ? budget.amountCents() : Long.MAX_VALUE));
        service.projects(budget).forEach(p -> list.add(new ProjectCost(p.id(), p.costCents())));
        return list;
    }

    /** Casts every ballot or none: one refused ballot rolls the whole list back. */
    @Transactional
    public void castAll(long instanceId, Map<Long, List<Long>> ballotsByVoter) {
        var refused = service.voteAll(instanceId, ballotsByVoter);
        if (!refused.isEmpty()) {
            var first = refused.entrySet().iterator().next();
            throw new IllegalArgumentException(refused.size() + " ballots refused, e.g. voter " + first.getKey() + ": "
                    + first.getValue().key());
        }
    }

    public long ballotCount(long instanceId) {
        return service.budget(instanceId).map(service::ballotCount).orElse(0L);
    }
}
