package org.cocrea.meetings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's private calendar token: 256 random bits, shown once when made, kept only as its SHA-256, so a copy of
 * the database opens no feed. Making a new one voids the old; revoking leaves none. A guessed or revoked token finds
 * nobody.
 */
@Component
class CalendarTokens {
    static final String PATTERN = "[A-Za-z0-9_-]{43}";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final MeetingRepository meetings;

    CalendarTokens(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    /** A new token for the person, replacing any other; the only moment the token itself exists. */
    @Transactional
    String renew(long person) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        meetings.saveToken(person, hash(token));
        return token;
    }

    @Transactional
    void revoke(long person) {
        meetings.deleteToken(person);
    }

    Optional<Long> person(String token) {
        if (token == null || !token.matches(PATTERN)) {
            return Optional.empty();
        }
        return meetings.personOfToken(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
