package org.cocrea.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use tokens for links sent by mail. Only a SHA-256 of the token is stored. */
@Repository
class TokenRepository {
    enum Purpose {
        VERIFY,
        RESET;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the person; it voids their earlier unused tokens of the same purpose (finding 8). */
    String issue(long personId, Purpose purpose, Duration validity) {
        voidOthers(personId, purpose, "");
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO account_token (token_hash, user_id, purpose, expires_at)
                VALUES (:hash, :user, :purpose, :expires)
                """)
                .param("hash", hash(token))
                .param("user", personId)
                .param("purpose", purpose.code())
                .param("expires", PersonRepository.now().plus(validity))
                .update();
        return token;
    }

    /** Marks the token used and returns its person, if it is valid, unused and unexpired; atomic across nodes. */
    Optional<Long> consume(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var now = PersonRepository.now();
        String hash = hash(token);
        int used = jdbc.sql("""
                UPDATE account_token SET used_at = :now
                WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                """)
                .param("now", now)
                .param("hash", hash)
                .param("purpose", purpose.code())
                .update();
        if (used != 1) {
            return Optional.empty();
        }
        var person = jdbc.sql("SELECT user_id FROM account_token WHERE token_hash = :hash")
                .param("hash", hash)
                .query(Long.class)
                .optional();
        // Two links issued at the same moment by two nodes could both have survived issue(); using one voids
        // the other.
        person.ifPresent(id -> voidOthers(id, purpose, hash));
        return person;
    }

    /** Deletes the person's unused tokens of this purpose, except the one whose hash is {@code keep}. */
    private void voidOthers(long personId, Purpose purpose, String keep) {
        jdbc.sql("""
                DELETE FROM account_token
                WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL AND token_hash <> :keep
                """)
                .param("user", personId)
                .param("purpose", purpose.code())
                .param("keep", keep)
                .update();
    }

    boolean isUsable(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return jdbc.sql("""
                        SELECT COUNT(*) FROM account_token
                        WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                        """)
                        .param("hash", hash(token))
                        .param("purpose", purpose.code())
                        .param("now", PersonRepository.now())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void deleteFor(long personId) {
        jdbc.sql("DELETE FROM account_token WHERE user_id = :user")
                .param("user", personId)
                .update();
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
