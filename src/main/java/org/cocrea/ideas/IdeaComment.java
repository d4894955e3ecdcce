package org.cocrea.ideas;

import java.time.OffsetDateTime;
import org.cocrea.platform.Markdown;

/** A comment, or a reply to one (one level deep). */
public record IdeaComment(long id, long ideaId, Long parentId, Long authorId, String body, OffsetDateTime createdAt) {
    public org.cocrea.platform.SafeHtml bodyHtml() {
        return Markdown.toSafeHtml(body);
    }
}
