package org.cocrea.initiatives.petitions;

/** An organisation's rule for citizen petitions: supports needed, and days to answer once reached. */
public record PetitionSettings(int supportThreshold, int answerDays) {}
