package org.cocrea.ballots;

/**
 * The one-time voting codes an initiative has issued (today the budget's, which prints them), asked by other tools
 * of the same initiative that take a code as the key of a person without an account (the survey, ADR 0033). Only
 * codes' SHA-256 ({@link VotingCodes#hash}) cross this interface.
 */
public interface IssuedCodes {
    /** Whether a code with this hash was issued for a tool of the initiative. */
    boolean issued(long initiativeId, String codeHash);

    /** Whether the initiative has issued any code at all (a survey may take codes only then). */
    boolean any(long initiativeId);
}
