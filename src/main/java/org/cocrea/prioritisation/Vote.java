package org.cocrea.prioritisation;

import java.time.OffsetDateTime;

/**
 * (Public because the precompiled templates read it.) The vote of one tool instance. {@code maxApprovals} is k
 * of an approval ballot; {@code points} and {@code pointCap} are N and the per-option cap of a dot ballot; null
 * dates mean no limit besides the facilitator's opening and closing.
 */
public record Vote(
        long id,
        long toolInstanceId,
        String question,
        BallotKind kind,
        Integer maxApprovals,
        Integer points,
        Integer pointCap,
        Eligibility eligibility,
        boolean named,
        boolean hideResults,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        VoteStatus status) {

    /** Ballots are accepted once opened by a facilitator, within the dates if any, until closed. */
    public boolean acceptsBallots(OffsetDateTime now) {
        return status == VoteStatus.OPEN
                && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    /** Closed by a facilitator or past its closing date: the result is final. */
    public boolean closed(OffsetDateTime now) {
        return status == VoteStatus.CLOSED
                || (status == VoteStatus.OPEN && closesAt != null && !now.isBefore(closesAt));
    }

    /** Results are shown once final, or while voting when the facilitator did not hide them. */
    public boolean resultsShown(OffsetDateTime now) {
        return closed(now) || (!hideResults && status == VoteStatus.OPEN);
    }

    /** For messages: draft, scheduled (opened but before its opening date), open or closed. */
    public String stage(OffsetDateTime now) {
        if (closed(now)) {
            return "closed";
        }
        if (status == VoteStatus.DRAFT) {
            return "draft";
        }
        return acceptsBallots(now) ? "open" : "scheduled";
    }

    /** The opening time for people to read, in Italian time; empty when there is none. */
    public String opensAtText() {
        return text(opensAt);
    }

    public String closesAtText() {
        return text(closesAt);
    }

    private static String text(OffsetDateTime time) {
        return time == null
                ? ""
                : time.atZoneSameInstant(VoteService.ZONE)
                        .toLocalDateTime()
                        .toString()
                        .replace('T', ' ');
    }
}
