package org.cocrea.demodata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocrea.tracking.BulkTracking;
import org.springframework.stereotype.Component;

/**
 * Co-delivery: a hundred tracked projects in the initiative of each budget (2,000 at the city scale, the size the
 * organisation-wide tracking page is measured at), through {@link BulkTracking}, with statuses, progress and money
 * spread as a municipality's would be.
 */
@Component
class TrackingStep implements Step {
    static final int PER_BUDGET = 100;
    private final BulkTracking tracking;
    private final Batches batches;

    TrackingStep(BulkTracking tracking, Batches batches) {
        this.tracking = tracking;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "tracking";
    }

    @Override
    public void run(Run r) {
        batches.run(r, "tracking", r.n.budgets(), r.n.budgets(), b -> 1, k -> {
            Random random = r.random("tracking", k);
            long initiative = r.initiativeIds.get(InitiativesStep.initiativeOfBudget(k));
            var results = new ArrayList<BulkTracking.NewResult>();
            for (int p = 0; p < PER_BUDGET; p++) {
                long budget = (5 + random.nextInt(120)) * 1_000_00L;
                int roll = random.nextInt(10);
                String status = roll < 3 ? "planned" : roll < 7 ? "in-progress" : roll < 9 ? "completed" : "cancelled";
                int progress = switch (status) {
                    case "planned" -> 0;
                    case "completed" -> 100;
                    default -> random.nextInt(100);
                };
                long spent = budget * Math.min(progress + random.nextInt(15), 110) / 100;
                String subject = Texts.subject(random);
                results.add(new BulkTracking.NewResult(
                        Texts.pick(random, Texts.VERBS) + " " + subject,
                        "Progetto generato: " + subject + ".",
                        budget,
                        status,
                        progress,
                        spent,
                        status.equals("cancelled") ? "Costi non più sostenibili." : null));
            }
            tracking.track(initiative, List.copyOf(results));
        });
    }
}
