package org.cocrea.drafts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A proposed change to one paragraph (replace it, add a paragraph after it, delete it) with its reason, the text
 * it was written against ({@code baseTextId}, {@code baseBody}, in version {@code baseVersion}), its supports and
 * the facilitators' decision with its public reason.
 */
public record Amendment(
        long id,
        long documentId,
        long paragraphId,
        long baseTextId,
        int baseVersion,
        String kind,
        String body,
        String reason,
        Long authorId,
        String status,
        String decisionReason,
        OffsetDateTime decidedAt,
        OffsetDateTime createdAt,
        String baseBody,
        int supports,
        boolean supported) {
    public static final String REPLACE = "replace";
    public static final String ADD = "add";
    public static final String DELETE = "delete";
    public static final List<String> KINDS = List.of(REPLACE, ADD, DELETE);

    public boolean isOpen() {
        return "open".equals(status);
    }

    /** The change as words: the new text against the old one, the added paragraph whole, the deleted one whole. */
    public List<Diff.Segment> diff() {
        return switch (kind) {
            case ADD -> List.of(new Diff.Segment(Diff.Kind.INSERTED, body));
            case DELETE -> List.of(new Diff.Segment(Diff.Kind.DELETED, baseBody));
            default -> Diff.words(baseBody, body);
        };
    }
}
