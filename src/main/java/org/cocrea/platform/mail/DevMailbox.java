package org.cocrea.platform.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores mails when no SMTP server is configured, so a demo or a test can read them. */
@Repository
public class DevMailbox {
    private final JdbcClient jdbc;

    DevMailbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(String recipient, String subject, String body) {
        jdbc.sql("""
                INSERT INTO dev_mail (recipient, subject, body, created_at)
                VALUES (:recipient, :subject, :body, :now)
                """)
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** Stores the mail unless one with this key is there; returns whether it stored it. */
    boolean storeOnce(String key, String recipient, String subject, String body) {
        // A unique index on dedupe_key decides a race between two deliveries of the same publication.
        int stored = jdbc.sql("""
                INSERT INTO dev_mail (recipient, subject, body, created_at, dedupe_key)
                SELECT :recipient, :subject, :body, :now, :key FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM dev_mail WHERE dedupe_key = :key)
                """)
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("key", key)
                .update();
        return stored == 1;
    }

    public List<DevMail> latest(int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, created_at FROM dev_mail
                ORDER BY id DESC FETCH FIRST :limit ROWS ONLY
                """).param("limit", limit).query(DevMailbox::mail).list();
    }

    public List<DevMail> to(String recipient) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, created_at FROM dev_mail
                WHERE recipient = :recipient ORDER BY id DESC
                """)
                .param("recipient", recipient)
                .query(DevMailbox::mail)
                .list();
    }

    private static DevMail mail(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DevMail(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
