package org.cocrea.pacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The pact tables on H2 and PostgreSQL: a pact with its parties read back whole, an edit that keeps a staying
 * party's signature (no longer matching) and drops a removed party's, one signature per party and text by the UNIQUE
 * constraint (also when eight threads sign at once: exactly one row), no signature by someone who is not a party,
 * the CHECKs (end after start, a suspension's reason, an approval before "approved", positive hours), the register's
 * filters, the personal home's waiting pacts and the delivery work in one statement each.
 */
class PactRepositoryTest {
    static final int THREADS = 8;
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

    private static long key(JdbcClient jdbc, String sql, Map<String, ?> params) {
        var key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static long person(JdbcClient jdbc, String email) {
        return key(
                jdbc,
                "INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)"
                        + " VALUES (:e, 'P', 'it', 'citizen', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                Map.of("e", email + System.nanoTime()));
    }

    /** {tool instance, initiative}. */
    private static long[] instance(JdbcClient jdbc) {
        long organisation = key(
                jdbc,
                "INSERT INTO organisation (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)",
                Map.of("n", "O" + System.nanoTime()));
        long initiative = key(
                jdbc,
                "INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,"
                        + " created_at, last_activity_at) VALUES ('T', 'S', '', :o, 'environment-and-parks',"
                        + " 'collective', 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                Map.of("o", organisation));
        long instance = key(
                jdbc,
                "INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)"
                        + " VALUES (:i, 'co-delivery', 'pacts', CURRENT_TIMESTAMP)",
                Map.of("i", initiative));
        return new long[] {instance, initiative};
    }

    private static PactRules.Draft draft(String title, List<Party> parties) {
        var geometry = GoodGeometry.check("line", "41.9, 12.49\n41.91, 12.5", null);
        return new PactRules.Draft(
                new PactText.Content(
                        new PactTerms(
                                false,
                                title,
                                "green-area",
                                "Il giardino <b>bello</b>",
                                "line",
                                geometry.geojson(),
                                "Obiettivi",
                                "Azioni",
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2027, 1, 1),
                                "",
                                List.of("materials", "insurance"),
                                "Guanti",
                                3,
                                "Sicurezza",
                                "Revoca"),
                        parties),
                geometry);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void partiesSignaturesAndEdits(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new PactRepository(jdbc);
        long[] at = instance(jdbc);
        long citizen = person(jdbc, "c@example.org");
        long officer = person(jdbc, "o@example.org");
        long other = person(jdbc, "x@example.org");
        var parties = List.of(
                new Party(citizen, Party.CITIZEN, "Luca", null),
                new Party(officer, Party.OFFICE, "Paola", "Ufficio Verde"));
        var d = draft("Fiume", parties);
        long id = repo.insert(at[0], at[1], d, "proposed", citizen, NOW);
        var pact = repo.find(at[0], id).orElseThrow();
        assertThat(pact.provides()).containsExactly("materials", "insurance");
        assertThat(pact.textSha256()).isEqualTo(PactText.sha256(d.content()));
        // the stored pact gives back the same canonical text as the one written
        assertThat(PactText.sha256(PactText.of(pact, repo.parties(List.of(id)).get(id))))
                .isEqualTo(pact.textSha256());
        assertThat(repo.find(at[0] + 1000, id)).isEmpty();

        assertThat(repo.sign(id, citizen, pact.textSha256(), NOW)).isTrue();
        assertThat(repo.sign(id, citizen, pact.textSha256(), NOW)).isFalse();
        // somebody who is not a party cannot sign (foreign key to the party)
        assertThat(catchThrowable(() -> repo.sign(id, other, pact.textSha256(), NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(repo.waiting(officer)).extracting(PactRepository.Waiting::id).containsExactly(id);
        assertThat(repo.waiting(citizen)).isEmpty();

        // an edit: the citizen stays (their signature stays, no longer matching), the officer is replaced
        var edited = draft(
                "Fiume e ponte",
                List.of(
                        new Party(citizen, Party.CITIZEN, "Luca", null),
                        new Party(other, Party.OFFICE, "Anna", "Ufficio")));
        repo.update(id, edited, NOW);
        var after = repo.find(at[0], id).orElseThrow();
        assertThat(after.textSha256()).isNotEqualTo(pact.textSha256());
        assertThat(repo.signatures(id, after.textSha256()))
                .singleElement()
                .satisfies(s -> assertThat(s.stillMatches()).isFalse());
        assertThat(repo.waiting(citizen)).hasSize(1);
        // the same party signs the new text: a second row, for another text
        assertThat(repo.sign(id, citizen, after.textSha256(), NOW)).isTrue();
        assertThat(repo.signatures(id, after.textSha256()))
                .extracting(PactSignature::stillMatches)
                .containsExactly(false, true);

        // states move only from the state read
        assertThat(repo.state(id, "draft", "approved", null, NOW)).isFalse();
        repo.officeApproval(id, officer, NOW);
        assertThat(repo.state(id, "proposed", "approved", null, NOW)).isTrue();
        assertThat(repo.workByIds(List.of(id, id + 999)))
                .extracting(PactRepository.Work::id)
                .containsExactly(id);
        assertThat(repo.workIn(at[1])).extracting(PactRepository.Work::title).containsExactly("Fiume e ponte");
        assertThat(repo.of(at[0], "approved", "green-area", null, false)).hasSize(1);
        assertThat(repo.of(at[0], "active", "", null, false)).isEmpty();
        assertThat(repo.of(at[0], "", "square", null, false)).isEmpty();

        long report = repo.report(
                id, citizen, LocalDate.of(2026, 2, 1), "Fatto", new BigDecimal("2.50"), null, null, null, NOW);
        assertThat(repo.reports(id)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(report);
            assertThat(r.hours()).isEqualByComparingTo("2.5");
        });
        assertThat(repo.hours(List.of(id)).get(id)).isEqualByComparingTo("2.5");
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void constraintsRefuseWhatTheServiceNeverStores(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new PactRepository(jdbc);
        long[] at = instance(jdbc);
        long citizen = person(jdbc, "c@example.org");
        long id = repo.insert(
                at[0],
                at[1],
                draft("Patto", List.of(new Party(citizen, Party.CITIZEN, "L", null))),
                "proposed",
                citizen,
                NOW);
        for (String sql : List.of(
                // the end before the start
                "UPDATE pact SET ends_on = starts_on WHERE id = :id",
                // approved without the office's approval
                "UPDATE pact SET state = 'approved' WHERE id = :id",
                // suspended without a reason
                "UPDATE pact SET state = 'suspended', office_approved_at = CURRENT_TIMESTAMP WHERE id = :id",
                "UPDATE pact SET state = 'unknown' WHERE id = :id",
                "UPDATE pact SET good_kind = 'castle' WHERE id = :id",
                "UPDATE pact SET report_every_months = 0 WHERE id = :id",
                // a complex pact approved without its act
                "UPDATE pact SET complex = TRUE, state = 'approved', office_approved_at = CURRENT_TIMESTAMP"
                        + " WHERE id = :id",
                "INSERT INTO pact_party (pact_id, person_id, role, person_name, body_name)"
                        + " VALUES (:id, :id, 'association', 'X', NULL)",
                "INSERT INTO pact_report (pact_id, person_id, done_on, body, hours, created_at)" + " VALUES (:id, "
                        + citizen + ", CURRENT_DATE, 'x', -1, CURRENT_TIMESTAMP)",
                "INSERT INTO pact_report (pact_id, person_id, done_on, body, hours, materials, created_at)"
                        + " VALUES (:id, " + citizen + ", CURRENT_DATE, 'x', 1, 3, CURRENT_TIMESTAMP)")) {
            assertThat(catchThrowable(() -> jdbc.sql(sql).param("id", id).update()))
                    .as(sql)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(repo.find(at[0], id).orElseThrow().state()).isEqualTo("proposed");
    }

    /** Eight threads sign the same text for the same party at once: exactly one signature. */
    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void oneSignaturePerPartyAndTextUnderARace(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(THREADS + 2);
            var jdbc = JdbcClient.create(pool);
            var repo = new PactRepository(jdbc);
            long[] at = instance(jdbc);
            long citizen = person(jdbc, "race@example.org");
            var d = draft("Race", List.of(new Party(citizen, Party.CITIZEN, "R", null)));
            long id = repo.insert(at[0], at[1], d, "proposed", citizen, NOW);
            String sha = PactText.sha256(d.content());
            var stored = new AtomicInteger();
            var start = new CyclicBarrier(THREADS);
            var threads = Executors.newFixedThreadPool(THREADS);
            try {
                var futures = new ArrayList<Future<?>>();
                for (int i = 0; i < THREADS; i++) {
                    futures.add(threads.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        if (repo.sign(id, citizen, sha, NOW)) {
                            stored.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (var f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(stored.get()).isEqualTo(1);
            assertThat(repo.signatures(id, sha)).hasSize(1);
        }
    }
}
