package org.cocrea.shifts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.accounts.PersonKind;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.platform.MapPoints;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Notification;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changes activities, shifts and sign-ups: every check before anything is stored (a {@link Refused} leaves the
 * database as it was), sign-ups under the shift's row lock so the headcount and arrival order hold under any
 * concurrency, attendance under the sign-up's row lock with its ledger record and the notifications published in the
 * changing transaction.
 */
@Service
class ShiftService {
    static final int TITLE = 200;
    static final int TEXT = 20_000;
    static final int SKILLS = 500;
    static final int PLACE = 300;
    static final int NAME = 120;
    static final int MAX_PEOPLE = 10_000;
    /** A weekly series is at most a year of shifts: a typo in the year makes no thousand rows. */
    static final int MAX_SERIES = 53;

    static final BigDecimal DAY = BigDecimal.valueOf(24);

    /** What a sign-up came to. */
    enum Outcome {
        REGISTERED,
        WAITLISTED
    }

    private final ShiftRepository shifts;
    private final Initiatives initiatives;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    ShiftService(ShiftRepository shifts, Initiatives initiatives, ZoneId zone, ApplicationEventPublisher events) {
        this.shifts = shifts;
        this.initiatives = initiatives;
        this.zone = zone;
        this.events = events;
    }

    @org.springframework.beans.factory.annotation.Autowired
    ShiftService(
            ShiftRepository shifts,
            Initiatives initiatives,
            org.cocrea.platform.CocreaSettings settings,
            ApplicationEventPublisher events) {
        this(shifts, initiatives, settings.timeZone(), events);
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    ShiftRepository.ActivityFields check(ActivityForm form) {
        var problems = new ArrayList<Refused.Problem>();
        String title = trim(form.title());
        if (title.isEmpty() || title.length() > TITLE) {
            problems.add(new Refused.Problem("title", "shifts.title.invalid", TITLE));
        }
        for (var field : List.of("description", "briefing", "safety")) {
            String value = switch (field) {
                case "description" -> form.description();
                case "briefing" -> form.briefing();
                default -> form.safety();
            };
            if (trim(value).length() > TEXT) {
                problems.add(new Refused.Problem(field, "shifts.text.long", TEXT));
            }
        }
        String skills = trim(form.skills());
        if (skills.length() > SKILLS) {
            problems.add(new Refused.Problem("skills", "shifts.skills.long", SKILLS));
        }
        String minors = trim(form.minorsAllowed());
        if (!minors.isEmpty() && !minors.equals("yes")) {
            problems.add(new Refused.Problem("minorsAllowed", "shifts.minors.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new ShiftRepository.ActivityFields(
                title,
                trim(form.description()),
                trim(form.briefing()),
                trim(form.safety()),
                skills,
                minors.equals("yes"));
    }

    /** The shift form checked field by field; with "weekly until", one set of fields per week. */
    List<ShiftRepository.ShiftFields> check(ShiftForm form) {
        var problems = new ArrayList<Refused.Problem>();
        LocalDate date = date(form.date(), "date", problems);
        LocalTime start = time(form.startTime(), "startTime", problems);
        LocalTime end = time(form.endTime(), "endTime", problems);
        if (start != null && end != null && start.equals(end)) {
            problems.add(new Refused.Problem("endTime", "shifts.end.same"));
        }
        String place = trim(form.place());
        if (place.isEmpty() || place.length() > PLACE) {
            problems.add(new Refused.Problem("place", "shifts.place.invalid", PLACE));
        }
        BigDecimal latitude = null;
        BigDecimal longitude = null;
        String lat = trim(form.latitude());
        String lon = trim(form.longitude());
        if (!lat.isEmpty() || !lon.isEmpty()) {
            latitude = MapPoints.parse(lat, 90).orElse(null);
            longitude = MapPoints.parse(lon, 180).orElse(null);
            if (latitude == null) {
                problems.add(new Refused.Problem("latitude", "shifts.latitude.invalid"));
            }
            if (longitude == null) {
                problems.add(new Refused.Problem("longitude", "shifts.longitude.invalid"));
            }
        }
        int min = count(form.minPeople(), 0, "minPeople", problems);
        int max = count(form.maxPeople(), 1, "maxPeople", problems);
        if (min >= 0 && max >= 1 && min > max) {
            problems.add(new Refused.Problem("minPeople", "shifts.min.over"));
        }
        LocalDate until = null;
        if (!trim(form.repeatUntil()).isEmpty()) {
            until = date(form.repeatUntil(), "repeatUntil", problems);
            if (until != null && date != null) {
                if (until.isBefore(date)) {
                    problems.add(new Refused.Problem("repeatUntil", "shifts.repeat.before"));
                } else if (until.isAfter(date.plusWeeks(MAX_SERIES - 1))) {
                    problems.add(new Refused.Problem("repeatUntil", "shifts.repeat.long", MAX_SERIES));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        var result = new ArrayList<ShiftRepository.ShiftFields>();
        LocalDate last = until == null ? date : until;
        for (LocalDate d = date; !d.isAfter(last); d = d.plusWeeks(1)) {
            Instant from = d.atTime(start).atZone(zone).toInstant();
            // An end time before the start time is the next morning (a night shift).
            LocalDate endDay = end.isAfter(start) ? d : d.plusDays(1);
            Instant to = endDay.atTime(end).atZone(zone).toInstant();
            result.add(new ShiftRepository.ShiftFields(from, to, place, latitude, longitude, min, max));
        }
        return result;
    }

    private static LocalDate date(String text, String field, List<Refused.Problem> problems) {
        try {
            var d = LocalDate.parse(trim(text));
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw new DateTimeException("out of range");
            }
            return d;
        } catch (DateTimeException e) {
            problems.add(new Refused.Problem(field, "shifts.date.invalid"));
            return null;
        }
    }

    private static LocalTime time(String text, String field, List<Refused.Problem> problems) {
        try {
            return LocalTime.parse(trim(text));
        } catch (DateTimeException e) {
            problems.add(new Refused.Problem(field, "shifts.time.invalid"));
            return null;
        }
    }

    private static int count(String text, int least, String field, List<Refused.Problem> problems) {
        String t = trim(text);
        int n;
        try {
            n = t.length() > 6 ? -1 : Integer.parseInt(t);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < least || n > MAX_PEOPLE) {
            problems.add(new Refused.Problem(field, "shifts.count.invalid", least, MAX_PEOPLE));
            return -1;
        }
        return n;
    }

    @Transactional
    long createActivity(ToolAccess access, ActivityForm form) {
        var fields = check(form);
        long id = shifts.createActivity(access.id(), fields);
        initiatives.touch(access.initiative().id());
        return id;
    }

    @Transactional
    void updateActivity(Activity activity, ActivityForm form) {
        shifts.updateActivity(activity.id(), check(form));
    }

    /** Adds a shift, or a weekly series of shifts as separate rows; returns how many. */
    @Transactional
    int addShifts(ToolAccess access, Activity activity, ShiftForm form) {
        var all = check(form);
        all.forEach(f -> shifts.createShift(activity.id(), f));
        initiatives.touch(access.initiative().id());
        return all.size();
    }

    /** The sign-up form checked, then {@link #signUp(long, long, String, String, Instant)}. */
    @Transactional
    Outcome signUp(ToolAccess access, Activity activity, Shift shift, SignUpForm form) {
        initiatives.requireCounts(access.person(), "phone");
        var problems = new ArrayList<Refused.Problem>();
        String phone = trim(form.phone());
        if (!phone.isEmpty()
                && (phone.length() > 30
                        || !phone.matches("\\+?[0-9 ().-]+")
                        || phone.replaceAll("[^0-9]", "").length() < 6)) {
            problems.add(new Refused.Problem("phone", "shifts.phone.invalid"));
        }
        String minor = trim(form.minorName());
        if (!minor.isEmpty()) {
            if (!activity.minorsAllowed()) {
                problems.add(new Refused.Problem("minorName", "shifts.minor.notAllowed"));
            } else if (minor.length() > NAME) {
                problems.add(new Refused.Problem("minorName", "shifts.minor.long", NAME));
            } else if (!"yes".equals(trim(form.consent()))) {
                problems.add(new Refused.Problem("consent", "shifts.minor.consent"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return signUp(shift.id(), access.person().personId(), minor, phone.isEmpty() ? null : phone, Instant.now());
    }

    /**
     * Signs the person (or the minor they are the guardian of) up: a place while there is one, else the waitlist, in
     * arrival order. The shift's row lock orders concurrent sign-ups; the UNIQUE (shift, person, minor) constraint
     * refuses a second one.
     */
    @Transactional
    Outcome signUp(long shift, long person, String minor, String phone, Instant now) {
        var locked = shifts.lock(shift).orElseThrow(NotFound::new);
        if (!locked.endsAt().isAfter(now)) {
            throw new Refused("phone", "shifts.signup.ended");
        }
        if (shifts.isSignedUp(shift, person, minor)) {
            throw new Refused(minor.isEmpty() ? "phone" : "minorName", "shifts.signup.already");
        }
        boolean place = shifts.countRegistered(shift) < locked.maxPeople();
        shifts.insertSignup(
                shift, person, minor, phone, place ? Signup.REGISTERED : Signup.WAITLISTED, locked.nextPosition(), now);
        return place ? Outcome.REGISTERED : Outcome.WAITLISTED;
    }

    /** Cancels one of the person's own sign-ups; a freed place goes to the first on the waitlist, who is told. */
    @Transactional
    Optional<Long> cancel(ToolAccess access, Activity activity, Shift shift, long signup) {
        var promoted = cancel(shift.id(), access.person().personId(), signup, Instant.now());
        promoted.ifPresent(p -> notify(
                List.of(p),
                "shifts.mail.promoted.subject",
                "shifts.mail.promoted.body",
                access.id(),
                shift.id(),
                activity.title(),
                shift.startsAt().toInstant()));
        return promoted;
    }

    /** Removes the sign-up under the shift's row lock; returns who moved up from the waitlist, if anyone. */
    @Transactional
    Optional<Long> cancel(long shift, long person, long signup, Instant now) {
        var locked = shifts.lock(shift).orElseThrow(NotFound::new);
        var found = shifts.signup(shift, signup)
                .filter(s -> s.personId() == person)
                .orElseThrow(() -> new Refused("signup", "shifts.signup.none"));
        if (found.attended()) {
            throw new Refused("signup", "shifts.cancel.attended");
        }
        if (!locked.endsAt().isAfter(now)) {
            throw new Refused("signup", "shifts.signup.ended");
        }
        shifts.deleteSignup(found.id());
        if (!found.registered() || shifts.countRegistered(shift) >= locked.maxPeople()) {
            return Optional.empty();
        }
        return shifts.promoteFirst(shift);
    }

    /** What a coordinator does to one sign-up's attendance. */
    enum Attendance {
        CHECK_IN,
        CHECK_OUT,
        WITHDRAW
    }

    /**
     * Checks in (hours: the shift's length until corrected), checks out (hours: the time between check-in and
     * check-out, to the quarter hour) or withdraws the attendance (no hours); each records a new ledger revision.
     */
    @Transactional
    BigDecimal attendance(long signup, Attendance what, Instant now) {
        var c = shifts.context(signup).orElseThrow(NotFound::new);
        switch (what) {
            case CHECK_IN -> {
                if (!Signup.REGISTERED.equals(c.status())) {
                    throw new Refused("signup", "shifts.checkin.waitlisted");
                }
                if (c.checkedInAt() != null) {
                    throw new Refused("signup", "shifts.checkin.already");
                }
                // From an hour before the start: people arrive early; never for a shift days ahead.
                if (c.startsAt().toInstant().minus(Duration.ofHours(1)).isAfter(now)) {
                    throw new Refused("signup", "shifts.checkin.early");
                }
                var length = BigDecimal.valueOf(Math.min(
                                Duration.between(c.startsAt(), c.endsAt()).toMinutes(), 24 * 60))
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                return record(c, ShiftRepository.utc(now), null, length);
            }
            case CHECK_OUT -> {
                if (c.checkedInAt() == null) {
                    throw new Refused("signup", "shifts.hours.notAttended");
                }
                if (c.checkedOutAt() != null) {
                    throw new Refused("signup", "shifts.checkout.already");
                }
                long minutes = Math.max(
                        0, Duration.between(c.checkedInAt().toInstant(), now).toMinutes());
                long quarters = Math.min(Math.round(minutes / 15.0), 96);
                var hours = BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY);
                return record(c, c.checkedInAt(), ShiftRepository.utc(now), hours);
            }
            default -> {
                if (c.checkedInAt() == null) {
                    throw new Refused("signup", "shifts.hours.notAttended");
                }
                return record(c, null, null, null);
            }
        }
    }

    /** A coordinator's correction of an attended sign-up's hours, as typed ("2,5" or "2.5"). */
    @Transactional
    BigDecimal correct(long signup, String typed) {
        String text = trim(typed).replace(',', '.');
        BigDecimal hours;
        try {
            hours = text.length() > 12 ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            hours = null;
        }
        if (hours == null) {
            throw new Refused("hours", "shifts.hours.invalid");
        }
        if (hours.signum() < 0) {
            throw new Refused("hours", "shifts.hours.negative");
        }
        if (hours.compareTo(DAY) > 0) {
            throw new Refused("hours", "shifts.hours.day");
        }
        if (hours.scale() > 2) {
            throw new Refused("hours", "shifts.hours.invalid");
        }
        var c = shifts.context(signup).orElseThrow(NotFound::new);
        if (c.checkedInAt() == null) {
            throw new Refused("hours", "shifts.hours.notAttended");
        }
        return record(c, c.checkedInAt(), c.checkedOutAt(), hours);
    }

    /**
     * Stores the attendance and publishes its ledger record in this transaction: a new revision each time, zero
     * hours when the attendance is withdrawn. Refused when the participant's hours on that day would pass 24.
     */
    private BigDecimal record(
            ShiftRepository.Context c, java.time.OffsetDateTime in, java.time.OffsetDateTime out, BigDecimal hours) {
        if (hours != null) {
            LocalDate day = c.startsAt().atZoneSameInstant(zone).toLocalDate();
            var others = shifts.hoursOnDay(
                    c.personId(),
                    c.minorName(),
                    c.signupId(),
                    day.atStartOfDay(zone).toInstant(),
                    day.plusDays(1).atStartOfDay(zone).toInstant());
            if (others.add(hours).compareTo(DAY) > 0) {
                throw new Refused("hours", "shifts.hours.day");
            }
        }
        long revision = shifts.saveAttendance(c, in, out, hours);
        boolean minor = c.minorName() != null && !c.minorName().isEmpty();
        events.publishEvent(new ContributionRecorded(
                "shifts:signup:" + c.signupId() + ":hours",
                revision,
                c.initiativeId(),
                Phase.fromCode(c.phase()).orElseThrow(),
                ShiftsTool.ID,
                c.toolInstanceId(),
                // A minor has no account: their hours count for the initiative, not as the guardian's own.
                minor ? null : c.personId(),
                ContributionRecorded.Side.of(PersonKind.valueOf(c.personKind().toUpperCase(java.util.Locale.ROOT))),
                ContributionRecorded.Kind.HOURS,
                hours == null ? BigDecimal.ZERO : hours,
                null,
                c.startsAt().atZoneSameInstant(zone).toLocalDate()));
        return hours;
    }

    void notify(
            List<Long> people, String subject, String body, long instance, long shift, String title, Instant startsAt) {
        if (people.isEmpty()) {
            return;
        }
        String link = "/shifts/" + instance + "/shift/" + shift;
        events.publishEvent(Notification.to(people, NotificationKind.SHIFT, subject, body, link)
                .subjectArgs(Notification.Arg.text(title))
                .bodyArgs(
                        Notification.Arg.text(title),
                        Notification.Arg.dateTime(startsAt),
                        Notification.Arg.link(link)));
    }
}
