package org.cocrea.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code personal_data_export} table (V20_5): one archive waiting or ready per person. */
@Repository
class MyDataRepository {
    private final JdbcClient jdbc;

    MyDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Export(long id, long personId, String status, Instant requestedAt, Instant readyAt, Instant expiresAt) {
        boolean ready() {
            return "ready".equals(status);
        }
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    Optional<Export> of(long personId) {
        return jdbc.sql("""
                SELECT id, person_id, status, requested_at, ready_at, expires_at
                FROM personal_data_export WHERE person_id = :p
                """)
                .param("p", personId)
                .query((rs, n) -> new Export(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getString("status"),
                        instant(rs, "requested_at"),
                        instant(rs, "ready_at"),
                        instant(rs, "expires_at")))
                .optional();
    }

    /** Asks for a new archive, replacing an earlier one; false if one is already waiting. */
    boolean request(long personId, Instant now) {
        jdbc.sql("DELETE FROM personal_data_export WHERE person_id = :p AND status = 'ready'")
                .param("p", personId)
                .update();
        try {
            return jdbc.sql("""
                            INSERT INTO personal_data_export (person_id, status, requested_at)
                            VALUES (:p, 'waiting', :now)
                            """)
                            .param("p", personId)
                            .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                            .update()
                    == 1;
        } catch (DuplicateKeyException waiting) {
            return false;
        }
    }

    List<Export> waiting(int limit) {
        return jdbc.sql("""
                SELECT id, person_id, status, requested_at, ready_at, expires_at
                FROM personal_data_export WHERE status = 'waiting' ORDER BY id FETCH FIRST :n ROWS ONLY
                """)
                .param("n", limit)
                .query((rs, n) -> new Export(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getString("status"),
                        instant(rs, "requested_at"),
                        null,
                        null))
                .list();
    }

    /** Stores the archive; false if another node already did (only the waiting row is changed). */
    boolean ready(long id, byte[] content, Instant now, Instant expires) {
        return jdbc.sql("""
                        UPDATE personal_data_export
                        SET status = 'ready', content = :content, ready_at = :now, expires_at = :expires
                        WHERE id = :id AND status = 'waiting'
                        """)
                        .param("content", content)
                        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .param("expires", OffsetDateTime.ofInstant(expires, ZoneOffset.UTC))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The archive's bytes, only for its own person and only while it is kept. */
    Optional<byte[]> content(long personId, Instant now) {
        return jdbc.sql("""
                SELECT content FROM personal_data_export
                WHERE person_id = :p AND status = 'ready' AND expires_at > :now
                """)
                .param("p", personId)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM personal_data_export WHERE status = 'ready' AND expires_at <= :now")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    void deleteFor(long personId) {
        jdbc.sql("DELETE FROM personal_data_export WHERE person_id = :p")
                .param("p", personId)
                .update();
    }
}
