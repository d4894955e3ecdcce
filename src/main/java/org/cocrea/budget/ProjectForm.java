package org.cocrea.budget;

/** A project as a facilitator typed it. */
public record ProjectForm(String title, String description, String cost, String category, String imageAlt) {
    static ProjectForm empty() {
        return new ProjectForm("", "", "", "", "");
    }
}
