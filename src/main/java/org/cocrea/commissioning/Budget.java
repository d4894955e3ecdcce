package org.cocrea.commissioning;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.cocrea.voting.Rule;

/** (Public because the precompiled templates read it.) The budget of one tool instance; amounts in cents. Null min/max/dates mean "no limit". */
public record Budget(
        long id,
        long toolInstanceId,
        long amountCents,
        String currency,
        BallotType ballotType,
        Rule rule,
        Integer minProjects,
        Integer maxProjects,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        BudgetStatus status) {

    /** Whether ballots are accepted at {@code now}: opened by a facilitator and within the dates, if any. */
    public boolean acceptsBallots(OffsetDateTime now) {
        return status == BudgetStatus.OPEN
                && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    public BigDecimal amount() {
        return Money.of(amountCents);
    }
}
