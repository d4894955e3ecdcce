package org.cocrea.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code totp_authenticator} and {@code recovery_code} tables (V20_5). */
@Repository
class SecondFactorRepository {
    private final JdbcClient jdbc;

    SecondFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Authenticator(String secret, long lastStep) {}

    Optional<Authenticator> authenticator(long personId) {
        return jdbc.sql("SELECT secret, last_step FROM totp_authenticator WHERE person_id = :id")
                .param("id", personId)
                .query((rs, n) -> new Authenticator(rs.getString("secret"), rs.getLong("last_step")))
                .optional();
    }

    boolean has(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM totp_authenticator WHERE person_id = :id")
                        .param("id", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Replaces the person's authenticator and recovery codes; the step of the code that confirmed it is spent. */
    void enrol(long personId, String secret, long confirmedStep, List<String> codeHashes, Instant now) {
        jdbc.sql("DELETE FROM recovery_code WHERE person_id = :id")
                .param("id", personId)
                .update();
        jdbc.sql("DELETE FROM totp_authenticator WHERE person_id = :id")
                .param("id", personId)
                .update();
        jdbc.sql("""
                INSERT INTO totp_authenticator (person_id, secret, last_step, created_at)
                VALUES (:id, :secret, :step, :now)
                """)
                .param("id", personId)
                .param("secret", secret)
                .param("step", confirmedStep)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        for (String hash : codeHashes) {
            jdbc.sql("INSERT INTO recovery_code (person_id, code_hash) VALUES (:id, :hash)")
                    .params(Map.of("id", personId, "hash", hash))
                    .update();
        }
    }

    /**
     * Spends a step: true only for the one request that moves {@code last_step} forward to it, so a code is accepted
     * once even when two requests race with it.
     */
    boolean spend(long personId, long step) {
        return jdbc.sql("""
                        UPDATE totp_authenticator SET last_step = :step
                        WHERE person_id = :id AND last_step < :step
                        """).param("step", step).param("id", personId).update() == 1;
    }

    /** Uses a recovery code: true only the first time. */
    boolean useRecoveryCode(long personId, String codeHash, Instant now) {
        return jdbc.sql("""
                        UPDATE recovery_code SET used_at = :now
                        WHERE person_id = :id AND code_hash = :hash AND used_at IS NULL
                        """)
                        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .param("id", personId)
                        .param("hash", codeHash)
                        .update()
                == 1;
    }

    int unusedRecoveryCodes(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE person_id = :id AND used_at IS NULL")
                .param("id", personId)
                .query(Long.class)
                .single()
                .intValue();
    }

    void deleteFor(long personId) {
        jdbc.sql("DELETE FROM recovery_code WHERE person_id = :id")
                .param("id", personId)
                .update();
        jdbc.sql("DELETE FROM totp_authenticator WHERE person_id = :id")
                .param("id", personId)
                .update();
    }
}
