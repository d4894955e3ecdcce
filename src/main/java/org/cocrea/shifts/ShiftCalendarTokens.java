package org.cocrea.shifts;

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
 * A person's private shifts feed token, as the meetings tool's: 256 random bits, shown once when made, kept only as
 * its SHA-256; a new one voids the old, revoking leaves none, a guessed or revoked token finds nobody.
 */
@Component
class ShiftCalendarTokens {
    static final String PATTERN = "[A-Za-z0-9_-]{43}";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ShiftRepository shifts;

    ShiftCalendarTokens(ShiftRepository shifts) {
        this.shifts = shifts;
    }

    @Transactional
    String renew(long person) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        shifts.saveToken(person, hash(token));
        return token;
    }

    @Transactional
    void revoke(long person) {
        shifts.deleteToken(person);
    }

    Optional<Long> person(String token) {
        if (token == null || !token.matches(PATTERN)) {
            return Optional.empty();
        }
        return shifts.personOfToken(hash(token));
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
