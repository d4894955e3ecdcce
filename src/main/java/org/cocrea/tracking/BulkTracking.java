package org.cocrea.tracking;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo-data generator: a tracking instance in an initiative's co-delivery phase with many results at once,
 * checked by the pages' rules (a status and progress a facilitator could set, a reason for a cancellation, a
 * completed result at 100%) and inserted in JDBC batches, each result with the update that set its values.
 */
@Service
public class BulkTracking {
    /** A result as a facilitator would have left it; {@code status} is a status code, amounts in cents. */
    public record NewResult(
            String title,
            String description,
            long budgetCents,
            String status,
            int progress,
            long spentCents,
            String cancelReason) {}

    private final Initiatives initiatives;
    private final TrackingRepository results;

    BulkTracking(Initiatives initiatives, TrackingRepository results) {
        this.initiatives = initiatives;
        this.results = results;
    }

    /** Places a tracking instance in the initiative's co-delivery phase with these results; returns the instance. */
    @Transactional
    public long track(long initiativeId, List<NewResult> list) {
        var checked = new ArrayList<TrackingRepository.Generated>();
        for (NewResult n : list) {
            var problems = new ArrayList<Refused.Problem>();
            var values = TrackingRules.progress(
                    new ProgressForm(
                            n.status(),
                            String.valueOf(n.progress()),
                            java.math.BigDecimal.valueOf(n.spentCents(), 2).toPlainString(),
                            n.cancelReason(),
                            "Avanzamento registrato.",
                            ""),
                    problems);
            var byHand = TrackingRules.byHand(new ResultForm(
                    n.title(),
                    n.description(),
                    java.math.BigDecimal.valueOf(n.budgetCents(), 2).toPlainString()));
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
            checked.add(new TrackingRepository.Generated(
                    byHand.title(),
                    byHand.description(),
                    byHand.budgetCents(),
                    values.status(),
                    values.reason(),
                    values.progress(),
                    values.spentCents()));
        }
        long instance = initiatives
                .addToolForDemo(initiativeId, Phase.CO_DELIVERY, TrackingTool.ID)
                .id();
        results.addAll(instance, checked);
        return instance;
    }

    /** How many results the tracking instances hold, for the generator's summary. */
    public long count() {
        return results.count();
    }
}
