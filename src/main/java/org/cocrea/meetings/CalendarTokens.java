package org.cocrea.meetings;

import java.util.Optional;
import org.cocrea.platform.SecretTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's private calendar token: 256 random bits, shown once when made, kept only as its SHA-256, so a copy of
 * the database opens no feed. Making a new one voids the old; revoking leaves none. A guessed or revoked token finds
 * nobody.
 */
@Component
class CalendarTokens {
    private final MeetingRepository meetings;

    CalendarTokens(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    /** A new token for the person, replacing any other; the only moment the token itself exists. */
    @Transactional
    String renew(long person) {
        String token = SecretTokens.newToken();
        meetings.saveToken(person, SecretTokens.hash(token));
        return token;
    }

    @Transactional
    void revoke(long person) {
        meetings.deleteToken(person);
    }

    Optional<Long> person(String token) {
        return SecretTokens.wellFormed(token) ? meetings.personOfToken(SecretTokens.hash(token)) : Optional.empty();
    }
}
