package org.cocrea.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.Lifecycle;
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
        BallotStatus status,
        Eligibility eligibility,
        Integer points,
        Integer pointsCap,
        Integer minShare,
        boolean facilitatorsVote) {

    /** A budget open to the initiative's members, without points or minimum share. */
    public Budget(
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
            BallotStatus status) {
        this(
                id,
                toolInstanceId,
                amountCents,
                currency,
                ballotType,
                rule,
                minProjects,
                maxProjects,
                opensAt,
                closesAt,
                status,
                Eligibility.MEMBERS,
                null,
                null,
                null,
                false);
    }

    public BigDecimal minSpend() {
        return Money.of(minSpendCents());
    }

    /** The least a knapsack ballot must spend, in cents (0 without a minimum share). */
    public long minSpendCents() {
        return minShare == null ? 0 : (amountCents * minShare + 99) / 100;
    }

    /** When it takes ballots and shows results (the ballot tools' one rule). */
    public Lifecycle lifecycle() {
        return new Lifecycle(status, opensAt, closesAt);
    }

    /** Whether ballots are accepted at {@code now}: opened by a facilitator and within the dates, if any. */
    public boolean acceptsBallots(OffsetDateTime now) {
        return lifecycle().acceptsBallots(now);
    }

    /** The outcome is computed, shown and exported only once a facilitator closed the budget. */
    public boolean resultsShown() {
        return lifecycle().resultsShown(Lifecycle.now(), Lifecycle.Results.WHEN_CLOSED);
    }

    public BigDecimal amount() {
        return Money.of(amountCents);
    }
}
