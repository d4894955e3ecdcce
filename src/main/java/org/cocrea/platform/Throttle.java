package org.cocrea.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Rate limits held in the database, so that they hold across every node: a caller takes a slot for a
 * (purpose, key) before doing the costly or sensitive thing (checking a password, sending a mail, creating an
 * account). Taking a slot is one conditional UPDATE, so parallel requests never get more slots than the limit.
 * Keys (email or network addresses) are stored only as SHA-256.
 */
@Repository
public class Throttle {

    /**
     * At most {@code max} slots per {@code window} for one key. With a {@code maxDelay}, slots past the limit are
     * not refused for the rest of the window but spaced by growing delays: after the limit is reached, the next
     * slot opens 1 s later, then 2 s, 4 s... up to {@code maxDelay}. Without one, the limit is hard until the
     * window ends.
     */
    public record Limit(String purpose, int max, Duration window, Duration maxDelay) {
        public Limit {
            if (purpose == null || purpose.isBlank() || purpose.length() > 40 || max < 1) {
                throw new IllegalArgumentException("a limit needs a purpose of at most 40 characters and max >= 1");
            }
        }

        public static Limit hard(String purpose, int max, Duration window) {
            return new Limit(purpose, max, window, Duration.ZERO);
        }

        public static Limit growingDelays(String purpose, int max, Duration window, Duration maxDelay) {
            return new Limit(purpose, max, window, maxDelay);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    Throttle(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this(jdbc, clock.getIfAvailable(Clock::systemUTC));
    }

    /** For tests that move time. */
    public Throttle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes a slot for the key, or answers false when the limit (or the current delay) refuses it. */
    public boolean tryAcquire(Limit limit, String key) {
        long now = clock.millis();
        String hash = hash(key);
        // Makes sure the row exists; a concurrent insert of the same row is simply skipped.
        jdbc.sql("""
                INSERT INTO throttle (purpose, key_hash, hits, window_ends_ms)
                VALUES (:purpose, :key, 0, :windowEnd) ON CONFLICT DO NOTHING
                """)
                .param("purpose", limit.purpose())
                .param("key", hash)
                .param("windowEnd", now + limit.window().toMillis())
                .update();
        // The whole decision in one statement: the row lock orders parallel requests and each one re-reads the
        // row it updates, so no two requests can take the same last slot. Every right-hand side reads the row
        // as it was before this update.
        return jdbc.sql("""
                        UPDATE throttle SET
                            hits = CASE WHEN window_ends_ms <= :now THEN 1 ELSE hits + 1 END,
                            blocked_until_ms = CASE
                                WHEN :maxDelay > 0
                                    AND (CASE WHEN window_ends_ms <= :now THEN 1 ELSE hits + 1 END) >= :max
                                THEN :now + CAST(LEAST(
                                    1000 * POWER(2, LEAST(
                                        (CASE WHEN window_ends_ms <= :now THEN 1 ELSE hits + 1 END) - :max, 30)),
                                    :maxDelay) AS BIGINT)
                                ELSE NULL END,
                            window_ends_ms = CASE WHEN window_ends_ms <= :now THEN :windowEnd ELSE window_ends_ms END
                        WHERE purpose = :purpose AND key_hash = :key
                            AND (window_ends_ms <= :now OR hits < :max OR blocked_until_ms <= :now)
                        """)
                        .param("now", now)
                        .param("max", limit.max())
                        .param("maxDelay", limit.maxDelay().toMillis())
                        .param("windowEnd", now + limit.window().toMillis())
                        .param("purpose", limit.purpose())
                        .param("key", hash)
                        .update()
                == 1;
    }

    /** Gives a slot back, e.g. after a successful sign-in, so that only failures use up a network's slots. */
    public void release(Limit limit, String key) {
        jdbc.sql("UPDATE throttle SET hits = hits - 1 WHERE purpose = :purpose AND key_hash = :key AND hits > 0")
                .param("purpose", limit.purpose())
                .param("key", hash(key))
                .update();
    }

    /** Forgets the key's count and delay, e.g. after its owner signed in or reset the password. */
    public void reset(Limit limit, String key) {
        jdbc.sql("DELETE FROM throttle WHERE purpose = :purpose AND key_hash = :key")
                .param("purpose", limit.purpose())
                .param("key", hash(key))
                .update();
    }

    /** Rows whose window and delay are both over say nothing any more. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    public void purge() {
        long now = clock.millis();
        jdbc.sql("""
                DELETE FROM throttle
                WHERE window_ends_ms < :now AND (blocked_until_ms IS NULL OR blocked_until_ms < :now)
                """).param("now", now).update();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
