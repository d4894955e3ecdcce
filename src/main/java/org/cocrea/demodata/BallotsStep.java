package org.cocrea.demodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.cocrea.budget.BulkBudgets;
import org.cocrea.initiatives.BulkInitiatives;
import org.springframework.stereotype.Component;

/** Commissioning: ballots cast in the budgets, through {@link BulkBudgets}. */
@Component
class BallotsStep implements Step {
    private final BulkBudgets bulkBudgets;
    private final BudgetsStep budgets;
    private final BulkInitiatives initiatives;
    private final Batches batches;

    BallotsStep(BulkBudgets bulkBudgets, BudgetsStep budgets, BulkInitiatives initiatives, Batches batches) {
        this.bulkBudgets = bulkBudgets;
        this.budgets = budgets;
        this.initiatives = initiatives;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "ballots";
    }

    /** The voters of budget k: a shuffle of the citizens, the same on every run with this seed. */
    static int[] voters(Scale.Counts n, long seed, int k) {
        int[] citizens = new int[n.citizens()];
        for (int c = 0; c < citizens.length; c++) {
            citizens[c] = n.professionals() + c;
        }
        var random = new Random(seed * 31 + k);
        for (int c = citizens.length - 1; c > 0; c--) {
            int swap = random.nextInt(c + 1);
            int t = citizens[c];
            citizens[c] = citizens[swap];
            citizens[swap] = t;
        }
        return citizens;
    }

    @Override
    public void run(Run r) {
        int size = 1000;
        int perBudget = r.n.ballotsPerBudget();
        int batchesPerBudget = Batches.count(perBudget, size);
        var shuffles = new int[r.n.budgets()][];
        batches.run(
                r,
                "ballots",
                r.n.budgets() * batchesPerBudget,
                (long) perBudget * r.n.budgets(),
                b -> Batches.sizeOf(b % batchesPerBudget, perBudget, size),
                b -> {
                    int k = b / batchesPerBudget;
                    int m = b % batchesPerBudget;
                    if (shuffles[k] == null) {
                        shuffles[k] = voters(r.n, r.seed, k);
                    }
                    cast(r, r.random("ballots", b), k, shuffles[k], m * size, Batches.sizeOf(m, perBudget, size));
                });
    }

    private void cast(Run r, Random random, int k, int[] shuffle, int from, int count) {
        long instance = budgets.budgetInstance(r, k);
        long initiative = r.initiativeIds.get(InitiativesStep.initiativeOfBudget(k));
        var voters = new ArrayList<Long>();
        for (int v = from; v < from + count; v++) {
            voters.add(r.person(shuffle[v]));
        }
        initiatives.joinAll(initiative, voters);
        var projects = bulkBudgets.projects(instance);
        var ballots = new LinkedHashMap<Long, List<Long>>();
        for (long voter : voters) {
            ballots.put(voter, choose(random, projects));
        }
        bulkBudgets.castAll(instance, ballots);
    }

    /**
     * One to five projects in random order, skipping those that would pass the budget's amount (the first entry
     * of {@code projects}; knapsack budgets hold at least the largest project, so a ballot is never empty).
     */
    static List<Long> choose(Random random, List<BulkBudgets.ProjectCost> projects) {
        long room = projects.get(0).costCents();
        var shuffled = new ArrayList<>(projects.subList(1, projects.size()));
        java.util.Collections.shuffle(shuffled, random);
        int most = 1 + random.nextInt(5);
        var chosen = new ArrayList<Long>();
        for (var p : shuffled) {
            if (chosen.size() < most && p.costCents() <= room) {
                chosen.add(p.id());
                room -= p.costCents();
            }
        }
        return chosen;
    }
}
