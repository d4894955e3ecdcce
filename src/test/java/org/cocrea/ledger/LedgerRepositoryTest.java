package org.cocrea.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.cocrea.testing.TestDatabase;
import org.cocrea.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The ledger's tables on H2 and PostgreSQL: each key recorded exactly once under replays and 8-thread races, a higher
 * revision replacing the entry and a lower or equal one changing nothing, a quantity of zero withdrawing it, the
 * totals equal to the sum of the entries after random corrections (a property checked for several seeds, one by one
 * and from 8 threads at once), and the constraints that guard the tables.
 */
class LedgerRepositoryTest {
    record Setup(Recorder recorder, LedgerRepository repo, JdbcClient jdbc, long initiative, long org, long person) {}

    static Setup setup(TestDatabase db) {
        var jdbc = db.jdbc();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'education', 'group', 'open', :now, :now)
                """).param("now", now).update();
        TestPeople.ensure(jdbc, "giver@example.org", "citizen", null);
        long person = jdbc.sql("SELECT id FROM app_user WHERE email = 'giver@example.org'")
                .query(Long.class)
                .single();
        var repo = new LedgerRepository(jdbc, new JdbcTemplate(db.dataSource()));
        var recorder = new Recorder(repo, new DataSourceTransactionManager(db.dataSource()));
        return new Setup(
                recorder,
                repo,
                jdbc,
                jdbc.sql("SELECT id FROM initiative").query(Long.class).single(),
                jdbc.sql("SELECT id FROM organisation").query(Long.class).single(),
                person);
    }

    static ContributionRecorded event(
            Setup s, String key, long revision, Phase phase, Side side, Kind kind, String quantity, LocalDate on) {
        return new ContributionRecorded(
                key,
                revision,
                s.initiative(),
                phase,
                "shifts",
                42,
                s.person(),
                side,
                kind,
                new BigDecimal(quantity),
                kind == Kind.MATERIALS ? "sacchi" : null,
                on);
    }

    static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    private static long count(Setup s, String sql) {
        return s.jdbc().sql(sql).query(Long.class).single();
    }

    private static BigDecimal sum(Setup s, String sql) {
        var v = s.jdbc().sql(sql).query(BigDecimal.class).single();
        return v == null ? BigDecimal.ZERO : v;
    }

    /** Every total equals the sum (and count) of the entries that fall in it; no entry is outside a total. */
    static void assertTotalsEqualEntries(Setup s) {
        var fromEntries = s.jdbc()
                .sql("""
                        SELECT initiative_id, phase, tool_id, side, kind, unit, done_on, SUM(quantity) AS q,
                            SUM(CASE WHEN quantity > 0 THEN 1 ELSE 0 END) AS n
                        FROM ledger_entry GROUP BY initiative_id, phase, tool_id, side, kind, unit, done_on
                        """)
                .query((rs, n) -> List.of(
                        rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4) + "/"
                                + rs.getString(5) + "/" + rs.getString(6) + "/" + rs.getObject(7, LocalDate.class),
                        rs.getBigDecimal("q").stripTrailingZeros().toPlainString() + " x " + rs.getLong("n")))
                .list();
        var fromTotals = s.jdbc()
                .sql("""
                        SELECT initiative_id, phase, tool_id, side, kind, unit, done_on, quantity, entries
                        FROM ledger_total
                        """)
                .query((rs, n) -> List.of(
                        rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4) + "/"
                                + rs.getString(5) + "/" + rs.getString(6) + "/" + rs.getObject(7, LocalDate.class),
                        rs.getBigDecimal("quantity").stripTrailingZeros().toPlainString() + " x "
                                + rs.getLong("entries")))
                .list();
        Map<String, String> expected = new HashMap<>();
        fromEntries.forEach(r -> expected.put(r.get(0), r.get(1)));
        Map<String, String> actual = new HashMap<>();
        // A total emptied by corrections stays as a row of zero: the same as no row.
        fromTotals.stream().filter(r -> !r.get(1).equals("0 x 0")).forEach(r -> actual.put(r.get(0), r.get(1)));
        expected.values().removeIf(v -> v.equals("0 x 0"));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aKeyCountsOnceAndOnlyAHigherRevisionReplacesIt(TestDatabase db) {
        var s = setup(db);
        var first = event(s, "shifts:signup:1:hours", 1, Phase.CO_DELIVERY, Side.CITIZEN, Kind.HOURS, "3", DAY);
        assertThat(s.recorder().record(first)).isEqualTo(Recorder.Outcome.STORED);
        assertThat(s.recorder().record(first)).isEqualTo(Recorder.Outcome.UNCHANGED);
        assertThat(sum(s, "SELECT SUM(quantity) FROM ledger_total")).isEqualByComparingTo("3");

        var corrected = event(s, "shifts:signup:1:hours", 2, Phase.CO_DELIVERY, Side.CITIZEN, Kind.HOURS, "2.5", DAY);
        assertThat(s.recorder().record(corrected)).isEqualTo(Recorder.Outcome.REPLACED);
        // The first revision replayed late, and the correction replayed: nothing changes.
        assertThat(s.recorder().record(first)).isEqualTo(Recorder.Outcome.UNCHANGED);
        assertThat(s.recorder().record(corrected)).isEqualTo(Recorder.Outcome.UNCHANGED);
        assertThat(count(s, "SELECT COUNT(*) FROM ledger_entry")).isEqualTo(1);
        assertThat(count(s, "SELECT revision FROM ledger_entry")).isEqualTo(2);
        assertThat(sum(s, "SELECT SUM(quantity) FROM ledger_total")).isEqualByComparingTo("2.5");

        // A correction may move the entry to another day: the old day's total loses it, the new one gains it.
        var moved =
                event(s, "shifts:signup:1:hours", 3, Phase.CO_DELIVERY, Side.CITIZEN, Kind.HOURS, "4", DAY.plusDays(1));
        assertThat(s.recorder().record(moved)).isEqualTo(Recorder.Outcome.REPLACED);
        assertThat(sum(s, "SELECT SUM(quantity) FROM ledger_total WHERE done_on = DATE '2026-05-04'"))
                .isEqualByComparingTo("0");
        assertThat(sum(s, "SELECT SUM(quantity) FROM ledger_total WHERE done_on = DATE '2026-05-05'"))
                .isEqualByComparingTo("4");

        var withdrawn =
                event(s, "shifts:signup:1:hours", 4, Phase.CO_DELIVERY, Side.CITIZEN, Kind.HOURS, "0", DAY.plusDays(1));
        assertThat(s.recorder().record(withdrawn)).isEqualTo(Recorder.Outcome.REPLACED);
        assertThat(sum(s, "SELECT SUM(quantity) FROM ledger_total")).isEqualByComparingTo("0");
        assertThat(count(s, "SELECT SUM(entries) FROM ledger_total")).isZero();
        // Withdrawn, the entry keeps its revision: an older revision arriving now does not bring it back.
        assertThat(s.recorder().record(moved)).isEqualTo(Recorder.Outcome.UNCHANGED);
        assertThat(s.repo().entries(s.initiative())).isZero();
        assertThat(s.repo().mine(s.person(), 0, 20)).isEmpty();
        assertTotalsEqualEntries(s);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void eightThreadsDeliveringTheSameEventStoreItOnce(TestDatabase db) throws Exception {
        var s = setup(db);
        var e = event(s, "pacts:report:7:hours", 1, Phase.CO_DELIVERY, Side.CITIZEN, Kind.HOURS, "6", DAY);
        var outcomes = race(8, i -> s.recorder().record(e));
        assertThat(outcomes).containsOnlyOnce(Recorder.Outcome.STORED);
        assertThat(outcomes).filteredOn(o -> o == Recorder.Outcome.UNCHANGED).hasSize(7);
        assertThat(count(s, "SELECT COUNT(*) FROM ledger_entry")).isEqualTo(1);
        assertThat(sum(s, "SELECT SUM(quantity) FROM ledger_total")).isEqualByComparingTo("6");
        assertThat(count(s, "SELECT SUM(entries) FROM ledger_total")).isEqualTo(1);
        // The same again, replayed from 8 threads: nothing changes.
        race(8, i -> s.recorder().record(e));
        assertThat(sum(s, "SELECT SUM(quantity) FROM ledger_total")).isEqualByComparingTo("6");
        assertTotalsEqualEntries(s);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void eightRevisionsRacingLeaveTheHighest(TestDatabase db) throws Exception {
        var s = setup(db);
        var revisions = new ArrayList<Integer>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        Collections.shuffle(revisions, new Random(3));
        race(
                8,
                i -> s.recorder()
                        .record(event(
                                s,
                                "shifts:signup:9:hours",
                                revisions.get(i),
                                Phase.CO_DELIVERY,
                                Side.CITIZEN,
                                Kind.HOURS,
                                String.valueOf(revisions.get(i)),
                                DAY.plusDays(revisions.get(i) % 3))));
        assertThat(count(s, "SELECT revision FROM ledger_entry")).isEqualTo(8);
        assertThat(sum(s, "SELECT SUM(quantity) FROM ledger_total")).isEqualByComparingTo("8");
        assertTotalsEqualEntries(s);
    }

    /** Random events over few keys, replayed, out of order and corrected, one by one: totals equal the entries. */
    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void totalsEqualTheSumOfEntriesAfterRandomCorrections(TestDatabase db) throws Exception {
        var s = setup(db);
        for (long seed = 1; seed <= 3; seed++) {
            var random = new Random(seed);
            var latest = new HashMap<String, ContributionRecorded>();
            for (int n = 0; n < 150; n++) {
                var e = randomEvent(s, random, "seed" + seed);
                s.recorder().record(e);
                latest.merge(e.key(), e, (a, b) -> b.revision() > a.revision() ? b : a);
            }
            assertTotalsEqualEntries(s);
            // Each entry is its highest revision, whatever order they came in.
            for (var e : latest.values()) {
                var stored = s.repo().lock(e.key()).orElseThrow();
                assertThat(stored.revision()).isEqualTo(e.revision());
                assertThat(stored.quantity()).isEqualByComparingTo(e.quantity());
            }
        }
        // And from 8 threads at once, on keys they share.
        var random = new Random(99);
        var events = new ArrayList<ContributionRecorded>();
        for (int n = 0; n < 400; n++) {
            events.add(randomEvent(s, random, "threads"));
        }
        race(8, t -> {
            for (int n = t; n < events.size(); n += 8) {
                s.recorder().record(events.get(n));
            }
            return null;
        });
        assertTotalsEqualEntries(s);
    }

    private static ContributionRecorded randomEvent(Setup s, Random random, String prefix) {
        var kinds = Kind.values();
        var phases = Phase.values();
        return event(
                s,
                "test:" + prefix + ":" + random.nextInt(12),
                1 + random.nextInt(6),
                phases[random.nextInt(phases.length)],
                random.nextBoolean() ? Side.CITIZEN : Side.PROFESSIONAL,
                kinds[random.nextInt(kinds.length)],
                random.nextInt(5) == 0 ? "0" : random.nextInt(40) + "." + random.nextInt(100),
                DAY.plusDays(random.nextInt(4)));
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theConstraintsRefuseBrokenRows(TestDatabase db) {
        var s = setup(db);
        s.recorder().record(event(s, "k:1", 1, Phase.CO_DELIVERY, Side.CITIZEN, Kind.HOURS, "1", DAY));
        String insert = """
                INSERT INTO ledger_entry (entry_key, revision, initiative_id, phase, tool_id, tool_instance_id,
                    side, kind, quantity, unit, done_on, recorded_at)
                VALUES (:key, :revision, :i, 'co-delivery', 'shifts', 1, :side, :kind, :q, '', DATE '2026-01-01',
                    CURRENT_TIMESTAMP)
                """;
        var cases = List.of(
                List.of("k:1", 1, "citizen", "hours", "1"),
                List.of("k:2", 0, "citizen", "hours", "1"),
                List.of("k:3", 1, "citizen", "hours", "-1"),
                List.of("k:4", 1, "somebody", "hours", "1"),
                List.of("k:5", 1, "citizen", "favours", "1"));
        for (var c : cases) {
            assertThatThrownBy(() -> s.jdbc()
                            .sql(insert)
                            .param("key", c.get(0))
                            .param("revision", c.get(1))
                            .param("i", s.initiative())
                            .param("side", c.get(2))
                            .param("kind", c.get(3))
                            .param("q", new BigDecimal((String) c.get(4)))
                            .update())
                    .as(c.toString())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        for (String amount : List.of("-1", "1000.01")) {
            assertThatThrownBy(() -> s.jdbc()
                            .sql("""
                                    INSERT INTO ledger_rate (organisation_id, rate, amount, applies_from, set_at)
                                    VALUES (:o, 'volunteer-hour', :a, DATE '2026-01-01', CURRENT_TIMESTAMP)
                                    """)
                            .param("o", s.org())
                            .param("a", new BigDecimal(amount))
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        s.repo().setRate(s.org(), new Rate(Rate.Kind.VOLUNTEER_HOUR, new BigDecimal("15"), DAY), s.person());
        s.repo().setRate(s.org(), new Rate(Rate.Kind.VOLUNTEER_HOUR, new BigDecimal("16"), DAY), s.person());
        assertThat(s.repo().rates(s.org()))
                .containsExactly(new Rate(Rate.Kind.VOLUNTEER_HOUR, new BigDecimal("16.00"), DAY));
        assertThat(count(s, "SELECT COUNT(*) FROM ledger_entry")).isEqualTo(1);
    }

    interface Work<T> {
        T run(int thread) throws Exception;
    }

    /** Runs the work on n threads released together; returns what each returned. */
    static <T> List<T> race(int n, Work<T> work) throws Exception {
        var pool = Executors.newFixedThreadPool(n);
        var start = new CountDownLatch(1);
        var results = new CopyOnWriteArrayList<T>();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < n; i++) {
                int thread = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    T result = work.run(thread);
                    if (result != null) {
                        results.add(result);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }
}
