package org.cocrea.comments;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.cocrea.platform.Markdown;
import org.cocrea.platform.SafeHtml;

/**
 * A comment, or a reply to one ({@code parentId}), as its thread shows it: hidden ones ({@code moderation}
 * "pending" after reports, "hidden" by a facilitator) only to facilitators and their author.
 */
public record Comment(
        long id,
        Long parentId,
        Long authorId,
        String body,
        OffsetDateTime createdAt,
        OffsetDateTime editedAt,
        String moderation,
        int replies,
        boolean reportedByMe) {

    /** How long after writing it the author may still change a comment. */
    public static final Duration EDITABLE_FOR = Duration.ofMinutes(15);

    public boolean hidden() {
        return moderation.equals("pending") || moderation.equals("hidden");
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean reply() {
        return parentId != null;
    }

    public boolean editableAt(Instant now) {
        return now.isBefore(createdAt.toInstant().plus(EDITABLE_FOR));
    }

    public SafeHtml bodyHtml() {
        return Markdown.toSafeHtml(body);
    }
}
