package org.cocrea.accounts;

import java.time.OffsetDateTime;

/**
 * (Public for the templates.) An open contested residence claim as its organisation's officers see it: who claims,
 * who holds the identifier now (null when nobody does any more), and when. Never the identifier itself.
 */
public record ResidenceContest(
        long id,
        String claimantName,
        String claimantEmail,
        String holderName,
        String holderEmail,
        OffsetDateTime claimedAt) {}
