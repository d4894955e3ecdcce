package org.cocrea.shifts;

/** An activity as typed. */
public record ActivityForm(
        String title, String description, String briefing, String safety, String skills, String minorsAllowed) {

    public static ActivityForm empty() {
        return new ActivityForm("", "", "", "", "", "");
    }

    static ActivityForm of(Activity a) {
        return new ActivityForm(
                a.title(), a.description(), a.briefing(), a.safety(), a.skills(), a.minorsAllowed() ? "yes" : "");
    }

    public boolean minors() {
        return "yes".equals(minorsAllowed);
    }
}
