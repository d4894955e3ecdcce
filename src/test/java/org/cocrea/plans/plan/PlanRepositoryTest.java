package org.cocrea.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.export.PlanData;
import org.cocrea.plans.export.PlanExportRepository;
import org.cocrea.plans.privacy.AuditEntry;
import org.cocrea.plans.privacy.AuditRepository;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class PlanRepositoryTest {
    private static final PlanContent FIRST =
            new PlanContent("Walk daily\r\nStop smoking", "Physiotherapy, weekly", "ASL", "Anna", "", "", "", null);
    private static final PlanContent SECOND = new PlanContent(
            "Walk daily\nStop smoking\nEat better",
            "Physiotherapy, weekly",
            "ASL",
            "Anna",
            "",
            "",
            "steps",
            LocalDate.of(2027, 3, 1));

    private record Fixture(long instance, long person) {}

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
        jdbc.sql("""
                INSERT INTO app_user (email, name, password_hash, language, kind, terms_accepted_at, created_at)
                VALUES ('p@example.org', 'P', '{noop}x', 'en', 'citizen', :now, :now)
                """).param("now", now).update();
        return new Fixture(
                jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single(),
                jdbc.sql("SELECT id FROM app_user").query(Long.class).single());
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void versionsAreNumberedAndKeepTheirContent(TestDatabase db) {
        var repo = new PlanRepository(db.jdbc());
        var f = fixture(db.jdbc());
        assertThat(repo.latest(f.instance())).isEmpty();
        assertThat(repo.addVersion(f.instance(), f.person(), FIRST)).isEqualTo(1);
        assertThat(repo.addVersion(f.instance(), null, SECOND)).isEqualTo(2);

        assertThat(repo.latest(f.instance()).orElseThrow().content()).isEqualTo(SECOND);
        assertThat(repo.version(f.instance(), 1).orElseThrow().content().objectives())
                .isEqualTo("Walk daily\nStop smoking");
        assertThat(repo.history(f.instance())).extracting(PlanVersion::version).containsExactly(2, 1);
        assertThat(repo.version(f.instance(), 3)).isEmpty();
        // The unique (plan, version) constraint protects against two writers racing for the same number.
        assertThatThrownBy(() -> db.jdbc().sql("""
                        INSERT INTO plan_version (tool_instance_id, version_no, created_at, objectives, services,
                            providers, case_manager, resources, economic, evaluation)
                        VALUES (:i, 2, CURRENT_TIMESTAMP, 'x', '', '', '', '', '', '')
                        """).param("i", f.instance()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void signaturesRecordTheHashAndShowWhenTheVersionChangedBehindOurBack(TestDatabase db) {
        var repo = new PlanRepository(db.jdbc());
        var f = fixture(db.jdbc());
        repo.addVersion(f.instance(), f.person(), FIRST);
        repo.sign(f.instance(), 1, f.person(), MemberRole.CITIZEN, FIRST.sha256());

        var signature = repo.signatures(f.instance()).get(0);
        assertThat(signature.sha256()).isEqualTo(FIRST.sha256()).hasSize(64);
        assertThat(signature.stillMatches()).isTrue();
        assertThat(signature.forCitizen()).isTrue();
        assertThatThrownBy(() -> repo.sign(f.instance(), 1, f.person(), MemberRole.CITIZEN, FIRST.sha256()))
                .isInstanceOf(DataIntegrityViolationException.class);

        db.jdbc()
                .sql("UPDATE plan_version SET objectives = 'tampered' WHERE tool_instance_id = :i")
                .param("i", f.instance())
                .update();
        assertThat(repo.signatures(f.instance()).get(0).stillMatches()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void goalsScoresAndAuditAreStoredPerPlan(TestDatabase db) {
        var goals = new GoalRepository(db.jdbc());
        var audit = new AuditRepository(db.jdbc());
        var f = fixture(db.jdbc());
        goals.add(f.instance(), "Walk", 1, f.person());
        goals.add(f.instance(), "Eat", 2, f.person());
        var ids = goals.of(f.instance()).stream().map(Goal::id).toList();
        assertThat(goals.score(f.instance(), ids.get(0), 1, f.person())).isTrue();
        assertThat(goals.score(f.instance(), ids.get(0), 2, f.person())).isTrue();
        assertThat(goals.score(f.instance() + 1, ids.get(1), 0, f.person())).isFalse();

        var list = goals.of(f.instance());
        assertThat(list).extracting(Goal::latestLevel).containsExactly(2, null);
        assertThat(list).extracting(Goal::scores).containsExactly(2, 0);
        assertThatThrownBy(
                        () -> db.jdbc().sql("UPDATE plan_goal SET weight = 0").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        db.jdbc().sql("UPDATE plan_goal_score SET level = 3").update())
                .isInstanceOf(DataIntegrityViolationException.class);

        audit.record(f.instance(), f.person(), "plan.read", null, "10.0.0.1");
        audit.record(f.instance(), null, "version.read", "v1", "x".repeat(100));
        assertThat(audit.of(f.instance(), 10))
                .extracting(AuditEntry::action)
                .containsExactly("version.read", "plan.read");
        assertThat(audit.of(f.instance(), 1)).hasSize(1);
        // The whole-record download reads the logs of several tools in one query, newest first, capped per tool.
        var each = audit.ofEach(List.of(f.instance(), f.instance() + 999), 1);
        assertThat(each.keySet()).containsExactly(f.instance());
        assertThat(each.get(f.instance())).extracting(AuditEntry::action).containsExactly("version.read");
        assertThat(audit.ofEach(List.of(f.instance()), 10).get(f.instance()))
                .extracting(AuditEntry::action)
                .containsExactly("version.read", "plan.read");
        assertThat(audit.ofEach(List.of(), 10)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void goalsKeepTheirWrittenLevelsAndScoresTheirDates(TestDatabase db) {
        var goals = new GoalRepository(db.jdbc());
        var f = fixture(db.jdbc());
        var levels = java.util.List.of("a", "b", "c", "d", "e");
        goals.add(f.instance(), "Walk", levels, 3, 2, f.person());
        long id = goals.of(f.instance()).get(0).id();
        var day = LocalDate.of(2025, 3, 1);
        // Recorded out of order: the history is by date, the first date is the baseline.
        assertThat(goals.score(f.instance(), id, 1, day.plusDays(60), f.person()))
                .isTrue();
        assertThat(goals.score(f.instance(), id, -1, day, f.person())).isTrue();
        assertThat(goals.score(f.instance(), id, 0, day.plusDays(30), f.person()))
                .isTrue();
        var goal = goals.of(f.instance()).get(0);
        assertThat(goal.levels()).containsExactlyElementsOf(levels);
        assertThat(goal.levelText(-2)).isEqualTo("a");
        assertThat(goal.levelText(2)).isEqualTo("e");
        assertThat(goal.weight()).isEqualTo(6.0);
        assertThat(goal.history()).extracting(Goal.Scored::on).containsExactly(day, day.plusDays(30), day.plusDays(60));
        assertThat(goal.baseline().level()).isEqualTo(-1);
        assertThat(goal.latestFollowUp().level()).isEqualTo(1);
        assertThat(goal.latestLevel()).isEqualTo(1);

        var export = new PlanExportRepository(db.jdbc()).goals(f.instance()).get(0);
        assertThat(export.levels()).containsExactlyElementsOf(levels);
        assertThat(export.importance()).isEqualTo(3);
        assertThat(export.difficulty()).isEqualTo(2);
        assertThat(export.scores())
                .extracting(PlanData.ScoreData::scoredOn)
                .containsExactly(day, day.plusDays(30), day.plusDays(60));

        // The database holds the rules too: ratings 1..3, weight = importance × difficulty, a date on scores.
        for (String sql : java.util.List.of(
                "UPDATE plan_goal SET importance = 4",
                "UPDATE plan_goal SET difficulty = 0",
                "UPDATE plan_goal SET weight = 5",
                "UPDATE plan_goal_score SET scored_on = NULL")) {
            assertThatThrownBy(() -> db.jdbc().sql(sql).update())
                    .as(sql)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThatThrownBy(() -> goals.add(f.instance(), "Bad", levels, 0, 2, f.person()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** V13 on a database holding goals and scores from before it: they survive, each score dated its day. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"H2", "PostgreSQL"})
    void goalsAndScoresRecordedBeforeWrittenLevelsSurviveTheMigration(String kind) {
        javax.sql.DataSource ds;
        String schema = null;
        if (kind.equals("H2")) {
            var h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:mem:m" + java.util.UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            ds = h2;
        } else {
            schema = org.cocrea.testing.TestDatabases.newPostgresSchema();
            var pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(org.cocrea.testing.TestDatabases.postgresUrl());
            pg.setUser(org.cocrea.testing.TestDatabases.postgresUser());
            pg.setPassword(org.cocrea.testing.TestDatabases.postgresPassword());
            pg.setCurrentSchema(schema);
            ds = pg;
        }
        var config = org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema).defaultSchema(schema);
        }
        config.target("12.2").load().migrate();
        var jdbc = JdbcClient.create(ds);
        var f = fixture(jdbc);
        var at = OffsetDateTime.of(2024, 5, 6, 12, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO plan_goal (tool_instance_id, description, weight, created_by, created_at)
                VALUES (:i, 'Old goal', 1.5, :p, :at)
                """)
                .param("i", f.instance())
                .param("p", f.person())
                .param("at", at)
                .update();
        jdbc.sql("""
                INSERT INTO plan_goal_score (goal_id, level, scored_by, scored_at)
                VALUES ((SELECT id FROM plan_goal), -1, :p, :at)
                """).param("p", f.person()).param("at", at).update();

        config.target("latest").load().migrate();
        var goal = new GoalRepository(jdbc).of(f.instance()).get(0);
        assertThat(goal.description()).isEqualTo("Old goal");
        assertThat(goal.weight()).isEqualTo(1.5);
        assertThat(goal.hasLevels()).isFalse();
        assertThat(goal.importance()).isNull();
        assertThat(goal.history()).containsExactly(new Goal.Scored(-1, LocalDate.of(2024, 5, 6), f.person()));
    }

    /**
     * A double submit of a signature: {@code PlanService.sign} checks for an earlier signature and then inserts,
     * so two requests of the same person can both pass the check; the unique constraint lets exactly one insert
     * through and the other gets the duplicate-key error the service turns into "already signed".
     */
    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aSignatureSubmittedTwiceAtOnceIsStoredOnce(TestDatabase db) throws Exception {
        try (var pool = new com.zaxxer.hikari.HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(8);
            var jdbc = JdbcClient.create(pool);
            var repo = new PlanRepository(jdbc);
            var f = fixture(jdbc);
            repo.addVersion(f.instance(), f.person(), FIRST);
            var start = new java.util.concurrent.CyclicBarrier(8);
            var stored = new java.util.concurrent.atomic.AtomicInteger();
            var refused = new java.util.concurrent.atomic.AtomicInteger();
            var threads = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
                for (int i = 0; i < 8; i++) {
                    futures.add(threads.submit(() -> {
                        start.await();
                        try {
                            repo.sign(f.instance(), 1, f.person(), MemberRole.CITIZEN, FIRST.sha256());
                            stored.incrementAndGet();
                        } catch (org.springframework.dao.DuplicateKeyException e) {
                            refused.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (var future : futures) {
                    future.get();
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(stored.get()).isEqualTo(1);
            assertThat(refused.get()).isEqualTo(7);
            assertThat(repo.signatures(f.instance())).hasSize(1);
        }
    }
}
