package org.cocrea.updates;

import java.time.OffsetDateTime;
import org.cocrea.platform.Markdown;

/** A dated post; the body is Markdown, rendered sanitised. */
public record UpdatePost(
        long id, long toolInstanceId, Long authorId, String title, String body, OffsetDateTime postedAt) {
    public org.cocrea.platform.SafeHtml bodyHtml() {
        return Markdown.toSafeHtml(body);
    }
}
