package org.cocrea.vote;

/** (Public because the precompiled templates read it.) A new option as typed. */
public record OptionForm(String title, String description) {
    public OptionForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }

    static OptionForm empty() {
        return new OptionForm("", "");
    }
}
