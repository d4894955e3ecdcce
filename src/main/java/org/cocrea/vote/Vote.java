package org.cocrea.vote;

import java.time.OffsetDateTime;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.Lifecycle;

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
        BallotStatus status,
        boolean facilitatorsVote) {

    /** When it takes ballots (the ballot tools' one lifecycle). */
    public Lifecycle lifecycle() {
        return new Lifecycle(status, opensAt, closesAt);
    }

    public boolean acceptsBallots(OffsetDateTime now) {
        return lifecycle().acceptsBallots(now);
    }

    /** Closed by a facilitator or past its closing date: the result is final. */
    public boolean closed(OffsetDateTime now) {
        return lifecycle().ended(now);
    }

    /** Results are shown once final, or while voting when the facilitator did not hide them. */
    public boolean resultsShown(OffsetDateTime now) {
        return lifecycle().resultsShown(now, hideResults ? Lifecycle.Results.WHEN_ENDED : Lifecycle.Results.WHILE_OPEN);
    }

    /** For messages: draft, scheduled (opened but before its opening date), open or closed. */
    public String stage(OffsetDateTime now) {
        return lifecycle().stage(now);
    }
}
