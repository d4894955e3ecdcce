package org.cocrea.platform.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mails waiting for a mail server (table mail_outbox): none configured, or it refused them. */
@Repository
class MailOutbox {
    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Queued(long id, String recipient, String subject, String body) {}

    void queue(String recipient, String subject, String body) {
        jdbc.sql("""
                INSERT INTO mail_outbox (recipient, subject, body, created_at)
                VALUES (:recipient, :subject, :body, :now)
                """)
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** Queues the mail unless one with this key is queued or was; returns its id, or -1 if it was already there. */
    long queueOnce(String key, String recipient, String subject, String body) {
        int queued = jdbc.sql("""
                INSERT INTO mail_outbox (recipient, subject, body, created_at, dedupe_key)
                SELECT :recipient, :subject, :body, :now, :key FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM mail_outbox WHERE dedupe_key = :key)
                """)
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("key", key)
                .update();
        if (queued == 0) {
            return -1;
        }
        return jdbc.sql("SELECT id FROM mail_outbox WHERE dedupe_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    Queued find(long id) {
        return jdbc.sql("SELECT id, recipient, subject, body FROM mail_outbox WHERE id = :id AND sent_at IS NULL")
                .param("id", id)
                .query((rs, row) -> new Queued(
                        rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
                .optional()
                .orElse(null);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
                .query(Long.class)
                .single();
    }

    List<Queued> oldest(int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body FROM mail_outbox WHERE sent_at IS NULL ORDER BY id FETCH FIRST :limit ROWS ONLY
                """)
                .param("limit", limit)
                .query((rs, row) -> new Queued(
                        rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
                .list();
    }

    /**
     * A mail that left: deleted, unless it has a key, whose row stays, emptied, so that a retried delivery of the same
     * publication finds it and sends nothing.
     */
    void sent(long id) {
        jdbc.sql("DELETE FROM mail_outbox WHERE id = :id AND dedupe_key IS NULL")
                .param("id", id)
                .update();
        jdbc.sql("UPDATE mail_outbox SET body = '', subject = '', sent_at = :now WHERE id = :id")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }

    void failed(long id) {
        jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, last_attempt_at = :now WHERE id = :id")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }
}
