package org.cocrea.ideas;

/** A new proposal as typed; numbers stay text until checked, so that a bad value is shown back as typed. */
public record IdeaForm(
        String title, String body, String category, String latitude, String longitude, String cost, String imageAlt) {
    public static IdeaForm empty() {
        return new IdeaForm("", "", "", "", "", "", "");
    }

    static String text(String s) {
        return s == null ? "" : s.trim();
    }
}
