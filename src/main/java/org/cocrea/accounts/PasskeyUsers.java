package org.cocrea.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Repository;

/**
 * The {@code passkey_user} table (V20_10, ADR 0031): the WebAuthn user of a person who ever added a passkey, with a
 * random user handle. Its name (the address) and display name are always read from the account, so a passkey follows
 * the account; a deleted account has no user.
 */
@Repository
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {
    private final JdbcClient jdbc;

    PasskeyUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        return jdbc.sql("""
                        SELECT p.user_handle, u.email, u.name FROM passkey_user p
                        JOIN app_user u ON u.id = p.person_id AND u.deleted_at IS NULL
                        WHERE p.user_handle = :handle
                        """)
                .param("handle", id.toBase64UrlString())
                .query(PasskeyUsers::userEntity)
                .optional()
                .orElse(null);
    }

    /** The person with this address (the name Spring Security knows a signed-in person by). */
    @Override
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        return jdbc.sql("""
                        SELECT p.user_handle, u.email, u.name FROM app_user u
                        JOIN passkey_user p ON p.person_id = u.id
                        WHERE u.email = :email AND u.deleted_at IS NULL
                        """)
                .param("email", username)
                .query(PasskeyUsers::userEntity)
                .optional()
                .orElse(null);
    }

    private static PublicKeyCredentialUserEntity userEntity(ResultSet rs, int row) throws SQLException {
        String name = rs.getString("name");
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.fromBase64(rs.getString("user_handle")))
                .name(rs.getString("email"))
                .displayName(name == null || name.isBlank() ? rs.getString("email") : name)
                .build();
    }

    /**
     * Gives the person with the entity's address their user handle. When two requests race to make the first one, the
     * first stays; a passkey made with the other is then refused at its registration (no user with its handle).
     */
    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        try {
            jdbc.sql("""
                            INSERT INTO passkey_user (person_id, user_handle)
                            SELECT id, :handle FROM app_user WHERE email = :email AND deleted_at IS NULL
                            """)
                    .param("handle", userEntity.getId().toBase64UrlString())
                    .param("email", userEntity.getName())
                    .update();
        } catch (DuplicateKeyException alreadyMade) {
            // The person has a handle already: it stays.
        }
    }

    @Override
    public void delete(Bytes id) {
        jdbc.sql("DELETE FROM passkey WHERE person_id IN (SELECT person_id FROM passkey_user WHERE user_handle = :h)")
                .param("h", id.toBase64UrlString())
                .update();
        jdbc.sql("DELETE FROM passkey_user WHERE user_handle = :h")
                .param("h", id.toBase64UrlString())
                .update();
    }
}
