package org.cocrea.initiatives;

/** A citizen's proposal as submitted. */
public record ProposalForm(
        Long organisationId, String title, String summary, String description, String domain, String level) {
    public static ProposalForm empty() {
        return new ProposalForm(null, "", "", "", "", "collective");
    }

    public String text(String value) {
        return value == null ? "" : value;
    }
}
