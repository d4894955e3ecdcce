package org.cocrea.decision;

/** (Public because the precompiled templates read it.) The outcome statement and its review date, as typed. */
public record OutcomeForm(String outcome, String reviewOn) {
    static OutcomeForm empty() {
        return new OutcomeForm("", "");
    }
}
