package org.cocrea.drafts;

/** A facilitator's decision on an amendment: "accept" or "reject", with its public reason. */
public record DecisionForm(String decision, String reason) {
    static DecisionForm empty() {
        return new DecisionForm("", "");
    }
}
