package org.cocrea.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Refused;
import org.cocrea.testing.TestDatabase;
import org.cocrea.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meetings tables on H2 and PostgreSQL: registrations racing for the places (50 threads, exactly capacity
 * registered, the rest waitlisted in arrival order, nobody twice), the waitlist moving up in order, the constraints,
 * reminders sent once, and calendar tokens.
 */
class MeetingRepositoryTest {

    record Setup(
            MeetingRepository repo,
            MeetingService service,
            TransactionTemplate tx,
            List<Notification> sent,
            long instance) {}

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
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-design', 'meetings', :now)
                """).param("now", now).update();
        long instance =
                jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single();
        var repo = new MeetingRepository(jdbc);
        var sent = new CopyOnWriteArrayList<Notification>();
        var service = new MeetingService(repo, null, null, e -> sent.add((Notification) e));
        return new Setup(
                repo,
                service,
                new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                sent,
                instance);
    }

    static List<Long> people(JdbcClient jdbc, int n) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            String email = "p" + i + "@example.org";
            TestPeople.ensure(jdbc, email, "citizen", null);
            ids.add(jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                    .param("e", email)
                    .query(Long.class)
                    .single());
        }
        return ids;
    }

    static long meeting(Setup s, Integer capacity, Instant start) {
        return s.repo()
                .create(
                        s.instance(),
                        new MeetingRepository.Fields(
                                "Laboratorio",
                                "",
                                Meeting.IN_PERSON,
                                "Via Roma 1",
                                null,
                                null,
                                null,
                                start,
                                start.plus(Duration.ofHours(2)),
                                "",
                                capacity,
                                null));
    }

    private static java.util.Optional<Long> unregister(Setup s, long meeting, long person) {
        return s.tx().execute(t -> s.service().unregister(meeting, person));
    }

    private static MeetingService.Outcome register(Setup s, long meeting, long person, String answer) {
        return s.tx().execute(t -> s.service().register(meeting, person, answer));
    }

    private static int remind(Setup s, Reminders reminders, Instant now) {
        Integer sent = s.tx().execute(t -> reminders.run(now));
        return sent == null ? -1 : sent;
    }

    private static List<Registration> registrations(Setup s, long meeting) {
        return s.repo().registrations(meeting);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void fiftyThreadsRegisteringForTenPlacesFillTheTenAndQueueTheRestInArrivalOrder(TestDatabase db) throws Exception {
        var s = setup(db);
        var people = people(db.jdbc(), 50);
        long meeting = meeting(s, 10, Instant.now().plus(Duration.ofDays(3)));
        var order = new ArrayList<>(people);
        Collections.shuffle(order, new Random(7));
        var pool = Executors.newFixedThreadPool(50);
        var start = new CountDownLatch(1);
        var outcomes = new CopyOnWriteArrayList<MeetingService.Outcome>();
        try {
            var futures = new ArrayList<Future<?>>();
            for (long person : order) {
                futures.add(pool.submit(() -> {
                    start.await();
                    outcomes.add(register(s, meeting, person, null));
                    return null;
                }));
            }
            start.countDown();
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes)
                .filteredOn(o -> o == MeetingService.Outcome.REGISTERED)
                .hasSize(10);
        var all = registrations(s, meeting);
        assertThat(all).hasSize(50);
        assertThat(all).extracting(Registration::personId).doesNotHaveDuplicates();
        assertThat(all)
                .extracting(Registration::position)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());
        // The first ten to arrive (positions 1..10, handed out under the meeting's row lock) hold the places.
        assertThat(all)
                .filteredOn(Registration::registered)
                .extracting(Registration::position)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 10).boxed().toList());
        assertThat(s.repo().countRegistered(meeting)).isEqualTo(10);

        // Nobody registers twice, from the service or around it.
        long someone = people.get(0);
        assertThatThrownBy(() -> register(s, meeting, someone, null)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> db.jdbc()
                        .sql("""
                        INSERT INTO meeting_registration (meeting_id, person_id, status, position, registered_at)
                        VALUES (:m, :p, 'waitlisted', 999, CURRENT_TIMESTAMP)
                        """)
                        .param("m", meeting)
                        .param("p", someone)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theWaitlistMovesUpInOrderWhenSomeoneCancels(TestDatabase db) {
        var s = setup(db);
        var p = people(db.jdbc(), 5);
        long meeting = meeting(s, 2, Instant.now().plus(Duration.ofDays(3)));
        for (long person : p) {
            register(s, meeting, person, null);
        }
        // p0, p1 hold places; p2, p3, p4 wait in that order.
        assertThat(unregister(s, meeting, p.get(3))).isEmpty(); // a waiting one leaves
        assertThat(unregister(s, meeting, p.get(0))).contains(p.get(2));
        assertThat(unregister(s, meeting, p.get(1))).contains(p.get(4));
        assertThat(registrations(s, meeting))
                .filteredOn(Registration::registered)
                .extracting(Registration::personId)
                .containsExactlyInAnyOrder(p.get(2), p.get(4));
        assertThatThrownBy(() -> unregister(s, meeting, p.get(0))).isInstanceOf(Refused.class);
        // Re-registering goes to the back of the line.
        assertThat(register(s, meeting, p.get(0), null)).isEqualTo(MeetingService.Outcome.WAITLISTED);
        // A cancelled meeting takes no one.
        s.repo().cancel(meeting);
        assertThatThrownBy(() -> register(s, meeting, p.get(3), null)).isInstanceOf(Refused.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void constraintsRefuseWhatTheFormsRefuse(TestDatabase db) {
        var s = setup(db);
        var jdbc = db.jdbc();
        var start = Instant.now();
        assertThatThrownBy(() -> s.repo()
                        .create(
                                s.instance(),
                                new MeetingRepository.Fields(
                                        "T",
                                        "",
                                        Meeting.IN_PERSON,
                                        null,
                                        null,
                                        null,
                                        null,
                                        start,
                                        start.minusSeconds(60),
                                        "",
                                        null,
                                        null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.repo()
                        .create(
                                s.instance(),
                                new MeetingRepository.Fields(
                                        "T",
                                        "",
                                        "party",
                                        null,
                                        null,
                                        null,
                                        null,
                                        start,
                                        start.plusSeconds(60),
                                        "",
                                        null,
                                        null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> s.repo()
                        .create(
                                s.instance(),
                                new MeetingRepository.Fields(
                                        "T",
                                        "",
                                        Meeting.IN_PERSON,
                                        null,
                                        null,
                                        null,
                                        null,
                                        start,
                                        start.plusSeconds(60),
                                        "",
                                        0,
                                        null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        long meeting = meeting(s, 3, start.plusSeconds(3600));
        long person = people(jdbc, 1).get(0);
        assertThatThrownBy(() ->
                        jdbc.sql("""
                        INSERT INTO meeting_registration (meeting_id, person_id, status, position, registered_at)
                        VALUES (:m, :p, 'maybe', 1, CURRENT_TIMESTAMP)
                        """).param("m", meeting).param("p", person).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(s.repo().markReminded(meeting, person)).isTrue();
        assertThat(s.repo().markReminded(meeting, person)).isFalse();
        long other = people(jdbc, 2).get(1);
        jdbc.sql(
                        "INSERT INTO meeting_calendar_token (person_id, token_hash, created_at) VALUES (:p, 'x', CURRENT_TIMESTAMP)")
                .param("p", person)
                .update();
        assertThatThrownBy(() -> jdbc.sql(
                                "INSERT INTO meeting_calendar_token (person_id, token_hash, created_at) VALUES (:p, 'x', CURRENT_TIMESTAMP)")
                        .param("p", other)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "INSERT INTO meeting_calendar_token (person_id, token_hash, created_at) VALUES (:p, 'y', CURRENT_TIMESTAMP)")
                        .param("p", person)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void remindersGoOnceToThoseHoldingAPlaceTheDayBefore(TestDatabase db) {
        var s = setup(db);
        var p = people(db.jdbc(), 3);
        var now = Instant.now();
        long tomorrow = meeting(s, 2, now.plus(Duration.ofHours(20)));
        long nextWeek = meeting(s, 2, now.plus(Duration.ofDays(7)));
        for (long person : p) {
            register(s, tomorrow, person, null);
            register(s, nextWeek, person, null);
        }
        var reminders = new Reminders(null, s.repo(), s.service(), s.tx());
        assertThat(remind(s, reminders, now)).isEqualTo(2);
        assertThat(s.sent()).hasSize(1);
        assertThat(s.sent().get(0).people()).containsExactlyInAnyOrder(p.get(0), p.get(1));
        assertThat(s.sent().get(0).subject()).isEqualTo("meetings.mail.reminder.subject");
        assertThat(remind(s, reminders, now.plusSeconds(3600))).isZero(); // sent once
        // The waitlisted person who moves up before the meeting is reminded too, once.
        unregister(s, tomorrow, p.get(0));
        assertThat(remind(s, reminders, now.plusSeconds(7200))).isEqualTo(1);
        assertThat(s.sent().get(1).people()).containsExactly(p.get(2));
        // A cancelled meeting reminds nobody.
        s.repo().cancel(nextWeek);
        assertThat(remind(s, reminders, now.plus(Duration.ofDays(6).plusHours(1))))
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void calendarTokensAreKeptAsHashesAndStopWhenRenewedOrRevoked(TestDatabase db) {
        var s = setup(db);
        long person = people(db.jdbc(), 1).get(0);
        var tokens = new CalendarTokens(s.repo());
        String first = tokens.renew(person);
        assertThat(first).matches(org.cocrea.platform.SecretTokens.PATTERN);
        assertThat(tokens.person(first)).contains(person);
        assertThat(db.jdbc()
                        .sql("SELECT token_hash FROM meeting_calendar_token")
                        .query(String.class)
                        .single())
                .isEqualTo(org.cocrea.platform.SecretTokens.hash(first))
                .isNotEqualTo(first);
        String second = tokens.renew(person);
        assertThat(tokens.person(first)).isEmpty();
        assertThat(tokens.person(second)).contains(person);
        assertThat(tokens.person(second.substring(1) + "A")).isEmpty(); // guessed
        assertThat(tokens.person("../etc")).isEmpty();
        tokens.revoke(person);
        assertThat(tokens.person(second)).isEmpty();
    }
}
