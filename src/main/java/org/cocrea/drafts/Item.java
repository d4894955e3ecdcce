package org.cocrea.drafts;

import org.cocrea.platform.Markdown;
import org.cocrea.platform.SafeHtml;

/** One paragraph of a version: its place, its section's title, its identity across versions and its text. */
public record Item(int position, long sectionId, String section, long paragraphId, long textId, String body) {
    public SafeHtml html() {
        return Markdown.toSafeHtml(body);
    }
}
