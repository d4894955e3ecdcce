package org.cocrea.tracking;

import java.time.LocalDate;

/** (Public because the precompiled templates read it.) A milestone: planned date, and the actual one once reached. */
public record Milestone(long id, long resultId, String title, LocalDate plannedOn, LocalDate doneOn) {
    public boolean reached() {
        return doneOn != null;
    }

    /** Not reached although its planned date is past. */
    public boolean late(LocalDate today) {
        return doneOn == null && plannedOn.isBefore(today);
    }
}
