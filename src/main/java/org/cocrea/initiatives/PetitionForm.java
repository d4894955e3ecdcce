package org.cocrea.initiatives;

/** A citizen's petition as submitted. */
public record PetitionForm(
        Long organisationId, String title, String summary, String description, String domain, String level) {
    public static PetitionForm empty() {
        return new PetitionForm(null, "", "", "", "", "collective");
    }

    public String text(String value) {
        return value == null ? "" : value;
    }
}
