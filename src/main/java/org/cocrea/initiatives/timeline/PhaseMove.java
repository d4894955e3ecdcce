package org.cocrea.initiatives.timeline;

import java.util.List;
import org.cocrea.initiatives.TimelinePhase;

/**
 * Moving an initiative on to the next phase of the service cycle: the active phase with its new (last) day,
 * the next phase from today, whether the next phase was already planned on the timeline (then only its start
 * moves), and the timeline as it will be.
 */
public record PhaseMove(TimelinePhase ending, TimelinePhase next, boolean planned, List<TimelinePhase> after) {

    /** Whether the next phase opens a new cycle (assessment loops back to commissioning). */
    public boolean newCycle() {
        return next.cycle() != ending.cycle();
    }

    /** The phase's length in days, both ends included. */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(next.start(), next.end()) + 1;
    }
}
