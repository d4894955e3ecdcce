package org.cocrea.decision;

/** (Public because the precompiled templates read it.) A position as typed. */
public record PositionForm(String position, String reason) {
    static PositionForm empty() {
        return new PositionForm("", "");
    }
}
