package org.cocrea.survey;

import java.time.OffsetDateTime;

/**
 * (Public because the precompiled templates read it.) A tool instance's survey: a draft while facilitators build
 * it, then open (answers accepted between {@code opensAt} and {@code closesAt}), then closed. {@code codes}: people
 * without an account may answer with a voting code of the initiative's budget (ADR 0033).
 */
public record Survey(
        long instanceId,
        String title,
        String intro,
        boolean anonymous,
        String status,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        boolean resultsPublished,
        boolean announced,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        boolean codes) {

    public boolean draft() {
        return "draft".equals(status);
    }

    /** Open and between its dates: answers are taken. */
    public boolean accepting(OffsetDateTime now) {
        return "open".equals(status) && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Published but its opening time is still to come. */
    public boolean upcoming(OffsetDateTime now) {
        return "open".equals(status) && now.isBefore(opensAt);
    }

    /** Closed by a facilitator or the clock, or past its closing time. */
    public boolean ended(OffsetDateTime now) {
        return "closed".equals(status) || ("open".equals(status) && !now.isBefore(closesAt));
    }

    public String path() {
        return "/survey/" + instanceId;
    }
}
