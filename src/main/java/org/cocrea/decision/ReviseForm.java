package org.cocrea.decision;

/** (Public because the precompiled templates read it.) A revision as typed: the new text and what changed. */
public record ReviseForm(String title, String body, String note) {
    static ReviseForm of(Decision d) {
        return new ReviseForm(d.title(), d.body(), "");
    }
}
