package org.cocrea.initiatives.invitations;

import java.time.OffsetDateTime;
import org.cocrea.initiatives.Initiative;

/** What a signed-in person opening a valid invitation or join link sees before choosing to join. */
public record InvitationOffer(Initiative initiative, boolean alreadyMember, OffsetDateTime expiresAt) {}
