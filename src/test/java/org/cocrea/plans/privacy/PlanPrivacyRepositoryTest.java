package org.cocrea.plans.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.export.PlanData;
import org.cocrea.plans.export.PlanExportRepository;
import org.cocrea.plans.plan.Goal;
import org.cocrea.plans.plan.GoalRepository;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Consents, emergency accesses, erasure and the export queries, on H2 and PostgreSQL. */
class PlanPrivacyRepositoryTest {
    private record Fixture(long initiative, long instance, long citizen, long proxy) {}

    private static Fixture fixture(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'health', 'individual', 'open', :now, :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-design', 'plan', :now)
                """).param("now", now).update();
        for (String email : java.util.List.of("c@example.org", "p@example.org")) {
            jdbc.sql("""
                    INSERT INTO app_user (email, name, password_hash, language, kind, terms_accepted_at, created_at)
                    VALUES (:e, :e, '{noop}x', 'en', 'citizen', :now, :now)
                    """).param("e", email).param("now", now).update();
        }
        return new Fixture(
                jdbc.sql("SELECT id FROM initiative").query(Long.class).single(),
                jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single(),
                id(jdbc, "c@example.org"),
                id(jdbc, "p@example.org"));
    }

    private static long id(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aConsentIsGivenWithdrawnAndGivenAgainWithItsHistoryKept(TestDatabase db) {
        var f = fixture(db.jdbc());
        var repo = new ConsentRepository(db.jdbc());
        assertThat(repo.active(f.initiative(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN))
                .isFalse();
        repo.give(f.initiative(), f.citizen(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN);
        repo.give(f.initiative(), f.citizen(), null, ConsentScope.SHARE_DATA);
        assertThat(repo.active(f.initiative(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN))
                .isTrue();
        assertThat(repo.active(f.initiative(), null, ConsentScope.SHARE_DATA)).isTrue();
        assertThat(repo.active(f.initiative(), f.citizen(), ConsentScope.ACT_FOR_CITIZEN))
                .isFalse();

        assertThat(repo.withdraw(f.initiative(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN))
                .isTrue();
        assertThat(repo.withdraw(f.initiative(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN))
                .isFalse();
        assertThat(repo.active(f.initiative(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN))
                .isFalse();
        assertThat(repo.active(f.initiative(), null, ConsentScope.SHARE_DATA)).isTrue();
        repo.give(f.initiative(), f.citizen(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN);

        var history = repo.of(f.initiative());
        assertThat(history).hasSize(3);
        assertThat(history.stream().filter(c -> !c.active()).toList())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.proxyId()).isEqualTo(f.proxy());
                    assertThat(c.withdrawnAt()).isAfterOrEqualTo(c.givenAt());
                });
    }

    /** Issue 11: lists ask which plans a proxy acts for; a reassigned plan ends every consent, reason kept. */
    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aReassignmentEndsEveryConsentAndKeepsItsReason(TestDatabase db) {
        var f = fixture(db.jdbc());
        var repo = new ConsentRepository(db.jdbc());
        repo.give(f.initiative(), f.citizen(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN);
        repo.give(f.initiative(), f.citizen(), null, ConsentScope.SHARE_DATA);
        assertThat(repo.actingFor(f.proxy())).containsExactly(f.initiative());
        assertThat(repo.actingFor(f.citizen())).isEmpty();

        assertThat(repo.withdrawAll(f.initiative())).isEqualTo(2);
        assertThat(repo.actingFor(f.proxy())).isEmpty();
        assertThat(repo.active(f.initiative(), null, ConsentScope.SHARE_DATA)).isFalse();
        assertThat(repo.of(f.initiative())).hasSize(2).noneMatch(Consent::active);

        var reassignments = new ReassignmentRepository(db.jdbc());
        reassignments.add(f.instance(), f.proxy(), f.citizen(), f.proxy(), "Creato per l'account sbagliato");
        assertThatThrownBy(() -> reassignments.add(f.instance(), f.proxy(), null, f.proxy(), "too short"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(db.jdbc()
                        .sql("SELECT reason FROM plan_reassignment WHERE tool_instance_id = :i")
                        .param("i", f.instance())
                        .query(String.class)
                        .list())
                .containsExactly("Creato per l'account sbagliato");
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theDatabaseRefusesASecondActiveConsentAndInconsistentRows(TestDatabase db) {
        var f = fixture(db.jdbc());
        var repo = new ConsentRepository(db.jdbc());
        repo.give(f.initiative(), f.citizen(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN);
        assertThatThrownBy(() -> repo.give(f.initiative(), f.citizen(), f.proxy(), ConsentScope.ACT_FOR_CITIZEN))
                .isInstanceOf(DataIntegrityViolationException.class);
        repo.give(f.initiative(), f.citizen(), null, ConsentScope.SHARE_DATA);
        assertThatThrownBy(() -> repo.give(f.initiative(), f.citizen(), null, ConsentScope.SHARE_DATA))
                .isInstanceOf(DataIntegrityViolationException.class);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        // Acting for the citizen without naming a proxy, sharing that names one, an unknown scope, an active
        // row with a withdrawal date: each is refused by a CHECK constraint.
        for (String values : java.util.List.of(
                "NULL, 0, 'act-for-citizen', NULL, 'Y'",
                ":p, :p, 'share-data', NULL, 'Y'",
                ":p, :p, 'everything', NULL, 'Y'",
                ":p, :p, 'act-for-citizen', :now, 'Y'",
                ":p, 7, 'act-for-citizen', NULL, 'Y'")) {
            assertThatThrownBy(() -> db.jdbc()
                            .sql("INSERT INTO plan_consent (initiative_id, citizen_id, proxy_id, grantee, scope,"
                                    + " withdrawn_at, active, given_at) VALUES (:i, :c, " + values + ", :now)")
                            .param("i", f.initiative())
                            .param("c", f.citizen())
                            .param("p", f.proxy())
                            .param("now", now)
                            .update())
                    .as(values)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(repo.of(f.initiative())).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anEmergencyAccessIsOpenOnlyForItsAdminUntilItExpires(TestDatabase db) {
        var f = fixture(db.jdbc());
        var repo = new EmergencyRepository(db.jdbc());
        var access =
                repo.start(f.instance(), f.proxy(), "Urgent: the person is unreachable", Duration.ofMinutes(30), false);
        assertThat(access.expiresAt()).isAfter(access.startedAt());
        assertThat(repo.open(f.instance(), f.proxy())).contains(access);
        assertThat(repo.open(f.instance(), f.citizen())).isEmpty();
        db.jdbc()
                .sql("UPDATE plan_emergency_access SET started_at = :s, expires_at = :e")
                .param("s", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2))
                .param("e", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                .update();
        assertThat(repo.open(f.instance(), f.proxy())).isEmpty();
        assertThat(repo.of(f.instance())).hasSize(1);
        assertThatThrownBy(() -> repo.start(f.instance(), f.proxy(), "too short", Duration.ofMinutes(30), false))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void erasureClearsContentButKeepsSignaturesScoresAndAudit(TestDatabase db) {
        var f = fixture(db.jdbc());
        var plans = new PlanRepository(db.jdbc());
        var goals = new GoalRepository(db.jdbc());
        var audit = new AuditRepository(db.jdbc());
        var content = new PlanContent("Secret objective", "Services", "", "", "", "", "", LocalDate.of(2027, 1, 1));
        plans.addVersion(f.instance(), f.citizen(), content);
        plans.sign(f.instance(), 1, f.citizen(), MemberRole.CITIZEN, content.sha256());
        goals.add(f.instance(), "Secret goal", 2, f.citizen());
        long goal = goals.of(f.instance()).get(0).id();
        goals.score(f.instance(), goal, 1, f.citizen());
        audit.record(f.instance(), f.citizen(), "plan.read", null, "127.0.0.1");

        var erasure = new ErasureRepository(db.jdbc()).erase(f.instance(), f.citizen(), 1);
        assertThat(erasure.upToVersion()).isEqualTo(1);
        var export = new PlanExportRepository(db.jdbc());
        assertThat(export.versions(f.instance())).singleElement().satisfies(v -> {
            assertThat(v.objectives()).isEmpty();
            assertThat(v.services()).isEmpty();
            assertThat(v.reviewDate()).isNull();
            assertThat(v.authorId()).isEqualTo(f.citizen());
        });
        assertThat(export.goals(f.instance())).singleElement().satisfies(g -> {
            assertThat(g.description()).isEmpty();
            assertThat(g.scores()).extracting(PlanData.ScoreData::level).containsExactly(1);
        });
        var signatures = plans.signatures(f.instance());
        assertThat(signatures).singleElement().satisfies(s -> {
            assertThat(s.sha256()).isEqualTo(content.sha256());
            assertThat(s.stillMatches()).isFalse();
        });
        assertThat(audit.of(f.instance(), 10)).hasSize(1);
        assertThat(new ErasureRepository(db.jdbc()).latest(f.instance()).orElseThrow())
                .extracting(Erasure::requestedBy, Erasure::upToVersion)
                .containsExactly(f.citizen(), 1);
        long leaks = db.jdbc()
                .sql("SELECT COUNT(*) FROM plan_version WHERE objectives LIKE '%Secret%'")
                .query(Long.class)
                .single();
        assertThat(leaks).isZero();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theExportReadsEveryGoalWithAllItsScoresInOrder(TestDatabase db) {
        var f = fixture(db.jdbc());
        var goals = new GoalRepository(db.jdbc());
        goals.add(f.instance(), "First", 1, f.citizen());
        goals.add(f.instance(), "Second", 3, f.proxy());
        var ids = goals.of(f.instance()).stream().map(Goal::id).toList();
        goals.score(f.instance(), ids.get(0), -1, f.citizen());
        goals.score(f.instance(), ids.get(0), 2, f.proxy());
        var export = new PlanExportRepository(db.jdbc()).goals(f.instance());
        assertThat(export).extracting(PlanData.GoalData::description).containsExactly("First", "Second");
        assertThat(export.get(0).scores()).extracting(PlanData.ScoreData::level).containsExactly(-1, 2);
        assertThat(export.get(0).createdBy()).isEqualTo(f.citizen());
        assertThat(export.get(1).scores()).isEmpty();
        assertThat(export.get(1).createdBy()).isEqualTo(f.proxy());
    }
}
