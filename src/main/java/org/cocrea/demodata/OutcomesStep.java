package org.cocrea.demodata;

import org.cocrea.evidence.BulkEvidence;
import org.cocrea.plans.PlanOutcomes;
import org.springframework.stereotype.Component;

/**
 * The individual plans' outcomes in the evidence tables: the plans step scores GAS goals through the plan tool, which
 * publishes each plan's {@code OutcomeRecorded}; the listeners take those in asynchronously, possibly after this
 * process ends. This step hands the current outcome of every plan ({@link PlanOutcomes#all()}) to the evidence
 * module, as the events would, so the portfolio's GAS figures are complete when the generation ends (each plan's
 * outcome is kept once by its key and revision, so an event arriving as well changes nothing). One batch.
 */
@Component
class OutcomesStep implements Step {
    private final PlanOutcomes outcomes;
    private final BulkEvidence evidence;
    private final Batches batches;

    OutcomesStep(PlanOutcomes outcomes, BulkEvidence evidence, Batches batches) {
        this.outcomes = outcomes;
        this.evidence = evidence;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "outcomes";
    }

    @Override
    public void run(Run r) {
        batches.run(r, name(), 1, 1, b -> 1, b -> evidence.outcomes(outcomes.all()));
    }
}
