package org.cocrea.notifications;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cocrea.platform.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: each person's in-app notifications, and the ones waiting for the digest. */
@Repository
class NotificationRepository {
    static final int SUBJECT_MAX = 300;
    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(
            long id,
            NotificationKind kind,
            String subject,
            String body,
            String link,
            OffsetDateTime createdAt,
            boolean read) {}

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Stores the notification unless this publication already stored one for this person; returns whether it did. */
    boolean add(
            UUID event,
            long person,
            NotificationKind kind,
            String subject,
            String body,
            String link,
            Delivery delivery) {
        // UNIQUE (event_id, person_id) decides a race between two deliveries of one publication.
        return jdbc.sql("""
                        INSERT INTO notification (event_id, person_id, kind, subject, body, link, created_at, mail)
                        SELECT :event, :person, :kind, :subject, :body, :link, :now, :mail FROM (VALUES (1)) AS one (x)
                        WHERE NOT EXISTS (SELECT 1 FROM notification WHERE event_id = :event AND person_id = :person)
                        """)
                        .param("event", event)
                        .param("person", person)
                        .param("kind", kind.code())
                        .param("subject", subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject)
                        .param("body", body)
                        .param("link", link)
                        .param("now", now())
                        .param("mail", delivery.code())
                        .update()
                == 1;
    }

    /** One page of a person's notifications, newest first, and one more row to tell whether another page follows. */
    List<Stored> page(long person, int offset, int size) {
        return jdbc.sql("""
                SELECT id, kind, subject, body, link, created_at, read_at FROM notification
                WHERE person_id = :person ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY
                """)
                .param("person", person)
                .param("offset", offset)
                .param("size", size)
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        NotificationKind.fromCode(rs.getString("kind")).orElse(null),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("read_at", OffsetDateTime.class) != null))
                .list();
    }

    long unread(long person) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :person AND read_at IS NULL")
                .param("person", person)
                .query(Long.class)
                .single();
    }

    boolean markRead(long person, long id) {
        return jdbc.sql("""
                        UPDATE notification SET read_at = :now
                        WHERE id = :id AND person_id = :person AND read_at IS NULL
                        """)
                        .param("now", now())
                        .param("id", id)
                        .param("person", person)
                        .update()
                == 1;
    }

    int markAllRead(long person) {
        return jdbc.sql("UPDATE notification SET read_at = :now WHERE person_id = :person AND read_at IS NULL")
                .param("now", now())
                .param("person", person)
                .update();
    }

    /** People with notifications waiting for the digest. */
    List<Long> digestDue(int limit) {
        return jdbc.sql("""
                SELECT DISTINCT person_id FROM notification WHERE mail = 'digest' AND digested_at IS NULL
                ORDER BY person_id FETCH FIRST :limit ROWS ONLY
                """).param("limit", limit).query(Long.class).list();
    }

    List<Stored> dueFor(long person) {
        return jdbc.sql("""
                SELECT id, kind, subject, body, link, created_at, read_at FROM notification
                WHERE person_id = :person AND mail = 'digest' AND digested_at IS NULL ORDER BY id
                """)
                .param("person", person)
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        NotificationKind.fromCode(rs.getString("kind")).orElse(null),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("read_at", OffsetDateTime.class) != null))
                .list();
    }

    void digested(long person, long upToId) {
        jdbc.sql("""
                UPDATE notification SET digested_at = :now
                WHERE person_id = :person AND mail = 'digest' AND digested_at IS NULL AND id <= :upTo
                """)
                .param("now", now())
                .param("person", person)
                .param("upTo", upToId)
                .update();
    }
}
