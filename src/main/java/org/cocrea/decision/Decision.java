package org.cocrea.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.cocrea.platform.Markdown;
import org.cocrea.platform.SafeHtml;

/**
 * (Public because the precompiled templates read it.) A proposal to decide, with its current text ({@code revision}
 * counts the texts it has had), its quorum (null for a sense check), its closing time and, once closed, the members
 * who could take a position then and the outcome with its review date.
 */
public record Decision(
        long id,
        long toolInstanceId,
        Kind kind,
        String title,
        String body,
        int revision,
        Quorum quorum,
        boolean closed,
        OffsetDateTime closesAt,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        Integer membersAtClose,
        String outcome,
        LocalDate reviewOn,
        OffsetDateTime outcomeAt) {

    /** Whether positions are taken at {@code now}: not closed, and before the closing time. */
    public boolean acceptsPositions(OffsetDateTime now) {
        return !closed && now.isBefore(closesAt);
    }

    /** Closed by a facilitator or the clock, or past its closing time (the clock has not come by yet). */
    public boolean ended(OffsetDateTime now) {
        return !acceptsPositions(now);
    }

    public SafeHtml bodyHtml() {
        return Markdown.toSafeHtml(body);
    }

    public SafeHtml outcomeHtml() {
        return Markdown.toSafeHtml(outcome == null ? "" : outcome);
    }

    /** The page of this decision. */
    public String path() {
        return "/decision/" + toolInstanceId + "/" + id;
    }
}
