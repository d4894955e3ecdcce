package org.cocrea.opinions;

import java.time.OffsetDateTime;

/**
 * A conversation's settings and the state of its last computation (the opinion_conversation row).
 *
 * @param moderation "before" (statements wait for a facilitator) or "after" (published at once, rejected later)
 * @param method "cocrea" or "polis"
 * @param computedAt when the map shown was computed (null: never)
 * @param votesCounted the number of votes it was computed from
 */
public record ConversationState(
        long toolInstanceId,
        String moderation,
        String method,
        boolean stale,
        OffsetDateTime computedAt,
        Long votesCounted,
        String mapJson) {
    static ConversationState defaults(long toolInstanceId) {
        return new ConversationState(toolInstanceId, "after", "cocrea", false, null, null, null);
    }
}
