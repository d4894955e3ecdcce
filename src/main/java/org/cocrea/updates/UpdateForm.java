package org.cocrea.updates;

/** A new post as submitted. */
public record UpdateForm(String title, String body) {
    public static UpdateForm empty() {
        return new UpdateForm("", "");
    }
}
