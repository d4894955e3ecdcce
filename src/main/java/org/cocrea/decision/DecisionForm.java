package org.cocrea.decision;

/** (Public because the precompiled templates read it.) A new proposal as typed; the closing time is local time. */
public record DecisionForm(
        String kind, String title, String body, String quorumKind, String quorumValue, String closesAt) {

    static DecisionForm empty(String closesAt) {
        return new DecisionForm("consent", "", "", Quorum.SHARE, "50", closesAt);
    }
}
