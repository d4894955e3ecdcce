package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

/**
 * ADR 0031: the passkey tables on H2 and PostgreSQL, as Spring Security's WebAuthn support uses them: a person's user
 * handle, a registered passkey read back whole, a use recorded, a use that never brings back a passkey removed meanwhile,
 * names refused, only the owner removing, and the passkeys of a deleted account or under a changed address.
 */
class PasskeyRepositoryTest {
    private static long person(JdbcClient jdbc, String email) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO app_user (email, name, password_hash, language, kind, terms_accepted_at, created_at)
                VALUES (:e, 'Anna Rossi', '{noop}x', 'en', 'citizen', :now, :now)
                """).param("e", email).param("now", now).update();
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private static Bytes handleOf(PasskeyUsers users, String email) {
        var handle = Bytes.random();
        users.save(ImmutablePublicKeyCredentialUserEntity.builder()
                .id(handle)
                .name(email)
                .displayName(email)
                .build());
        return users.findByUsername(email).getId();
    }

    /** A record as Spring Security makes it at registration: last use equal to creation. */
    private static ImmutableCredentialRecord newPasskey(Bytes handle, Bytes id, String label) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return ImmutableCredentialRecord.builder()
                .credentialId(id)
                .userEntityUserId(handle)
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3, 4}))
                .attestationObject(new Bytes(new byte[] {5, 6, 7}))
                .attestationClientDataJSON(new Bytes(new byte[] {8, 9}))
                .signatureCount(0)
                .uvInitialized(true)
                .backupEligible(true)
                .backupState(false)
                .transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
                .label(label)
                .created(now)
                .lastUsed(now)
                .build();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aPasskeyIsStoredReadUsedAndRemovedByItsOwnerOnly(TestDatabase db) {
        var jdbc = db.jdbc();
        var users = new PasskeyUsers(jdbc);
        var passkeys = new PasskeyRepository(jdbc);
        long anna = person(jdbc, "anna@example.org");
        long bruno = person(jdbc, "bruno@example.org");
        assertThat(users.findByUsername("anna@example.org")).isNull();

        Bytes handle = handleOf(users, "anna@example.org");
        // A second handle made by a racing request does not replace the first.
        assertThat(handleOf(users, "anna@example.org")).isEqualTo(handle);
        var entity = users.findById(handle);
        assertThat(entity.getName()).isEqualTo("anna@example.org");
        assertThat(entity.getDisplayName()).isEqualTo("Anna Rossi");

        Bytes id = Bytes.random();
        passkeys.save(newPasskey(handle, id, "  My phone  "));
        assertThat(passkeys.has(anna)).isTrue();
        assertThat(passkeys.has(bruno)).isFalse();
        CredentialRecord read = passkeys.findByCredentialId(id);
        assertThat(read.getLabel()).isEqualTo("My phone");
        assertThat(read.getUserEntityUserId()).isEqualTo(handle);
        assertThat(read.getPublicKey().getBytes()).containsExactly(1, 2, 3, 4);
        assertThat(read.getAttestationObject().getBytes()).containsExactly(5, 6, 7);
        assertThat(read.getTransports())
                .containsExactlyInAnyOrder(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID);
        assertThat(read.isUvInitialized()).isTrue();
        assertThat(read.getCredentialType()).isEqualTo(PublicKeyCredentialType.PUBLIC_KEY);
        assertThat(passkeys.findByUserId(handle)).hasSize(1);
        assertThat(passkeys.personOf(id)).contains(anna);
        assertThat(passkeys.of(anna)).singleElement().satisfies(view -> {
            assertThat(view.label()).isEqualTo("My phone");
            assertThat(view.lastUsed()).as("not used yet").isNull();
        });

        // A use: counter and time recorded.
        Instant used = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        passkeys.save(ImmutableCredentialRecord.fromCredentialRecord(read)
                .signatureCount(7)
                .lastUsed(used)
                .build());
        assertThat(passkeys.findByCredentialId(id).getSignatureCount()).isEqualTo(7);
        assertThat(passkeys.of(anna).get(0).lastUsed().toInstant()).isEqualTo(used);

        // Only the owner removes it, and not while it is their last way to sign in.
        assertThat(passkeys.owns(bruno, id.toBase64UrlString())).isFalse();
        assertThat(passkeys.removeUnlessLast(bruno, id.toBase64UrlString())).isFalse();
        assertThat(passkeys.has(anna)).isTrue();
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :p")
                .param("p", anna)
                .query(String.class)
                .single();
        jdbc.sql("UPDATE app_user SET password_hash = NULL WHERE id = :p")
                .param("p", anna)
                .update();
        assertThat(passkeys.removeUnlessLast(anna, id.toBase64UrlString()))
                .as("the last way to sign in")
                .isFalse();
        assertThat(passkeys.has(anna)).isTrue();
        jdbc.sql("UPDATE app_user SET password_hash = :h WHERE id = :p")
                .param("h", hash)
                .param("p", anna)
                .update();
        assertThat(passkeys.owns(anna, id.toBase64UrlString())).isTrue();
        assertThat(passkeys.removeUnlessLast(anna, id.toBase64UrlString())).isTrue();
        assertThat(passkeys.findByCredentialId(id)).isNull();

        // The use of a passkey checked while it was being removed does not bring it back.
        passkeys.save(ImmutableCredentialRecord.fromCredentialRecord(read)
                .signatureCount(8)
                .lastUsed(used.plusSeconds(1))
                .build());
        assertThat(passkeys.findByCredentialId(id)).isNull();
        assertThat(passkeys.has(anna)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void namesAreRefusedAndNothingIsStored(TestDatabase db) {
        var jdbc = db.jdbc();
        var users = new PasskeyUsers(jdbc);
        var passkeys = new PasskeyRepository(jdbc);
        long anna = person(jdbc, "anna@example.org");
        Bytes handle = handleOf(users, "anna@example.org");
        assertThatThrownBy(() -> passkeys.save(newPasskey(handle, Bytes.random(), "   ")))
                .isInstanceOf(PasskeyRepository.LabelRefused.class);
        assertThatThrownBy(() -> passkeys.save(newPasskey(handle, Bytes.random(), "x".repeat(61))))
                .isInstanceOf(PasskeyRepository.LabelRefused.class);
        passkeys.save(newPasskey(handle, Bytes.random(), "x".repeat(60)));
        assertThat(passkeys.of(anna)).hasSize(1);
        // A handle no account has: refused, nothing stored.
        assertThatThrownBy(() -> passkeys.save(newPasskey(Bytes.random(), Bytes.random(), "Stray")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passkey").query(Long.class).single())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void passkeysFollowTheAccount(TestDatabase db) {
        var jdbc = db.jdbc();
        var users = new PasskeyUsers(jdbc);
        var passkeys = new PasskeyRepository(jdbc);
        long anna = person(jdbc, "anna@example.org");
        Bytes handle = handleOf(users, "anna@example.org");
        Bytes id = Bytes.random();
        passkeys.save(newPasskey(handle, id, "Laptop"));

        // A changed address: the passkey's user is named by the new one; the old address finds nothing.
        jdbc.sql("UPDATE app_user SET email = 'anna.rossi@example.org' WHERE id = :id")
                .param("id", anna)
                .update();
        assertThat(users.findById(handle).getName()).isEqualTo("anna.rossi@example.org");
        assertThat(users.findByUsername("anna@example.org")).isNull();
        assertThat(users.findByUsername("anna.rossi@example.org").getId()).isEqualTo(handle);

        // A deleted account: its passkey is found by nobody, even before the rows are removed.
        jdbc.sql("UPDATE app_user SET deleted_at = :now WHERE id = :id")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", anna)
                .update();
        assertThat(passkeys.findByCredentialId(id)).isNull();
        assertThat(passkeys.personOf(id)).isEmpty();
        assertThat(users.findById(handle)).isNull();
        passkeys.deleteFor(anna);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passkey_user")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passkey").query(Long.class).single())
                .isZero();
    }
}
