package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cocrea.platform.Language;
import org.cocrea.platform.Refused;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The residents register on H2 and PostgreSQL: replace-all uploads, hashes only, one account per identifier. */
class ResidentsRepositoryTest {
    private record Mail(String recipient, String subject, String body) {}

    private record Fixture(
            Residents residents, CensusRepository census, PersonRepository people, long org, List<Mail> mails) {}

    private static Fixture fixture(TestDatabase db, String pepper) {
        var census = new CensusRepository(db.jdbc(), new NamedParameterJdbcTemplate(db.dataSource()));
        var people = new PersonRepository(db.jdbc());
        var organisations = new OrganisationRepository(db.jdbc());
        var mails = new CopyOnWriteArrayList<Mail>();
        var residents = new Residents(
                census,
                people,
                organisations,
                (to, subject, body) -> mails.add(new Mail(to, subject, body)),
                messages(),
                new DataSourceTransactionManager(db.dataSource()),
                pepper);
        long org = organisations.create("Comune di Prova");
        return new Fixture(residents, census, people, org, mails);
    }

    private static MessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/accounts");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Residents.ClaimOutcome refused(String key) {
        return new Residents.ClaimOutcome(false, key);
    }

    private static long person(Fixture f, String email) {
        return f.people.insert(
                new PersonRepository.NewPerson(email, "Test", "{noop}x", Language.EN, PersonKind.CITIZEN));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void uploadReplacesTheWholeListAndStoresOnlyHashes(TestDatabase db) {
        var f = fixture(db, "pepper");
        long uploader = person(f, "officer@example.org");
        assertThat(f.residents.upload(f.org, uploader, csv("rssmra80a01h501u\n BNCLRA85B02F205X \n\n# comment\n")))
                .isEqualTo(2);
        assertThat(f.residents.censusKey(f.org, "RSSMRA80A01H501U")).isPresent();
        assertThat(f.residents.censusKey(f.org, "  rssmra80a01h501u ")).isPresent();
        assertThat(db.jdbc()
                        .sql("SELECT identifier_hash FROM census_entry")
                        .query(String.class)
                        .list())
                .hasSize(2)
                .noneMatch(h -> h.toUpperCase().contains("RSSMRA"));

        f.residents.upload(f.org, uploader, csv("VRDGPP70C03L219K\n"));
        assertThat(f.residents.censusKey(f.org, "RSSMRA80A01H501U")).isEmpty();
        assertThat(f.residents.censusKey(f.org, "VRDGPP70C03L219K")).isPresent();
        assertThat(f.census.census(f.org).orElseThrow().entries()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aMalformedListStoresNothingAndKeepsThePreviousOne(TestDatabase db) {
        var f = fixture(db, "");
        long uploader = person(f, "officer@example.org");
        f.residents.upload(f.org, uploader, csv("AAA111\n"));
        assertThatThrownBy(() -> f.residents.upload(f.org, uploader, csv("BBB222\nCCC333,DDD444\n")))
                .isInstanceOfSatisfying(
                        Refused.class, r -> assertThat(CensusCsv.line(r)).isEqualTo(2));
        assertThat(f.residents.censusKey(f.org, "AAA111")).isPresent();
        assertThat(f.residents.censusKey(f.org, "BBB222")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void oneIdentifierVerifiesOneAccount(TestDatabase db) {
        var f = fixture(db, "pepper");
        long maria = person(f, "maria@example.org");
        long luca = person(f, "luca@example.org");
        f.residents.upload(f.org, maria, csv("AAA111\nBBB222\n"));

        assertThat(f.residents.isVerifiedResident(maria, f.org)).isFalse();
        assertThat(f.residents.claim(maria, f.org, "aaa111"))
                .isEqualTo(new Residents.ClaimOutcome(true, "residence.claim.done"));
        assertThat(f.residents.isVerifiedResident(maria, f.org)).isTrue();
        assertThat(f.residents.residentKey(maria, f.org)).isEqualTo(f.residents.censusKey(f.org, "AAA111"));

        // A claim of an identifier another account holds is received, not refused as "taken" (finding 13).
        assertThat(f.residents.claim(luca, f.org, "AAA111"))
                .isEqualTo(new Residents.ClaimOutcome(true, "residence.claim.received"));
        assertThat(f.residents.isVerifiedResident(luca, f.org)).isFalse();
        assertThatThrownBy(() -> f.census.claim(
                        luca, f.org, f.residents.censusKey(f.org, "AAA111").orElseThrow()))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);

        // Re-uploading without Maria's identifier ends her residence; with it again, it comes back.
        f.residents.upload(f.org, maria, csv("BBB222\n"));
        assertThat(f.residents.isVerifiedResident(maria, f.org)).isFalse();
        f.residents.upload(f.org, maria, csv("AAA111\n"));
        assertThat(f.residents.isVerifiedResident(maria, f.org)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void guessingIsStoppedAfterFiveFailures(TestDatabase db) {
        var f = fixture(db, "");
        long maria = person(f, "maria@example.org");
        f.residents.upload(f.org, maria, csv("AAA111\n"));
        for (int i = 0; i < Residents.CLAIM_FAILURES_PER_DAY; i++) {
            assertThat(f.residents.claim(maria, f.org, "GUESS" + i)).isEqualTo(refused("residence.claim.notFound"));
        }
        assertThat(f.residents.claim(maria, f.org, "AAA111")).isEqualTo(refused("residence.claim.tooMany"));
        assertThat(f.residents.isVerifiedResident(maria, f.org)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void thePepperChangesTheHashes(TestDatabase db) {
        var f = fixture(db, "one");
        long maria = person(f, "maria@example.org");
        f.residents.upload(f.org, maria, csv("AAA111\n"));
        var other = new Residents(
                f.census,
                f.people,
                new OrganisationRepository(db.jdbc()),
                (to, subject, body) -> {},
                messages(),
                new DataSourceTransactionManager(db.dataSource()),
                "two");
        assertThat(other.censusKey(f.org, "AAA111")).isEmpty();
        assertThat(f.residents.censusKey(f.org, "AAA111")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aContestedClaimCountsIsRecordedOnceAndIsDecidedOnce(TestDatabase db) {
        var f = fixture(db, "pepper");
        long maria = person(f, "maria@example.org");
        long luca = person(f, "luca@example.org");
        long officer = person(f, "officer@example.org");
        f.residents.upload(f.org, officer, csv("AAA111\nBBB222\n"));
        f.residents.claim(maria, f.org, "AAA111");
        f.residents.claim(luca, f.org, "AAA111");
        f.residents.claim(luca, f.org, "aaa111");
        assertThat(f.mails()).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("maria@example.org");
            assertThat(m.body())
                    .contains("Comune di Prova")
                    .doesNotContain("AAA111")
                    .doesNotContain("luca");
        });
        assertThat(f.census.failedClaimsSince(
                        luca, java.time.OffsetDateTime.now().minusDays(1)))
                .as("contested claims count toward the daily limit")
                .isEqualTo(2);
        var contests = f.residents.openContests(f.org);
        assertThat(contests).singleElement().satisfies(c -> {
            assertThat(c.claimantEmail()).isEqualTo("luca@example.org");
            assertThat(c.holderEmail()).isEqualTo("maria@example.org");
        });
        assertThat(db.jdbc()
                        .sql("SELECT identifier_hash FROM residence_contest")
                        .query(String.class)
                        .single())
                .doesNotContainIgnoringCase("AAA111");

        long contest = contests.get(0).id();
        assertThat(f.residents.decide(f.org + 1, contest, true, officer))
                .as("another organisation's contest")
                .isFalse();
        assertThat(f.residents.decide(f.org, contest, true, officer)).isTrue();
        assertThat(f.residents.decide(f.org, contest, false, officer))
                .as("decided once")
                .isFalse();
        assertThat(f.residents.isVerifiedResident(luca, f.org)).isTrue();
        assertThat(f.residents.isVerifiedResident(maria, f.org)).isFalse();
        assertThat(f.mails())
                .extracting(Mail::recipient)
                .containsExactly("maria@example.org", "maria@example.org", "luca@example.org");
        assertThat(f.residents.openContests(f.org)).isEmpty();
    }
}
