package org.cocrea.shifts;

import java.util.Optional;
import org.cocrea.platform.SecretTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's private shifts feed token, as the meetings tool's: 256 random bits, shown once when made, kept only as
 * its SHA-256; a new one voids the old, revoking leaves none, a guessed or revoked token finds nobody.
 */
@Component
class ShiftCalendarTokens {
    private final ShiftRepository shifts;

    ShiftCalendarTokens(ShiftRepository shifts) {
        this.shifts = shifts;
    }

    @Transactional
    String renew(long person) {
        String token = SecretTokens.newToken();
        shifts.saveToken(person, SecretTokens.hash(token));
        return token;
    }

    @Transactional
    void revoke(long person) {
        shifts.deleteToken(person);
    }

    Optional<Long> person(String token) {
        return SecretTokens.wellFormed(token) ? shifts.personOfToken(SecretTokens.hash(token)) : Optional.empty();
    }
}
