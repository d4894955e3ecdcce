package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cocrea.platform.Language;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;

/**
 * The identities at OpenID Connect providers on H2 and PostgreSQL (V20_8): one identity opens one account, an account
 * has one identity per provider, a deleted account is opened by none. Fiscal codes verify residence by the census's
 * keyed hash, with or without the {@code TINIT-} prefix of SPID and CIE.
 */
class OidcIdentityRepositoryTest {
    private static long person(PersonRepository people, String email) {
        return people.insert(new PersonRepository.NewPerson(email, "Test", null, Language.EN, PersonKind.CITIZEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anIdentityOpensOneAccountAndAnAccountHasOneIdentityPerProvider(TestDatabase db) {
        var people = new PersonRepository(db.jdbc());
        var identities = new OidcIdentityRepository(db.jdbc());
        long ada = person(people, "ada@example.org");
        long bob = person(people, "bob@example.org");

        identities.link("spid", "subject-1", ada);
        assertThat(identities.personOf("spid", "subject-1")).contains(ada);
        assertThat(identities.personOf("keycloak", "subject-1")).isEmpty();
        assertThatThrownBy(() -> identities.link("spid", "subject-1", bob)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> identities.link("spid", "subject-2", ada)).isInstanceOf(DuplicateKeyException.class);
        identities.link("keycloak", "subject-1", ada);
        assertThat(identities.of(ada))
                .extracting(OidcIdentityRepository.Linked::provider)
                .containsExactly("keycloak", "spid");

        db.jdbc()
                .sql("UPDATE app_user SET deleted_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("id", ada)
                .update();
        assertThat(identities.personOf("spid", "subject-1"))
                .as("a deleted account is opened by none")
                .isEmpty();
        identities.deleteFor(ada);
        assertThat(identities.of(ada)).isEmpty();
    }
}
