package org.cocrea.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code oidc_identity} table (V20_8): which account an identity at an OpenID Connect provider opens. */
@Repository
class OidcIdentityRepository {
    private final JdbcClient jdbc;

    OidcIdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account the provider's subject opens, if it is linked to one that is not deleted. */
    Optional<Long> personOf(String provider, String subject) {
        return jdbc.sql("""
                SELECT i.person_id FROM oidc_identity i JOIN app_user u ON u.id = i.person_id
                WHERE i.provider = :provider AND i.subject = :subject AND u.deleted_at IS NULL
                """)
                .param("provider", provider)
                .param("subject", subject)
                .query(Long.class)
                .optional();
    }

    /**
     * Links the identity to the account. Throws {@link org.springframework.dao.DuplicateKeyException} when the identity
     * opens another account already or the account has another identity at the provider.
     */
    void link(String provider, String subject, long personId) {
        jdbc.sql("""
                INSERT INTO oidc_identity (provider, subject, person_id, linked_at)
                VALUES (:provider, :subject, :person, :now)
                """)
                .param("provider", provider)
                .param("subject", subject)
                .param("person", personId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    record Linked(String provider, String subject, OffsetDateTime linkedAt) {}

    List<Linked> of(long personId) {
        return jdbc.sql("""
                SELECT provider, subject, linked_at FROM oidc_identity WHERE person_id = :person ORDER BY provider
                """)
                .param("person", personId)
                .query((rs, n) -> new Linked(
                        rs.getString("provider"),
                        rs.getString("subject"),
                        rs.getObject("linked_at", OffsetDateTime.class)))
                .list();
    }

    /** Whether the person has an identity at the provider (never someone else's). */
    boolean has(long personId, String provider) {
        return jdbc.sql("SELECT COUNT(*) FROM oidc_identity WHERE person_id = :person AND provider = :provider")
                        .param("person", personId)
                        .param("provider", provider)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Disconnects the person's identity at the provider unless it is their last way to sign in: they keep a password,
     * a passkey or an identity at another provider. False when nothing was deleted. The caller locks the person's row
     * first, so that two disconnections at once cannot both see the other identity as the way left.
     */
    /** Locks the person's account row until the transaction ends (see {@link #disconnectUnlessLast}). */
    void lockAccount(long personId) {
        jdbc.sql("SELECT id FROM app_user WHERE id = :person FOR UPDATE")
                .param("person", personId)
                .query(Long.class)
                .optional();
    }

    boolean disconnectUnlessLast(long personId, String provider) {
        return jdbc.sql("""
                        DELETE FROM oidc_identity WHERE person_id = :person AND provider = :provider
                        AND (EXISTS (SELECT 1 FROM app_user u WHERE u.id = :person AND u.password_hash IS NOT NULL)
                             OR EXISTS (SELECT 1 FROM passkey k WHERE k.person_id = :person)
                             OR EXISTS (SELECT 1 FROM oidc_identity o
                                        WHERE o.person_id = :person AND o.provider <> :provider))
                        """)
                        .param("person", personId)
                        .param("provider", provider)
                        .update()
                == 1;
    }

    void deleteFor(long personId) {
        jdbc.sql("DELETE FROM oidc_identity WHERE person_id = :person")
                .param("person", personId)
                .update();
    }
}
