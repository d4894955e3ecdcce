package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19: every module's {@link PersonalData} statements and the archive table run on H2 and PostgreSQL; an archive
 * is read only by its person and only until it expires.
 */
class PersonalDataRepositoryTest {
    /** Every implementation, by class name (package-private in its module). */
    static final List<String> IMPLEMENTATIONS = List.of(
            "org.cocrea.accounts.AccountsPersonalData",
            "org.cocrea.initiatives.InitiativesPersonalData",
            "org.cocrea.ideas.IdeasPersonalData",
            "org.cocrea.comments.CommentsPersonalData",
            "org.cocrea.budget.BudgetPersonalData",
            "org.cocrea.vote.VotePersonalData",
            "org.cocrea.notifications.NotificationsPersonalData",
            "org.cocrea.meetings.MeetingsPersonalData",
            "org.cocrea.shifts.ShiftsPersonalData",
            "org.cocrea.pacts.PactsPersonalData",
            "org.cocrea.ledger.LedgerPersonalData",
            "org.cocrea.survey.SurveyPersonalData",
            "org.cocrea.rating.RatingPersonalData",
            "org.cocrea.decision.DecisionPersonalData",
            "org.cocrea.drafts.DraftsPersonalData",
            "org.cocrea.map.MapPersonalData",
            "org.cocrea.opinions.OpinionsPersonalData",
            "org.cocrea.updates.UpdatesPersonalData",
            "org.cocrea.tracking.TrackingPersonalData",
            "org.cocrea.plans.privacy.PlansPersonalData");

    static PersonalData instance(String className, JdbcClient jdbc) throws Exception {
        var constructor = Class.forName(className).getDeclaredConstructor(JdbcClient.class);
        constructor.setAccessible(true);
        return (PersonalData) constructor.newInstance(jdbc);
    }

    private static long person(JdbcClient jdbc, String email) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO app_user (email, name, password_hash, language, kind, terms_accepted_at, created_at)
                VALUES (:e, :e, '{noop}x', 'en', 'citizen', :now, :now)
                """).param("e", email).param("now", now).update();
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void everyModulesStatementsRun(TestDatabase db) throws Exception {
        var jdbc = db.jdbc();
        long id = person(jdbc, "data@example.org");
        for (String className : IMPLEMENTATIONS) {
            var module = instance(className, jdbc);
            Object data = module.of(id);
            assertThat(data).as(className).isInstanceOf(Map.class);
        }
        @SuppressWarnings("unchecked")
        var accounts = (Map<String, List<Map<String, Object>>>)
                instance(IMPLEMENTATIONS.get(0), jdbc).of(id);
        var profile = accounts.get("profile").get(0);
        assertThat(profile).containsEntry("email", "data@example.org");
        assertThat((String) profile.get("created_at")).as("ISO-8601 on both").matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    private static void passkey(JdbcClient jdbc, long person, String credential, String label, byte[] key) {
        jdbc.sql("INSERT INTO passkey_user (person_id, user_handle) VALUES (:p, :h)")
                .param("p", person)
                .param("h", "handle-" + credential)
                .update();
        jdbc.sql("""
                INSERT INTO passkey (credential_id, person_id, label, public_key, attestation_object, signature_count,
                    uv_initialized, backup_eligible, backup_state, transports, created_at, last_used_at)
                VALUES (:c, :p, :l, :k, :k, 7, TRUE, TRUE, FALSE, 'hybrid,internal', :created, :used)
                """)
                .param("c", credential)
                .param("p", person)
                .param("l", label)
                .param("k", key)
                .param("created", OffsetDateTime.parse("2026-11-02T09:30:00Z"))
                .param("used", OffsetDateTime.parse("2026-11-20T18:05:00Z"))
                .update();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aPersonFindsTheirPasskeysAndIdentitiesInTheArchiveAndNobodyElses(TestDatabase db) throws Exception {
        var jdbc = db.jdbc();
        long anna = person(jdbc, "anna.passkey@example.org");
        long bruno = person(jdbc, "bruno.passkey@example.org");
        passkey(jdbc, anna, "QW5uYS1waG9uZQ", "Anna's phone", new byte[] {(byte) 0xa5, 0x01, 0x02, (byte) 0xff});
        passkey(jdbc, bruno, "QnJ1bm8tbGFwdG9w", "Bruno's laptop", new byte[] {9, 9});
        for (var identity : List.of(List.of(anna, "spid", "anna-subject"), List.of(bruno, "spid", "bruno-subject"))) {
            jdbc.sql("""
                            INSERT INTO oidc_identity (provider, subject, person_id, linked_at)
                            VALUES (:provider, :subject, :p, :at)
                            """)
                    .param("p", identity.get(0))
                    .param("provider", identity.get(1))
                    .param("subject", identity.get(2))
                    .param("at", OffsetDateTime.parse("2026-11-03T10:00:00Z"))
                    .update();
        }
        @SuppressWarnings("unchecked")
        var accounts = (Map<String, List<Map<String, Object>>>)
                instance("org.cocrea.accounts.AccountsPersonalData", jdbc).of(anna);
        assertThat(accounts.get("passkeys")).singleElement().satisfies(passkey -> {
            assertThat(passkey)
                    .containsEntry("label", "Anna's phone")
                    .containsEntry("credential_id", "QW5uYS1waG9uZQ")
                    .containsEntry("created_at", "2026-11-02T09:30:00Z")
                    .containsEntry("last_used_at", "2026-11-20T18:05:00Z")
                    .containsEntry("transports", List.of("hybrid", "internal"))
                    .containsEntry("signature_count", 7L)
                    // The public key as base64url without padding: a5 01 02 ff.
                    .containsEntry("public_key", "pQEC_w")
                    .doesNotContainKeys("attestation_object", "attestation_client_data_json");
        });
        assertThat(accounts.get("identityProviders"))
                .as("the person's identities at OpenID Connect providers")
                .singleElement()
                .satisfies(identity -> assertThat(identity)
                        .containsEntry("provider", "spid")
                        .containsEntry("subject", "anna-subject"));
        assertThat(accounts.toString())
                .as("another person's passkey and identity are not in the archive")
                .doesNotContain("Bruno")
                .doesNotContain("QnJ1bm8tbGFwdG9w")
                .doesNotContain("bruno-subject");
        // The archive is written as JSON: the passkeys section must be writable as it is.
        assertThat(new tools.jackson.databind.json.JsonMapper().writeValueAsString(accounts.get("passkeys")))
                .contains("\"credential_id\":\"QW5uYS1waG9uZQ\"");
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anArchiveIsItsPersonsOnlyOneWaitsAtATimeAndItExpires(TestDatabase db) {
        var jdbc = db.jdbc();
        long own = person(jdbc, "own@example.org");
        long other = person(jdbc, "other@example.org");
        var exports = new MyDataRepository(jdbc);
        var now = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(exports.request(own, now)).isTrue();
        assertThat(exports.request(own, now)).as("one waiting at a time").isFalse();
        var waiting = exports.waiting(5);
        assertThat(waiting).hasSize(1);
        assertThat(exports.content(own, now)).as("not ready yet").isEmpty();
        var expires = now.plus(MyData.KEPT);
        assertThat(exports.ready(waiting.get(0).id(), new byte[] {1, 2, 3}, now, expires))
                .isTrue();
        assertThat(exports.ready(waiting.get(0).id(), new byte[] {4}, now, expires))
                .as("another node's second round")
                .isFalse();
        assertThat(exports.content(own, now)).contains(new byte[] {1, 2, 3});
        assertThat(exports.content(other, now)).isEmpty();
        assertThat(exports.of(own).orElseThrow().ready()).isTrue();
        assertThat(exports.deleteExpired(expires.minusSeconds(1))).isZero();
        assertThat(exports.content(own, expires)).as("not served once expired").isEmpty();
        assertThat(exports.deleteExpired(expires)).isEqualTo(1);
        assertThat(exports.of(own)).isEmpty();
        assertThat(exports.request(own, now)).as("a new one after").isTrue();
    }
}
