package org.cocrea.demodata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cocrea.pacts.BulkPacts;
import org.springframework.stereotype.Component;

/**
 * Co-delivery: an active collaboration pact, with two to five reports of hours, in each of the first collective
 * co-delivery initiatives (cell 10 of each dozen), as many as the scale has budgets; through {@link BulkPacts}.
 */
@Component
class PactsStep implements Step {
    private static final List<String> GOODS = List.of("green-area", "bike-route", "school-garden", "square");
    private final BulkPacts pacts;
    private final Batches batches;

    PactsStep(BulkPacts pacts, Batches batches) {
        this.pacts = pacts;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "pacts";
    }

    /** The k-th collective initiative whose active phase is co-delivery. */
    static int initiativeOfPact(int k) {
        return 12 * k + 10;
    }

    @Override
    public void run(Run r) {
        int count = 0;
        while (count < r.n.budgets() && initiativeOfPact(count) < r.initiativeIds.size()) {
            count++;
        }
        batches.run(r, "pacts", count, count, b -> 1, k -> {
            Random random = r.random("pacts", k);
            int i = initiativeOfPact(k);
            long officer = r.person(i % r.n.professionals());
            double lat = 41.85 + random.nextDouble() * 0.1;
            double lon = 12.45 + random.nextDouble() * 0.1;
            String line = String.format(Locale.ROOT, "%.6f, %.6f%n%.6f, %.6f", lat, lon, lat + 0.002, lon + 0.003);
            var reports = new ArrayList<BulkPacts.NewReport>();
            for (int n = 2 + random.nextInt(4); n > 0; n--) {
                reports.add(new BulkPacts.NewReport(
                        r.today.minusDays(1 + random.nextInt(25)),
                        BigDecimal.valueOf(1 + random.nextInt(40)),
                        "Resoconto generato: " + Texts.subject(random) + "."));
            }
            pacts.activePact(
                    r.initiativeIds.get(i),
                    officer,
                    "Patto per " + Texts.subject(random),
                    Texts.pick(random, GOODS),
                    line,
                    r.today.minusDays(30),
                    reports);
        });
    }
}
