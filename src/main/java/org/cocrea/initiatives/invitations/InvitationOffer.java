package org.cocrea.initiatives;

import java.time.OffsetDateTime;

/** What a signed-in person opening a valid invitation or join link sees before choosing to join. */
public record InvitationOffer(Initiative initiative, boolean alreadyMember, OffsetDateTime expiresAt) {}
