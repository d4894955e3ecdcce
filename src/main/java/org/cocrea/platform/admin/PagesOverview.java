package org.cocrea.platform.admin;

import java.time.Instant;
import java.util.List;
import org.cocrea.platform.Language;

/** Every static page in every language, with when it was last changed (null: still the default text). */
public record PagesOverview(List<Entry> entries) {
    public record Entry(StaticPage page, Language language, Instant updatedAt) {
        public String editPath() {
            return "/admin/pages/" + page.code() + "/" + language.code();
        }
    }
}
