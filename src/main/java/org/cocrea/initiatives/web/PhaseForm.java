package org.cocrea.initiatives.web;

/** Adding a phase to the timeline; dates as ISO strings so a bad date is a field error, not a 400. */
public record PhaseForm(String phase, String cycle, String start, String end) {
    public static PhaseForm empty() {
        return new PhaseForm("", "1", "", "");
    }
}
