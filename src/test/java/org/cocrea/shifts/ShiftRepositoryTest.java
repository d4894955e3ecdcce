package org.cocrea.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.cocrea.ledger.ContributionRecorded;
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
 * The shifts tables on H2 and PostgreSQL: 100 people signing up for 10 places from 32 threads (exactly 10 with a
 * place, the rest waitlisted in arrival order, nobody twice), the waitlist moving up in order, the constraints (and
 * an 8-thread race on one person's sign-up), attendance with its ledger records (revisions, zero when withdrawn, the
 * side by kind of person), hours refused when negative, over 24 in a day or on a shift not attended, weekly series,
 * reminders sent once, and delivery work read in one statement.
 */
class ShiftRepositoryTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    record Setup(
            ShiftRepository repo,
            ShiftService service,
            TransactionTemplate tx,
            List<Object> events,
            long instance,
            long initiative,
            long activity) {}

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
                VALUES ((SELECT id FROM initiative), 'co-delivery', 'shifts', :now)
                """).param("now", now).update();
        long instance =
                jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single();
        long initiative =
                jdbc.sql("SELECT id FROM initiative").query(Long.class).single();
        var repo = new ShiftRepository(jdbc);
        var events = new CopyOnWriteArrayList<Object>();
        var service = new ShiftService(repo, null, ROME, events::add);
        long activity =
                repo.createActivity(instance, new ShiftRepository.ActivityFields("Lettura", "", "", "", "", true));
        return new Setup(
                repo,
                service,
                new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                events,
                instance,
                initiative,
                activity);
    }

    static List<Long> people(JdbcClient jdbc, int n, String kind) {
        var ids = new ArrayList<Long>();
        Long org = kind.equals("professional")
                ? jdbc.sql("SELECT id FROM organisation").query(Long.class).single()
                : null;
        for (int i = 0; i < n; i++) {
            String email = kind.charAt(0) + "" + i + "@example.org";
            TestPeople.ensure(jdbc, email, kind, org);
            ids.add(jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                    .param("e", email)
                    .query(Long.class)
                    .single());
        }
        return ids;
    }

    static long shift(Setup s, int min, int max, Instant start, Duration length) {
        return s.repo()
                .createShift(
                        s.activity(),
                        new ShiftRepository.ShiftFields(start, start.plus(length), "Biblioteca", null, null, min, max));
    }

    static ShiftService.Outcome signUp(Setup s, long shift, long person, String minor) {
        return s.tx().execute(t -> s.service().signUp(shift, person, minor, null, Instant.now()));
    }

    static java.util.Optional<Long> cancel(Setup s, long shift, long person, long signup) {
        return s.tx().execute(t -> s.service().cancel(shift, person, signup, Instant.now()));
    }

    static BigDecimal attend(Setup s, long signup, ShiftService.Attendance what, Instant at) {
        return s.tx().execute(t -> s.service().attendance(signup, what, at));
    }

    static BigDecimal correct(Setup s, long signup, String hours) {
        return s.tx().execute(t -> s.service().correct(signup, hours));
    }

    static long signupOf(Setup s, long shift, long person) {
        return s.repo().signups(shift).stream()
                .filter(r -> r.personId() == person && !r.minor())
                .findFirst()
                .orElseThrow()
                .id();
    }

    static List<ContributionRecorded> ledger(Setup s) {
        return s.events().stream()
                .filter(ContributionRecorded.class::isInstance)
                .map(ContributionRecorded.class::cast)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void hundredPeopleFromThirtyTwoThreadsFillTenPlacesAndQueueTheRestInArrivalOrder(TestDatabase db) throws Exception {
        var s = setup(db);
        var people = people(db.jdbc(), 100, "citizen");
        long shift = shift(s, 5, 10, Instant.now().plus(Duration.ofDays(3)), Duration.ofHours(2));
        var order = new ArrayList<>(people);
        Collections.shuffle(order, new Random(17));
        var pool = Executors.newFixedThreadPool(32);
        var start = new CountDownLatch(1);
        var outcomes = new CopyOnWriteArrayList<ShiftService.Outcome>();
        try {
            var futures = new ArrayList<Future<?>>();
            for (long person : order) {
                futures.add(pool.submit(() -> {
                    start.await();
                    outcomes.add(signUp(s, shift, person, ""));
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
        assertThat(outcomes).hasSize(100);
        assertThat(outcomes)
                .filteredOn(o -> o == ShiftService.Outcome.REGISTERED)
                .hasSize(10);
        var all = s.repo().signups(shift);
        assertThat(all).hasSize(100);
        assertThat(all).extracting(Signup::personId).doesNotHaveDuplicates();
        assertThat(all)
                .extracting(Signup::position)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, 100).boxed().toList());
        // The first ten to arrive (positions handed out under the shift's row lock) hold the places; the other 90
        // wait in the order they arrived.
        assertThat(all)
                .filteredOn(Signup::registered)
                .extracting(Signup::position)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, 10).boxed().toList());
        var waiting = all.stream().filter(r -> !r.registered()).toList();
        assertThat(waiting).extracting(Signup::position).isSorted();
        assertThat(s.repo().countRegistered(shift)).isEqualTo(10);
        var listed = s.repo().shift(s.instance(), shift).orElseThrow();
        assertThat(listed.registered()).isEqualTo(10);
        assertThat(listed.waiting()).isEqualTo(90);
        assertThat(listed.full()).isTrue();

        // Cancelling a place moves the first of the waitlist up: position 11.
        var firstPlace = all.stream().filter(r -> r.position() == 1).findFirst().orElseThrow();
        var eleventh = all.stream().filter(r -> r.position() == 11).findFirst().orElseThrow();
        assertThat(cancel(s, shift, firstPlace.personId(), firstPlace.id())).contains(eleventh.personId());
        assertThat(s.repo().countRegistered(shift)).isEqualTo(10);

        // Nobody signs up twice, from the service or around it.
        long someone = people.get(1);
        assertThatThrownBy(() -> signUp(s, shift, someone, "")).isInstanceOf(Refused.class);
        assertThatThrownBy(() ->
                        db.jdbc().sql("""
                        INSERT INTO shift_signup (shift_id, person_id, status, position, signed_up_at)
                        VALUES (:s, :p, 'waitlisted', 999, CURRENT_TIMESTAMP)
                        """).param("s", shift).param("p", someone).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theWaitlistMovesUpInOrderAndMinorsCountAsPeople(TestDatabase db) {
        var s = setup(db);
        var p = people(db.jdbc(), 5, "citizen");
        long shift = shift(s, 1, 2, Instant.now().plus(Duration.ofDays(3)), Duration.ofHours(2));
        for (long person : p) {
            signUp(s, shift, person, "");
        }
        // A guardian's minor is a sign-up of its own, at the back of the line, with the consent recorded.
        assertThat(signUp(s, shift, p.get(0), "Giulia")).isEqualTo(ShiftService.Outcome.WAITLISTED);
        var minor = s.repo().signups(shift).stream()
                .filter(Signup::minor)
                .findFirst()
                .orElseThrow();
        assertThat(minor.consentBy()).isEqualTo(p.get(0));
        assertThat(minor.consentAt()).isNotNull();
        assertThatThrownBy(() -> signUp(s, shift, p.get(0), "Giulia")).isInstanceOf(Refused.class);
        // p0, p1 hold places; p2, p3, p4, Giulia wait in that order.
        assertThat(cancel(s, shift, p.get(3), signupOf(s, shift, p.get(3)))).isEmpty();
        assertThat(cancel(s, shift, p.get(0), signupOf(s, shift, p.get(0)))).contains(p.get(2));
        assertThat(cancel(s, shift, p.get(1), signupOf(s, shift, p.get(1)))).contains(p.get(4));
        // Someone else's sign-up is not yours to cancel.
        long p2 = signupOf(s, shift, p.get(2));
        assertThatThrownBy(() -> cancel(s, shift, p.get(4), p2)).isInstanceOf(Refused.class);
        assertThat(cancel(s, shift, p.get(2), p2)).contains(p.get(0)); // Giulia's guardian
        assertThat(s.repo().signups(shift))
                .filteredOn(Signup::registered)
                .extracting(Signup::minorName)
                .containsExactlyInAnyOrder("", "Giulia");
        // Re-signing up goes to the back of the line.
        assertThat(signUp(s, shift, p.get(1), "")).isEqualTo(ShiftService.Outcome.WAITLISTED);
        // An ended shift takes no one.
        long ended = shift(s, 0, 5, Instant.now().minus(Duration.ofHours(5)), Duration.ofHours(2));
        assertThatThrownBy(() -> signUp(s, ended, p.get(1), "")).isInstanceOf(Refused.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void attendanceIsRecordedInTheLedgerWithRevisionsAndHoursAreChecked(TestDatabase db) {
        var s = setup(db);
        long parent = people(db.jdbc(), 1, "citizen").get(0);
        long teacher = people(db.jdbc(), 1, "professional").get(0);
        var day = LocalDate.now(ROME).minusDays(2);
        Instant start = day.atTime(LocalTime.of(9, 0)).atZone(ROME).toInstant();
        long shift = shift(s, 1, 1, start.plus(Duration.ofDays(4)), Duration.ofHours(3));
        // A shift in the future: sign up now, then it "happens" by moving it to two days ago.
        signUp(s, shift, parent, "");
        signUp(s, shift, teacher, "");
        db.jdbc()
                .sql("UPDATE shift SET starts_at = :s, ends_at = :e WHERE id = :id")
                .param("s", start.atOffset(ZoneOffset.UTC))
                .param("e", start.plus(Duration.ofHours(3)).atOffset(ZoneOffset.UTC))
                .param("id", shift)
                .update();
        long mine = signupOf(s, shift, parent);
        long waiting = signupOf(s, shift, teacher);

        // Hours before a check-in, and check-ins of someone waiting, are refused; nothing is recorded.
        assertThatThrownBy(() -> correct(s, mine, "2"))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("notAttended");
        assertThatThrownBy(() -> attend(s, waiting, ShiftService.Attendance.CHECK_IN, start))
                .isInstanceOf(Refused.class);
        assertThat(ledger(s)).isEmpty();

        assertThat(attend(s, mine, ShiftService.Attendance.CHECK_IN, start)).isEqualByComparingTo("3");
        var first = ledger(s).get(0);
        assertThat(first.key()).isEqualTo("shifts:signup:" + mine + ":hours");
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.quantity()).isEqualByComparingTo("3");
        assertThat(first.side()).isEqualTo(ContributionRecorded.Side.CITIZEN);
        assertThat(first.kind()).isEqualTo(ContributionRecorded.Kind.HOURS);
        assertThat(first.phase()).isEqualTo(org.cocrea.initiatives.Phase.CO_DELIVERY);
        assertThat(first.toolId()).isEqualTo("shifts");
        assertThat(first.toolInstanceId()).isEqualTo(s.instance());
        assertThat(first.initiativeId()).isEqualTo(s.initiative());
        assertThat(first.personId()).isEqualTo(parent);
        assertThat(first.on()).isEqualTo(day);
        assertThatThrownBy(() -> attend(s, mine, ShiftService.Attendance.CHECK_IN, start))
                .isInstanceOf(Refused.class);

        // Check-out: the time between, to the quarter hour.
        assertThat(attend(s, mine, ShiftService.Attendance.CHECK_OUT, start.plus(Duration.ofMinutes(128))))
                .isEqualByComparingTo("2.25");
        // Corrections: negative, over 24, too precise or not a number are refused with nothing stored.
        for (var bad : List.of("-1", "24,5", "1.234", "due", "")) {
            assertThatThrownBy(() -> correct(s, mine, bad)).as(bad).isInstanceOf(Refused.class);
        }
        assertThat(ledger(s)).hasSize(2);
        assertThat(correct(s, mine, "2,5")).isEqualByComparingTo("2.5");
        assertThat(ledger(s).get(2).revision()).isEqualTo(3);
        assertThat(ledger(s).get(2).quantity()).isEqualByComparingTo("2.5");

        // Another shift the same day: the day's hours may not pass 24.
        long evening = shift(s, 0, 5, start.plus(Duration.ofHours(5)), Duration.ofHours(10));
        db.jdbc().sql("""
                        INSERT INTO shift_signup (shift_id, person_id, status, position, signed_up_at)
                        VALUES (:s, :p, 'registered', 1, CURRENT_TIMESTAMP)
                        """).param("s", evening).param("p", parent).update();
        long second = signupOf(s, evening, parent);
        attend(s, second, ShiftService.Attendance.CHECK_IN, start.plus(Duration.ofHours(5)));
        assertThatThrownBy(() -> correct(s, second, "22"))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("day");
        assertThat(correct(s, second, "21,5")).isEqualByComparingTo("21.5");

        // Withdrawn: zero hours, a new revision; then hours are refused again.
        attend(s, mine, ShiftService.Attendance.WITHDRAW, start);
        var withdrawn = ledger(s).stream()
                .filter(e -> e.key().equals("shifts:signup:" + mine + ":hours"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(withdrawn.revision()).isEqualTo(4);
        assertThat(withdrawn.quantity()).isZero();
        assertThatThrownBy(() -> correct(s, mine, "1")).isInstanceOf(Refused.class);

        // A professional's hours count on the professional side.
        long teacherShift = shift(s, 0, 5, start.plus(Duration.ofDays(10)), Duration.ofHours(2));
        signUp(s, teacherShift, teacher, "");
        long teacherSignup = signupOf(s, teacherShift, teacher);
        assertThatThrownBy(() -> attend(s, teacherSignup, ShiftService.Attendance.CHECK_IN, start))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("early");
        attend(s, teacherSignup, ShiftService.Attendance.CHECK_IN, start.plus(Duration.ofDays(10)));
        assertThat(ledger(s).get(ledger(s).size() - 1).side()).isEqualTo(ContributionRecorded.Side.PROFESSIONAL);
        // A checked-in sign-up is not cancelled by its person.
        assertThatThrownBy(() -> cancel(s, teacherShift, teacher, teacherSignup))
                .isInstanceOf(Refused.class);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void constraintsRefuseWhatTheFormsRefuse(TestDatabase db) throws Exception {
        var s = setup(db);
        var jdbc = db.jdbc();
        long person = people(jdbc, 1, "citizen").get(0);
        var start = Instant.now().plus(Duration.ofDays(1));
        for (var bad : List.of(new int[] {3, 2}, new int[] {0, 0}, new int[] {-1, 4})) {
            assertThatThrownBy(() -> shift(s, bad[0], bad[1], start, Duration.ofHours(1)))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThatThrownBy(() -> shift(s, 1, 2, start, Duration.ZERO))
                .isInstanceOf(DataIntegrityViolationException.class);
        long shift = shift(s, 1, 5, start, Duration.ofHours(2));
        var insert = """
                INSERT INTO shift_signup (shift_id, person_id, minor_name, consent_by, consent_at, status, position,
                    checked_in_at, hours, signed_up_at)
                VALUES (:s, :p, :minor, :consentBy, :consentAt, :status, :position, :in, :hours, CURRENT_TIMESTAMP)
                """;
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        record Row(
                String minor,
                Long consentBy,
                OffsetDateTime consentAt,
                String status,
                OffsetDateTime in,
                String hours) {}
        var refused = List.of(
                new Row("Giulia", null, null, "registered", null, null), // a minor without consent
                new Row("", null, null, "maybe", null, null), // an unknown status
                new Row("", null, null, "registered", now, "-1"), // negative hours
                new Row("", null, null, "registered", now, "24.5"), // over a day
                new Row("", null, null, "registered", null, "2"), // hours without attendance
                new Row("", null, null, "waitlisted", now, null)); // attending without a place
        int position = 100;
        for (var row : refused) {
            int at = position++;
            assertThatThrownBy(() -> jdbc.sql(insert)
                            .param("s", shift)
                            .param("p", person)
                            .param("minor", row.minor())
                            .param("consentBy", row.consentBy())
                            .param("consentAt", row.consentAt())
                            .param("status", row.status())
                            .param("position", at)
                            .param("in", row.in())
                            .param("hours", row.hours() == null ? null : new BigDecimal(row.hours()))
                            .update())
                    .as(row.toString())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(s.repo().signups(shift)).isEmpty();

        // One sign-up per person and shift: eight threads inserting it directly, exactly one row.
        var pool = Executors.newFixedThreadPool(8);
        var gate = new CountDownLatch(1);
        var stored = new java.util.concurrent.atomic.AtomicInteger();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < 8; i++) {
                int at = 200 + i;
                futures.add(pool.submit(() -> {
                    gate.await();
                    try {
                        jdbc.sql(insert)
                                .param("s", shift)
                                .param("p", person)
                                .param("minor", "")
                                .param("consentBy", null)
                                .param("consentAt", null)
                                .param("status", "registered")
                                .param("position", at)
                                .param("in", null)
                                .param("hours", null)
                                .update();
                        stored.incrementAndGet();
                    } catch (DataIntegrityViolationException expected) {
                        // the constraint refused the second and later ones
                    }
                    return null;
                }));
            }
            gate.countDown();
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(stored.get()).isEqualTo(1);
        assertThat(s.repo().signups(shift)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void remindersAreSentOnceAndFeedsAndWorkAreReadInOneStatement(TestDatabase db) {
        var s = setup(db);
        var p = people(db.jdbc(), 3, "citizen");
        long soon = shift(s, 0, 3, Instant.now().plus(Duration.ofHours(20)), Duration.ofHours(2));
        long later = shift(s, 0, 2, Instant.now().plus(Duration.ofDays(3)), Duration.ofHours(2));
        signUp(s, soon, p.get(0), "");
        signUp(s, soon, p.get(0), "Luca"); // a guardian with a minor is reminded once
        signUp(s, soon, p.get(1), "");
        signUp(s, soon, p.get(2), ""); // waitlisted: no reminder
        signUp(s, later, p.get(2), "");
        var reminders = new ShiftReminders(null, s.repo(), s.service(), s.tx());
        Integer first = s.tx().execute(t -> reminders.run(Instant.now()));
        Integer second = s.tx().execute(t -> reminders.run(Instant.now()));
        assertThat(first).isEqualTo(2);
        assertThat(second).isZero();
        var sent = s.events().stream()
                .filter(Notification.class::isInstance)
                .map(Notification.class::cast)
                .toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).people()).containsExactlyInAnyOrder(p.get(0), p.get(1));

        // My shifts, with the initiative and organisation; the coming ones for the personal home.
        assertThat(s.repo().mine(p.get(0)))
                .hasSize(2)
                .allMatch(m -> m.organisationName().equals("O"));
        assertThat(s.repo().comingFor(p.get(2), Instant.now(), Instant.now().plus(Duration.ofDays(14))))
                .extracting(MyShift::shiftId)
                .containsExactly(later);

        // Tokens: only the hash is kept; a new token voids the old.
        var tokens = new ShiftCalendarTokens(s.repo());
        String token = tokens.renew(p.get(0));
        assertThat(tokens.person(token)).contains(p.get(0));
        String again = tokens.renew(p.get(0));
        assertThat(tokens.person(token)).isEmpty();
        assertThat(tokens.person(again)).contains(p.get(0));
        tokens.revoke(p.get(0));
        assertThat(tokens.person(again)).isEmpty();

        // Delivery work: the activities of the initiative, and by ids (unknown ids left out).
        var work = new ShiftsDeliveryWork(s.repo());
        assertThat(work.inInitiative(s.initiative()))
                .extracting(org.cocrea.initiatives.DeliveryWork.Work::title)
                .containsExactly("Lettura");
        assertThat(work.byIds(List.of(s.activity(), 999_999L))).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("/shifts/" + s.instance() + "/activity/" + s.activity());
            assertThat(w.initiativeId()).isEqualTo(s.initiative());
            assertThat(w.toolId()).isEqualTo("shifts");
        });
        assertThat(work.byIds(List.of())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aWeeklySeriesIsStoredAsSeparateShiftsAtTheSameLocalTime(TestDatabase db) {
        var s = setup(db);
        // Across the change to summer time (last Sunday of March): 17:00 in Rome every Tuesday all the same.
        var form =
                new ShiftForm("2027-03-16", "17:00", "18:30", "Biblioteca", "45.4642", "9.19", "2", "6", "2027-04-06");
        var fields = s.service().check(form);
        assertThat(fields).hasSize(4);
        assertThat(fields)
                .extracting(f -> f.startsAt().atZone(ROME).toLocalTime())
                .containsOnly(LocalTime.of(17, 0));
        assertThat(fields.get(0).startsAt().atZone(ROME).getOffset())
                .isNotEqualTo(fields.get(3).startsAt().atZone(ROME).getOffset());
        // A night shift ends the next morning.
        var night = s.service().check(new ShiftForm("2027-05-01", "22:00", "02:00", "Via Roma", "", "", "1", "3", ""));
        assertThat(Duration.between(night.get(0).startsAt(), night.get(0).endsAt()))
                .isEqualTo(Duration.ofHours(4));
        // Bad input: every problem at once.
        var bad = new ShiftForm("31/02", "25:00", "", "", "91", "x", "5", "2", "1999-01-01");
        assertThatThrownBy(() -> s.service().check(bad))
                .isInstanceOfSatisfying(
                        Refused.class,
                        r -> assertThat(r.problems())
                                .extracting(Refused.Problem::field)
                                .contains(
                                        "date",
                                        "startTime",
                                        "endTime",
                                        "place",
                                        "latitude",
                                        "longitude",
                                        "minPeople",
                                        "repeatUntil"));
        // A series longer than a year is refused.
        assertThatThrownBy(() -> s.service()
                        .check(new ShiftForm("2027-01-05", "17:00", "18:00", "B", "", "", "0", "3", "2029-01-05")))
                .isInstanceOf(Refused.class);
    }
}
