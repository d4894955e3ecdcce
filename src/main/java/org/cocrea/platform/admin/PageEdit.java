package org.cocrea.platform.admin;

import java.time.Instant;
import java.util.List;
import org.cocrea.platform.Language;
import org.cocrea.platform.SafeHtml;

/**
 * The administrators' editor of one page in one language: the text in the box (what was typed, when shown again
 * after a refusal), the page as it reads now, whether that is still the default text, and the latest revisions.
 */
public record PageEdit(
        StaticPage page, Language language, String body, SafeHtml current, boolean isDefault, List<Change> changes) {

    /** One revision: who saved it, when, and the text it saved (shown escaped, as written). */
    public record Change(String changedBy, Instant changedAt, String text) {
        public int length() {
            return text.length();
        }
    }

    public String action() {
        return "/admin/pages/" + page.code() + "/" + language.code();
    }
}
