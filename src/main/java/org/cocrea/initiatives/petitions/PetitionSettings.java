package org.cocrea.initiatives;

/** An organisation's rule for citizen proposals: supports needed, and days to answer once reached. */
public record ProposalSettings(int supportThreshold, int answerDays) {}
