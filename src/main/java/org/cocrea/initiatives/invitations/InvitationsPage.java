package org.cocrea.initiatives.invitations;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.initiatives.Initiative;

/**
 * The facilitators' invitations page of a group initiative: pending invitations by mail and the join link's
 * dates ({@code null} when there is no link). {@code collective} when the initiative needs no invitations.
 */
public record InvitationsPage(
        Initiative initiative,
        boolean collective,
        List<Pending> pending,
        OffsetDateTime linkCreatedAt,
        OffsetDateTime linkExpiresAt,
        boolean linkExpired) {

    /** A pending invitation: the address, who invited it and until when the link works. */
    public record Pending(long id, String email, String invitedBy, OffsetDateTime expiresAt, boolean expired) {}

    public boolean hasLink() {
        return linkCreatedAt != null;
    }
}
