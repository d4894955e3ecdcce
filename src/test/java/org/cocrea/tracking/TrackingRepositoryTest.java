package org.cocrea.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocrea.initiatives.DeliveryWork;
import org.cocrea.platform.Refused;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tracking tables on H2 and PostgreSQL: a source imported once even by 8 racing threads; the CHECKs on
 * progress, money, cancellation reason and completion; updates recording the values after each change; pages and
 * counts of the organisation-wide list; the streamed rows; and links to delivering work through a test
 * {@link DeliveryWork} (only items the initiative's tools offer, each once, and only those still shown).
 */
class TrackingRepositoryTest {

    record Setup(JdbcClient jdbc, TrackingRepository repo, TransactionTemplate tx, long instance, long initiative) {}

    static Setup setup(TestDatabase db) {
        var jdbc = db.jdbc();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'mobility', 'collective', 'open', :now, :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-delivery', 'tracking', :now)
                """).param("now", now).update();
        long instance =
                jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single();
        long initiative =
                jdbc.sql("SELECT id FROM initiative").query(Long.class).single();
        return new Setup(
                jdbc,
                new TrackingRepository(jdbc, db.dataSource()),
                new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                instance,
                initiative);
    }

    static TrackingRepository.NewResult imported(long source) {
        return new TrackingRepository.NewResult(
                "budget", source, "Progetto " + source, "", 100_00L, null, ResultStatus.PLANNED, 0, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aSourceIsImportedOnceUnderARaceOf8Threads(TestDatabase db) throws Exception {
        var s = setup(db);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<Future<Boolean>>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return s.tx().execute(status -> s.repo().importOnce(s.instance(), imported(42)));
                }));
            }
            start.countDown();
            int added = 0;
            for (var f : futures) {
                added += f.get() ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(s.jdbc()
                        .sql("SELECT COUNT(*) FROM tracked_result WHERE source_kind = 'budget' AND source_id = 42")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(s.repo().bySource("budget", 42)).isPresent();
        assertThat(s.repo().trackedSources()).containsExactly("budget:42");
        // the same proposal id as an idea is another source; by hand, as many as wanted
        assertThat(s.repo()
                        .importOnce(
                                s.instance(),
                                new TrackingRepository.NewResult(
                                        "idea", 42L, "Idea", "", null, null, ResultStatus.PLANNED, 0, 0)))
                .isTrue();
        for (int i = 0; i < 2; i++) {
            s.repo()
                    .add(
                            s.instance(),
                            new TrackingRepository.NewResult(
                                    null, null, "A mano", "", null, null, ResultStatus.PLANNED, 0, 0));
        }
        assertThat(s.repo().of(s.instance())).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theConstraintsRefuseWhatTheFormsRefuse(TestDatabase db) {
        var s = setup(db);
        long id = s.repo().add(s.instance(), imported(1));
        var at = OffsetDateTime.now(ZoneOffset.UTC);
        assertThatThrownBy(() -> s.repo().progress(id, null, "x", ResultStatus.IN_PROGRESS, null, 120, 0, null, at))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.repo().progress(id, null, "x", ResultStatus.IN_PROGRESS, null, 10, -1, null, at))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.repo().progress(id, null, "x", ResultStatus.CANCELLED, null, 10, 0, null, at))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.repo().progress(id, null, "x", ResultStatus.COMPLETED, null, 90, 0, null, at))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.jdbc()
                        .sql("UPDATE tracked_result SET status = 'done' WHERE id = :r")
                        .param("r", id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.jdbc()
                        .sql("UPDATE tracked_result SET source_kind = 'budget', source_id = NULL WHERE id = :r")
                        .param("r", id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(s.repo().updates(id)).isEmpty();
        assertThat(s.repo().find(s.instance(), id).orElseThrow().progress()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void updatesKeepTheValuesAfterEachChangeAndMilestonesTheirDates(TestDatabase db) {
        var s = setup(db);
        long id = s.repo().add(s.instance(), imported(7));
        var t0 = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2);
        s.tx().executeWithoutResult(st ->
                s.repo().progress(id, null, "Iniziati", ResultStatus.IN_PROGRESS, null, 30, 2_000, null, t0));
        s.tx().executeWithoutResult(st -> s.repo()
                .progress(
                        id, null, "Fermati", ResultStatus.CANCELLED, "Nessun fondo", 30, 2_500, null, t0.plusDays(1)));
        var result = s.repo().find(s.instance(), id).orElseThrow();
        assertThat(result.status()).isEqualTo(ResultStatus.CANCELLED);
        assertThat(result.cancelReason()).isEqualTo("Nessun fondo");
        assertThat(result.spentCents()).isEqualTo(2_500);
        assertThat(s.repo().updates(id))
                .extracting(ResultUpdate::body, ResultUpdate::status, ResultUpdate::spentCents)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fermati", ResultStatus.CANCELLED, 2_500L),
                        org.assertj.core.groups.Tuple.tuple("Iniziati", ResultStatus.IN_PROGRESS, 2_000L));
        long m = s.repo().addMilestone(id, "Gara", LocalDate.of(2027, 3, 1), null);
        assertThat(s.repo().reached(id, m, LocalDate.of(2027, 2, 27))).isTrue();
        assertThat(s.repo().reached(id + 1, m, LocalDate.of(2027, 2, 27)))
                .as("another result's")
                .isFalse();
        assertThat(s.repo().milestones(id)).singleElement().satisfies(x -> {
            assertThat(x.plannedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(x.doneOn()).isEqualTo(LocalDate.of(2027, 2, 27));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void pagesCountsAndTheStreamedRowsAgree(TestDatabase db) {
        var s = setup(db);
        var generated = new ArrayList<TrackingRepository.Generated>();
        for (int i = 0; i < 45; i++) {
            var status = i % 3 == 0 ? ResultStatus.COMPLETED : ResultStatus.IN_PROGRESS;
            generated.add(new TrackingRepository.Generated(
                    "R" + i, "", 1_000L, status, null, status == ResultStatus.COMPLETED ? 100 : i, i * 10L));
        }
        s.repo().addAll(s.instance(), generated);
        var ids = List.of(s.instance());
        var counts = s.repo().counts(ids);
        assertThat(counts.get(ResultStatus.COMPLETED)).isEqualTo(15);
        assertThat(counts.get(ResultStatus.IN_PROGRESS)).isEqualTo(30);
        assertThat(counts.get(ResultStatus.PLANNED)).isZero();
        assertThat(s.repo().page(ids, null, 0, 20)).hasSize(20);
        assertThat(s.repo().page(ids, null, 40, 20)).hasSize(5);
        assertThat(s.repo().page(ids, ResultStatus.COMPLETED, 0, 20))
                .hasSize(15)
                .allMatch(r -> r.progress() == 100);
        assertThat(s.repo().page(List.of(), null, 0, 20)).isEmpty();
        var streamed = new ArrayList<Long>();
        s.tx().executeWithoutResult(st -> s.repo().each(ids, ResultStatus.COMPLETED, rs -> {
            streamed.add(rs.getLong("id"));
        }));
        assertThat(streamed).hasSize(15);
        assertThat(s.jdbc()
                        .sql("SELECT COUNT(*) FROM tracked_update")
                        .query(Long.class)
                        .single())
                .as("each generated result has the update that set it")
                .isEqualTo(45);
    }

    /** Two pacts of the initiative, one of another initiative; pact 2 withdrawn after it was linked. */
    static final class TestPacts implements DeliveryWork {
        final long initiative;
        boolean withdrawn;

        TestPacts(long initiative) {
            this.initiative = initiative;
        }

        @Override
        public String toolId() {
            return "pacts";
        }

        private List<Work> all() {
            var all = new ArrayList<Work>();
            all.add(new Work("pacts", 1, initiative, "Cura del lungofiume", "/pacts/9/1"));
            if (!withdrawn) {
                all.add(new Work("pacts", 2, initiative, "Aiuole di via Roma", "/pacts/9/2"));
            }
            all.add(new Work("pacts", 3, initiative + 1000, "Altro quartiere", "/pacts/8/3"));
            return all;
        }

        @Override
        public List<Work> inInitiative(long initiativeId) {
            return all().stream().filter(w -> w.initiativeId() == initiativeId).toList();
        }

        @Override
        public List<Work> byIds(Collection<Long> itemIds) {
            return all().stream().filter(w -> itemIds.contains(w.itemId())).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void resultsLinkToTheWorkThatDeliversThem(TestDatabase db) {
        var s = setup(db);
        long id = s.repo().add(s.instance(), imported(5));
        var pacts = new TestPacts(s.initiative());
        var links = new DeliveryLinks(List.of(pacts), s.repo());
        assertThat(new DeliveryLinks(List.of(), s.repo()).offered(s.initiative()))
                .isEmpty();
        assertThat(links.offered(s.initiative()))
                .extracting(DeliveryWork.Work::itemId)
                .containsExactly(1L, 2L);
        assertThat(links.link(id, s.initiative(), "pacts:1")).isTrue();
        assertThat(links.link(id, s.initiative(), "pacts:1")).as("linked once").isFalse();
        assertThat(links.link(id, s.initiative(), "pacts:2")).isTrue();
        assertThatThrownBy(() -> links.link(id, s.initiative(), "pacts:3"))
                .as("another initiative's")
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> links.link(id, s.initiative(), "shifts:1")).isInstanceOf(Refused.class);
        assertThat(links.linked(id, s.initiative()))
                .extracting(DeliveryWork.Work::title)
                .containsExactlyInAnyOrder("Cura del lungofiume", "Aiuole di via Roma");
        pacts.withdrawn = true;
        assertThat(links.linked(id, s.initiative()))
                .extracting(DeliveryWork.Work::title)
                .containsExactly("Cura del lungofiume");
        assertThat(s.jdbc()
                        .sql("SELECT COUNT(*) FROM tracked_link")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
