package org.cocrea.demodata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocrea.budget.BulkBudgets;
import org.cocrea.initiatives.BulkInitiatives;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Component;

/** Commissioning: open participatory budgets with their projects, through {@link BulkBudgets}. */
@Component
class BudgetsStep implements Step {
    private final BulkBudgets budgets;
    private final BulkInitiatives initiatives;
    private final Batches batches;

    BudgetsStep(BulkBudgets budgets, BulkInitiatives initiatives, Batches batches) {
        this.budgets = budgets;
        this.initiatives = initiatives;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "budgets";
    }

    @Override
    public void run(Run r) {
        batches.run(r, "budgets", r.n.budgets(), r.n.budgets(), b -> 1, k -> {
            Random random = r.random("budgets", k);
            int i = InitiativesStep.initiativeOfBudget(k);
            var manager = Actor.professional(r.person(i % r.n.professionals()));
            var projects = new ArrayList<BulkBudgets.NewProject>();
            long sum = 0;
            long largest = 0;
            for (int p = 8 + random.nextInt(7); p > 0; p--) {
                long cents = (5 + random.nextInt(120)) * 1_000_00L;
                sum += cents;
                largest = Math.max(largest, cents);
                String subject = Texts.subject(random);
                projects.add(new BulkBudgets.NewProject(
                        Texts.pick(random, Texts.VERBS) + " " + subject,
                        "Progetto generato: " + subject + ".",
                        cents,
                        Texts.pick(random, List.of("mobilità", "verde", "sicurezza", "comunità", "cultura"))));
            }
            long amount = Math.max(largest, sum * 2 / 5);
            budgets.open(manager, budgetInstance(r, k), amount, k % 2 == 0, projects);
        });
    }

    long budgetInstance(Run r, int k) {
        long initiative = r.initiativeIds.get(InitiativesStep.initiativeOfBudget(k));
        return initiatives.tools(initiative).stream()
                .filter(t -> t.toolId().equals("budget"))
                .mapToLong(ToolInstance::id)
                .findFirst()
                .orElseThrow();
    }
}
