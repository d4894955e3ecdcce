package org.cocrea.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * The initiatives a person has a role in, for their personal home; implemented by the initiatives module (the
 * platform depends on no module). A proxy's initiative is listed only while the citizen consents.
 */
public interface MyInitiatives {

    /** Where the home lists an initiative: the person's own, a professional's caseload, or one they facilitate. */
    enum Group {
        MINE,
        CASELOAD,
        FACILITATED
    }

    /**
     * One initiative: its level, role and active phase as codes (the {@code level.*}, {@code role.*} and
     * {@code phase.*} messages), the active phase null when none, and the day that phase ends, if set.
     */
    record Entry(
            long id, String title, String level, String role, String activePhase, LocalDate phaseEnds, Group group) {}

    List<Entry> of(long personId);
}
