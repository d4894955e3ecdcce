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

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
    }

    List<Queued> oldest(int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body FROM mail_outbox ORDER BY id FETCH FIRST :limit ROWS ONLY
                """)
                .param("limit", limit)
                .query((rs, row) -> new Queued(
                        rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
                .list();
    }

    void sent(long id) {
        jdbc.sql("DELETE FROM mail_outbox WHERE id = :id").param("id", id).update();
    }

    void failed(long id) {
        jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, last_attempt_at = :now WHERE id = :id")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }
}
