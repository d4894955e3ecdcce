package org.cocrea.initiatives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cocrea.platform.FieldProblem;

/** A timeline follows the service cycle: each phase once per cycle, in order, dates neither reversed nor overlapping. */
final class TimelineRules {
    static final int MAX_CYCLES = 20;

    private TimelineRules() {}

    /** Throws an {@link FieldProblem} when {@code added} cannot join {@code existing}. */
    static void check(List<TimelinePhase> existing, TimelinePhase added) {
        if (added.cycle() < 1 || added.cycle() > MAX_CYCLES) {
            throw new FieldProblem("cycle", "timeline.cycle.invalid");
        }
        if (added.end().isBefore(added.start())) {
            throw new FieldProblem("end", "timeline.dates.reversed");
        }
        if (existing.stream().anyMatch(p -> p.cycle() == added.cycle() && p.phase() == added.phase())) {
            throw new FieldProblem("phase", "timeline.phase.twice");
        }
        var all = new ArrayList<>(existing);
        all.add(added);
        all.sort(Comparator.comparingInt(TimelinePhase::position));
        for (int k = 1; k < all.size(); k++) {
            TimelinePhase before = all.get(k - 1);
            TimelinePhase after = all.get(k);
            if (!after.start().isAfter(before.end())) {
                boolean overlap =
                        !after.start().isAfter(before.end()) && !before.start().isAfter(after.end());
                throw new FieldProblem("start", overlap ? "timeline.dates.overlap" : "timeline.dates.order");
            }
        }
    }
}
