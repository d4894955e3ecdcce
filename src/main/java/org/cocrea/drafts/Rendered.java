package org.cocrea.drafts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.Markdown;
import org.cocrea.platform.SafeHtml;

/**
 * Paragraph texts rendered through {@link Markdown}, kept by text id: a {@code draft_text} row is never changed
 * (a new text is a new row), so its rendering never goes stale. A document of 200 paragraphs is otherwise
 * rendered and sanitised again on every view of it and of each of its versions. Bounded, least recently used; a hit
 * must also have the same source text, so another database's row of the same id (tests, a restore) is never mixed up.
 */
final class Rendered {
    static final int SIZE = 4_000;
    /** Longer texts are rendered every time, so the cache stays within a few tens of megabytes. */
    static final int LONGEST = 2_000;

    /** The text as rendered, kept with its source: a hit must have the same text (another database, a restore). */
    private record Entry(String body, SafeHtml html) {}

    private static final Map<Long, Entry> CACHE = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > SIZE;
        }
    };

    private Rendered() {}

    static SafeHtml of(long textId, String body) {
        synchronized (CACHE) {
            var kept = CACHE.get(textId);
            if (kept != null && kept.body().equals(body)) {
                return kept.html();
            }
        }
        var html = Markdown.toSafeHtml(body);
        if (body == null || body.length() > LONGEST) {
            return html;
        }
        synchronized (CACHE) {
            CACHE.put(textId, new Entry(body, html));
        }
        return html;
    }
}
