package org.cocrea.decision;

/** (Public because the precompiled templates read it.) The outcome statement and its review date, as typed. */
public record OutcomeForm(String outcome, String reviewOn) {
    /** Empty, with a review date three months from {@code today} to start from. */
    static OutcomeForm empty(java.time.LocalDate today) {
        return new OutcomeForm("", today.plusMonths(3).toString());
    }
}
