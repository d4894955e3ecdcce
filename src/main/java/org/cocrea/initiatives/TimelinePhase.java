package org.cocrea.initiatives;

import java.time.LocalDate;

/** One phase on an initiative's timeline; {@code cycle} grows when assessment loops back to commissioning. */
public record TimelinePhase(int cycle, Phase phase, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Position in the service cycle across cycles: the order the timeline must respect. */
    public int position() {
        return cycle * 10 + phase.ordinal();
    }
}
