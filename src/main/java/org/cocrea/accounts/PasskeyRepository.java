package org.cocrea.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Repository;

/**
 * The {@code passkey} table (V20_10, ADR 0031), as Spring Security's WebAuthn support asks for it ({@link
 * PasskeyUsers} is its {@code passkey_user}). Its own JDBC repositories keep the account's address as the user's name in their table; here the name is
 * always read from the account, so a passkey follows the account (a changed address, a deleted account) and an
 * address given up and taken by someone else never reaches the earlier owner's passkeys. Deleted accounts have no
 * passkey user: none of their passkeys is found.
 */
@Repository
class PasskeyRepository implements UserCredentialRepository {
    /** The longest name a person may give a passkey. */
    static final int LABEL_LENGTH = 60;

    private static final String CREDENTIAL_COLUMNS = """
            k.credential_id, p.user_handle, k.label, k.public_key, k.attestation_object,
            k.attestation_client_data_json, k.credential_type, k.signature_count, k.uv_initialized,
            k.backup_eligible, k.backup_state, k.transports, k.created_at, k.last_used_at""";

    private static final String CREDENTIALS_OF_LIVE_ACCOUNTS = """
            FROM passkey k
            JOIN passkey_user p ON p.person_id = k.person_id
            JOIN app_user u ON u.id = k.person_id AND u.deleted_at IS NULL
            """;

    private final JdbcClient jdbc;

    PasskeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A name given to a passkey that cannot be kept: empty or too long. Nothing is stored. */
    static final class LabelRefused extends IllegalArgumentException {
        LabelRefused() {
            super("a passkey's name must have 1 to " + LABEL_LENGTH + " characters");
        }
    }

    static String checkedLabel(String label) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > LABEL_LENGTH) {
            throw new LabelRefused();
        }
        return trimmed;
    }

    // --- The credentials. ---

    /**
     * Stores a passkey just registered, or the counter and time of a passkey just used. A use never brings back a
     * passkey removed meanwhile: a new passkey is told from a used one by its times (Spring Security makes a new
     * record with its last use equal to its creation, and sets the last use of one it verified to the time of use).
     */
    @Override
    public void save(CredentialRecord record) {
        String id = record.getCredentialId().toBase64UrlString();
        int used = jdbc.sql("""
                        UPDATE passkey SET signature_count = :count, backup_state = :backupState, last_used_at = :used
                        WHERE credential_id = :id
                        """)
                .param("count", record.getSignatureCount())
                .param("backupState", record.isBackupState())
                .param("used", utc(record.getLastUsed()))
                .param("id", id)
                .update();
        if (used == 1 || !record.getCreated().equals(record.getLastUsed())) {
            return;
        }
        int inserted = jdbc.sql("""
                        INSERT INTO passkey (credential_id, person_id, label, public_key, attestation_object,
                            attestation_client_data_json, credential_type, signature_count, uv_initialized,
                            backup_eligible, backup_state, transports, created_at)
                        SELECT :id, p.person_id, :label, :publicKey, :attestation, :clientData, :type, :count, :uv,
                            :backupEligible, :backupState, :transports, :created
                        FROM passkey_user p JOIN app_user u ON u.id = p.person_id AND u.deleted_at IS NULL
                        WHERE p.user_handle = :handle
                        """)
                .param("id", id)
                .param("label", checkedLabel(record.getLabel()))
                .param("publicKey", record.getPublicKey().getBytes())
                .param("attestation", bytes(record.getAttestationObject()))
                .param("clientData", bytes(record.getAttestationClientDataJSON()))
                .param(
                        "type",
                        record.getCredentialType() == null
                                ? null
                                : record.getCredentialType().getValue())
                .param("count", record.getSignatureCount())
                .param("uv", record.isUvInitialized())
                .param("backupEligible", record.isBackupEligible())
                .param("backupState", record.isBackupState())
                .param("transports", transports(record))
                .param("created", utc(record.getCreated()))
                .param("handle", record.getUserEntityUserId().toBase64UrlString())
                .update();
        if (inserted != 1) {
            throw new IllegalStateException("No account for the passkey's user handle: nothing stored");
        }
    }

    private static byte[] bytes(Bytes bytes) {
        return bytes == null ? null : bytes.getBytes();
    }

    private static String transports(CredentialRecord record) {
        return record.getTransports() == null
                ? ""
                : record.getTransports().stream()
                        .map(AuthenticatorTransport::getValue)
                        .sorted()
                        .collect(Collectors.joining(","));
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return jdbc.sql("SELECT " + CREDENTIAL_COLUMNS + " " + CREDENTIALS_OF_LIVE_ACCOUNTS
                        + "WHERE k.credential_id = :id")
                .param("id", credentialId.toBase64UrlString())
                .query(PasskeyRepository::credential)
                .optional()
                .orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return jdbc.sql("SELECT " + CREDENTIAL_COLUMNS + " " + CREDENTIALS_OF_LIVE_ACCOUNTS
                        + "WHERE p.user_handle = :handle ORDER BY k.created_at, k.credential_id")
                .param("handle", userId.toBase64UrlString())
                .query(PasskeyRepository::credential)
                .list();
    }

    @Override
    public void delete(Bytes credentialId) {
        jdbc.sql("DELETE FROM passkey WHERE credential_id = :id")
                .param("id", credentialId.toBase64UrlString())
                .update();
    }

    private static CredentialRecord credential(ResultSet rs, int row) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        OffsetDateTime used = rs.getObject("last_used_at", OffsetDateTime.class);
        String type = rs.getString("credential_type");
        String transports = rs.getString("transports");
        byte[] clientData = rs.getBytes("attestation_client_data_json");
        return ImmutableCredentialRecord.builder()
                .credentialId(Bytes.fromBase64(rs.getString("credential_id")))
                .userEntityUserId(Bytes.fromBase64(rs.getString("user_handle")))
                .label(rs.getString("label"))
                .publicKey(new ImmutablePublicKeyCose(rs.getBytes("public_key")))
                .attestationObject(new Bytes(rs.getBytes("attestation_object")))
                .attestationClientDataJSON(clientData == null ? null : new Bytes(clientData))
                .credentialType(type == null ? null : PublicKeyCredentialType.valueOf(type))
                .signatureCount(rs.getLong("signature_count"))
                .uvInitialized(rs.getBoolean("uv_initialized"))
                .backupEligible(rs.getBoolean("backup_eligible"))
                .backupState(rs.getBoolean("backup_state"))
                .transports(
                        transports == null || transports.isEmpty()
                                ? java.util.Set.of()
                                : Arrays.stream(transports.split(","))
                                        .map(AuthenticatorTransport::valueOf)
                                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .created(created.toInstant())
                .lastUsed(used == null ? created.toInstant() : used.toInstant())
                .build();
    }

    // --- Cocrea's own questions. ---

    /** The person's passkeys, oldest first. */
    List<PasskeyView> of(long personId) {
        return jdbc.sql("""
                        SELECT credential_id, label, created_at, last_used_at FROM passkey
                        WHERE person_id = :p ORDER BY created_at, credential_id
                        """)
                .param("p", personId)
                .query((rs, n) -> new PasskeyView(
                        rs.getString("credential_id"),
                        rs.getString("label"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class)))
                .list();
    }

    boolean has(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM passkey WHERE person_id = :p")
                        .param("p", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the person has a passkey with this id (not someone else's, not gone). */
    boolean owns(long personId, String credentialId) {
        return jdbc.sql("SELECT COUNT(*) FROM passkey WHERE person_id = :p AND credential_id = :id")
                        .param("p", personId)
                        .param("id", credentialId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Removes one of the person's passkeys unless it is their last way to sign in (no password, no other passkey, no
     * identity at a provider); false if nothing was removed. The caller holds the account row's lock, as
     * {@link OidcIdentityRepository#disconnectUnlessLast} does, so that removing the last passkey and disconnecting
     * the last identity at the same time cannot both pass.
     */
    boolean removeUnlessLast(long personId, String credentialId) {
        return jdbc.sql("""
                        DELETE FROM passkey WHERE person_id = :p AND credential_id = :id
                        AND (EXISTS (SELECT 1 FROM app_user u WHERE u.id = :p AND u.password_hash IS NOT NULL)
                             OR EXISTS (SELECT 1 FROM passkey o WHERE o.person_id = :p AND o.credential_id <> :id)
                             OR EXISTS (SELECT 1 FROM oidc_identity i WHERE i.person_id = :p))
                        """).param("p", personId).param("id", credentialId).update() == 1;
    }

    /** The person a passkey still belongs to, if it exists and its account is not deleted. */
    Optional<Long> personOf(Bytes credentialId) {
        return jdbc.sql("SELECT k.person_id " + CREDENTIALS_OF_LIVE_ACCOUNTS + "WHERE k.credential_id = :id")
                .param("id", credentialId.toBase64UrlString())
                .query(Long.class)
                .optional();
    }

    /** The person whose user handle this is. */
    Optional<Long> personOfHandle(Bytes userHandle) {
        return jdbc.sql("SELECT person_id FROM passkey_user WHERE user_handle = :h")
                .param("h", userHandle.toBase64UrlString())
                .query(Long.class)
                .optional();
    }

    void deleteFor(long personId) {
        jdbc.sql("DELETE FROM passkey WHERE person_id = :p")
                .param("p", personId)
                .update();
        jdbc.sql("DELETE FROM passkey_user WHERE person_id = :p")
                .param("p", personId)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
