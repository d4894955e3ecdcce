package org.cocrea.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
class ApiTokenRepository {
    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Token(
            long id,
            long personId,
            String name,
            Set<ApiScope> scopes,
            int rightsVersion,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt,
            OffsetDateTime lastUsedAt) {

        TokenView view() {
            return new TokenView(
                    id,
                    name,
                    scopes.stream().sorted().map(ApiScope::code).toList(),
                    createdAt,
                    expiresAt,
                    revokedAt,
                    lastUsedAt);
        }
    }

    private static final String COLUMNS =
            "id, person_id, name, scopes, rights_version, created_at, expires_at, revoked_at, last_used_at";

    long insert(
            long personId,
            String name,
            String hash,
            Set<ApiScope> scopes,
            int rightsVersion,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (person_id, name, token_hash, scopes, rights_version, created_at, expires_at)
                VALUES (:person, :name, :hash, :scopes, :rights, :created, :expires)
                """)
                .param("person", personId)
                .param("name", name)
                .param("hash", hash)
                .param("scopes", ApiScope.codes(scopes))
                .param("rights", rightsVersion)
                .param("created", createdAt)
                .param("expires", expiresAt)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Token> byHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = :hash")
                .param("hash", hash)
                .query(ApiTokenRepository::token)
                .optional();
    }

    /** The person's tokens, newest first (revoked and expired ones too, so they see what was). */
    List<Token> ofPerson(long personId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM api_token WHERE person_id = :person ORDER BY created_at DESC, id DESC")
                .param("person", personId)
                .query(ApiTokenRepository::token)
                .list();
    }

    boolean revoke(long id, long personId, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE api_token SET revoked_at = :now
                        WHERE id = :id AND person_id = :person AND revoked_at IS NULL
                        """)
                        .param("now", now)
                        .param("id", id)
                        .param("person", personId)
                        .update()
                == 1;
    }

    /** Notes a use; the caller asks only when the stored one is more than a minute old, to spare writes. */
    void used(long id, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE api_token SET last_used_at = :now
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :minuteAgo)
                """)
                .param("now", now)
                .param("minuteAgo", now.minusMinutes(1))
                .param("id", id)
                .update();
    }

    private static Token token(ResultSet rs, int row) throws SQLException {
        return new Token(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("name"),
                ApiScope.parse(rs.getString("scopes")),
                rs.getInt("rights_version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
