package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.cocrea.platform.Language;
import org.cocrea.platform.Throttle;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** The accounts repositories on H2 and on PostgreSQL. */
class AccountsRepositoriesTest {

    private static PersonRepository.NewPerson newPerson(String email) {
        return new PersonRepository.NewPerson(email, "Maria Test", "{noop}x", Language.EN, PersonKind.CITIZEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void storesAndFindsPeople(TestDatabase db) {
        var people = new PersonRepository(db.jdbc());
        long id = people.insert(newPerson("maria@example.org"));

        Person found = people.findByEmail("maria@example.org").orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.name()).isEqualTo("Maria Test");
        assertThat(found.language()).isEqualTo(Language.EN);
        assertThat(found.verified()).isFalse();
        assertThat(people.passwordHash(id)).contains("{noop}x");

        people.markVerified(id);
        people.updateProfile(id, "Maria Rossi", Language.IT);
        Person updated = people.findById(id).orElseThrow();
        assertThat(updated.verified()).isTrue();
        assertThat(updated.name()).isEqualTo("Maria Rossi");
        assertThat(updated.language()).isEqualTo(Language.IT);
        assertThat(people.search("ross", 0, 10)).extracting(Person::id).containsExactly(id);
        assertThat(people.search("nobody", 0, 10)).isEmpty();
        assertThat(people.count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void languagePasswordsAndBatchesOfPeople(TestDatabase db) {
        var people = new PersonRepository(db.jdbc(), new org.springframework.jdbc.core.JdbcTemplate(db.dataSource()));
        long id = people.insert(newPerson("lucia@example.org"));
        people.updateLanguage(id, Language.IT);
        people.updatePassword(id, "{noop}new");
        assertThat(people.findById(id).orElseThrow().language()).isEqualTo(Language.IT);
        assertThat(people.passwordHash(id)).contains("{noop}new");

        var batch = java.util.stream.IntStream.range(0, 1203)
                .mapToObj(i -> newPerson("batch" + i + "@census_test.example"))
                .toList();
        var ids = people.insertVerified(batch);
        assertThat(ids).hasSize(1203).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(people.findById(ids.get(1202)).orElseThrow().verified()).isTrue();
        assertThat(people.countExisting(
                        java.util.List.of("batch0@census_test.example", "lucia@example.org", "no@x.org")))
                .isEqualTo(2);
        assertThat(people.idsWithEmailSuffix("@census_test.example")).containsExactlyElementsOf(ids);
        assertThat(people.idsWithEmailSuffix("@census%test.example"))
                .as("wildcards are literal")
                .isEmpty();
        assertThat(people.findAll(ids)).hasSize(1203);

        people.anonymise(id);
        people.updateLanguage(id, Language.EN);
        people.updatePassword(id, "{noop}again");
        assertThat(people.findById(id).orElseThrow().language())
                .as("a deleted account is not changed")
                .isEqualTo(Language.IT);
        assertThat(people.passwordHash(id)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void organisationsAndTheirDepartmentsAreFound(TestDatabase db) {
        var organisations = new OrganisationRepository(db.jdbc());
        long org = organisations.create("Azienda sanitaria");
        long other = organisations.create("Comune di Prova");
        long clinic = organisations.addDepartment(org, "Consultorio");
        long school = organisations.addDepartment(other, "Scuola");
        assertThat(organisations.find(org)).map(Organisation::name).contains("Azienda sanitaria");
        assertThat(organisations.find(-1)).isEmpty();
        assertThat(organisations.department(clinic))
                .map(Department::organisationId)
                .contains(org);
        assertThat(organisations.department(-1)).isEmpty();
        assertThat(organisations.allDepartments()).extracting(Department::id).containsExactly(clinic, school);

        var people = new PersonRepository(db.jdbc());
        var tokens = new TokenRepository(db.jdbc());
        long id = people.insert(newPerson("tok@example.org"));
        String token = tokens.issue(id, TokenRepository.Purpose.RESET, Duration.ofHours(1));
        tokens.deleteFor(id);
        assertThat(tokens.isUsable(token, TokenRepository.Purpose.RESET)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void emailIsUniqueAndLowerCaseInTheDatabase(TestDatabase db) {
        var people = new PersonRepository(db.jdbc());
        people.insert(newPerson("same@example.org"));
        assertThatThrownBy(() -> people.insert(newPerson("same@example.org")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> people.insert(newPerson("Upper@example.org")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(people.count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void professionalsMustBelongToAnOrganisation(TestDatabase db) {
        var people = new PersonRepository(db.jdbc());
        var organisations = new OrganisationRepository(db.jdbc());
        long id = people.insert(newPerson("pro@example.org"));
        assertThatThrownBy(() -> people.updateRole(id, PersonKind.PROFESSIONAL, false, null, null))
                .isInstanceOf(DataIntegrityViolationException.class);

        long org = organisations.create("Comune di Prova");
        long dep = organisations.addDepartment(org, "Servizi sociali");
        people.updateRole(id, PersonKind.PROFESSIONAL, true, org, dep);
        Person pro = people.findById(id).orElseThrow();
        assertThat(pro.professional()).isTrue();
        assertThat(pro.admin()).isTrue();
        assertThat(pro.organisationId()).isEqualTo(org);
        assertThat(pro.departmentId()).isEqualTo(dep);
        assertThat(people.inOrganisation(org)).extracting(Person::id).containsExactly(id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void organisationsAndDepartmentsHaveUniqueNames(TestDatabase db) {
        var organisations = new OrganisationRepository(db.jdbc());
        long org = organisations.create("Comune di Prova");
        organisations.addDepartment(org, "Scuola");
        assertThatThrownBy(() -> organisations.create("Comune di Prova")).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> organisations.addDepartment(org, "Scuola")).isInstanceOf(DuplicateKeyException.class);
        assertThat(organisations.all()).extracting(Organisation::name).containsExactly("Comune di Prova");
        assertThat(organisations.departments(org)).extracting(Department::name).containsExactly("Scuola");
        assertThat(organisations.findByName("Comune di Prova")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anonymisingKeepsTheRowButRemovesIdentity(TestDatabase db) {
        var people = new PersonRepository(db.jdbc());
        long id = people.insert(newPerson("gone@example.org"));
        people.anonymise(id);
        Person gone = people.findById(id).orElseThrow();
        assertThat(gone.deleted()).isTrue();
        assertThat(gone.email()).doesNotContain("gone");
        assertThat(gone.name()).isEmpty();
        assertThat(people.passwordHash(id)).isEmpty();
        assertThat(people.findByEmail("gone@example.org")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void tokensAreSingleUseAndExpire(TestDatabase db) {
        var people = new PersonRepository(db.jdbc());
        var tokens = new TokenRepository(db.jdbc());
        long id = people.insert(newPerson("token@example.org"));

        String token = tokens.issue(id, TokenRepository.Purpose.VERIFY, Duration.ofHours(1));
        assertThat(tokens.isUsable(token, TokenRepository.Purpose.RESET)).isFalse();
        assertThat(tokens.consume(token, TokenRepository.Purpose.RESET)).isEmpty();
        assertThat(tokens.consume(token, TokenRepository.Purpose.VERIFY)).contains(id);
        assertThat(tokens.consume(token, TokenRepository.Purpose.VERIFY)).isEmpty();

        String expired = tokens.issue(id, TokenRepository.Purpose.RESET, Duration.ofSeconds(-1));
        assertThat(tokens.isUsable(expired, TokenRepository.Purpose.RESET)).isFalse();
        assertThat(tokens.consume(expired, TokenRepository.Purpose.RESET)).isEmpty();
        assertThat(tokens.consume("not-a-token", TokenRepository.Purpose.RESET)).isEmpty();
        assertThat(db.jdbc()
                        .sql("SELECT COUNT(*) FROM account_token WHERE token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aNewTokenVoidsTheOlderOnesOfItsPurpose(TestDatabase db) {
        var people = new PersonRepository(db.jdbc());
        var tokens = new TokenRepository(db.jdbc());
        long id = people.insert(newPerson("voided@example.org"));
        String verify = tokens.issue(id, TokenRepository.Purpose.VERIFY, Duration.ofHours(1));
        String older = tokens.issue(id, TokenRepository.Purpose.RESET, Duration.ofHours(1));
        String newer = tokens.issue(id, TokenRepository.Purpose.RESET, Duration.ofHours(1));
        assertThat(tokens.isUsable(older, TokenRepository.Purpose.RESET)).isFalse();
        assertThat(tokens.consume(older, TokenRepository.Purpose.RESET)).isEmpty();
        assertThat(tokens.isUsable(verify, TokenRepository.Purpose.VERIFY))
                .as("another purpose is untouched")
                .isTrue();
        assertThat(tokens.consume(newer, TokenRepository.Purpose.RESET)).contains(id);

        // Two tokens that both survived their issue (two nodes at once): using one voids the other.
        String first = tokens.issue(id, TokenRepository.Purpose.RESET, Duration.ofHours(1));
        String raced = "raced-token-" + id;
        db.jdbc()
                .sql("""
                        INSERT INTO account_token (token_hash, user_id, purpose, expires_at)
                        VALUES (:hash, :user, 'reset', :expires)
                        """)
                .param("hash", TokenRepository.hash(raced))
                .param("user", id)
                .param("expires", PersonRepository.now().plusHours(1))
                .update();
        assertThat(tokens.consume(first, TokenRepository.Purpose.RESET)).contains(id);
        assertThat(tokens.consume(raced, TokenRepository.Purpose.RESET)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void signInIsDelayedAfterRepeatedFailures(TestDatabase db) {
        var throttle = new Throttle(db.jdbc(), java.time.Clock.systemUTC());
        var limit = AccountLimits.SIGN_IN_ACCOUNT;
        for (int i = 0; i < limit.max(); i++) {
            assertThat(throttle.tryAcquire(limit, "victim@example.org")).isTrue();
        }
        assertThat(throttle.tryAcquire(limit, "victim@example.org")).isFalse();
        assertThat(throttle.tryAcquire(limit, "other@example.org")).isTrue();
        throttle.reset(limit, "victim@example.org");
        assertThat(throttle.tryAcquire(limit, "victim@example.org")).isTrue();
    }
}
