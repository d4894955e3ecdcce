package org.cocrea.drafts;

import org.cocrea.platform.SafeHtml;

/** One paragraph of a version: its place, its section's title, its identity across versions and its text. */
public record Item(int position, long sectionId, String section, long paragraphId, long textId, String body) {
    /** The text rendered; a text row never changes, so its rendering is kept by its id ({@link Rendered}). */
    public SafeHtml html() {
        return Rendered.of(textId, body);
    }
}
