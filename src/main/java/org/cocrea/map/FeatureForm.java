package org.cocrea.map;

/** The form for a new feature, as typed (nulls allowed): the geometry is the "latitude, longitude" lines. */
public record FeatureForm(String title, String category, String description, String kind, String coordinates) {
    static FeatureForm empty() {
        return new FeatureForm("", "", "", "line", "");
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
