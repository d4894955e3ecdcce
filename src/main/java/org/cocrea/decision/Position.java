package org.cocrea.decision;

import java.time.OffsetDateTime;

/**
 * (Public because the precompiled templates read it.) A position as the page shows it: who (null when the reader
 * may not see names), the position, its reason, the text it was given on and when. A position given on an earlier
 * text than the current one is marked, so its author knows to reconsider.
 */
public record Position(
        long personId, String name, String position, String reason, int revision, OffsetDateTime givenAt) {

    public boolean onEarlierText(Decision decision) {
        return revision < decision.revision();
    }
}
