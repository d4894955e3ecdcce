package org.cocrea.meetings;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Notification;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changes a meeting: every check before anything is stored (a {@link Refused} leaves the database as it was),
 * registrations under the meeting's row lock so capacity and arrival order hold under any concurrency, and the
 * notifications published in the changing transaction.
 */
@Service
class MeetingService {
    static final int TITLE = 200;
    static final int TEXT = 20_000;
    static final int ADDRESS = 300;
    static final int LINK = 500;
    static final int QUESTION = 500;
    static final int ANSWER = 1000;
    static final int MINUTES = 50_000;
    static final int MAX_CAPACITY = 100_000;

    /** What a registration came to. */
    enum Outcome {
        REGISTERED,
        WAITLISTED
    }

    private final MeetingRepository meetings;
    private final Initiatives initiatives;
    private final CocreaSettings settings;
    private final ApplicationEventPublisher events;

    MeetingService(
            MeetingRepository meetings,
            Initiatives initiatives,
            CocreaSettings settings,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.initiatives = initiatives;
        this.settings = settings;
        this.events = events;
    }

    /** The form checked field by field; every problem at once. */
    MeetingRepository.Fields check(MeetingForm form) {
        var problems = new ArrayList<Refused.Problem>();
        String title = trim(form.title());
        if (title.isEmpty() || title.length() > TITLE) {
            problems.add(new Refused.Problem("title", "meetings.title.invalid", TITLE));
        }
        String description = trim(form.description());
        if (description.length() > TEXT) {
            problems.add(new Refused.Problem("description", "meetings.text.long", TEXT));
        }
        String kind = trim(form.kind());
        if (!Set.of(Meeting.IN_PERSON, Meeting.ONLINE, Meeting.HYBRID).contains(kind)) {
            problems.add(new Refused.Problem("kind", "meetings.kind.invalid"));
            kind = Meeting.IN_PERSON;
        }
        String address = trim(form.address());
        if (address.length() > ADDRESS) {
            problems.add(new Refused.Problem("address", "meetings.address.long", ADDRESS));
        } else if (address.isEmpty() && !Meeting.ONLINE.equals(kind)) {
            problems.add(new Refused.Problem("address", "meetings.address.required"));
        }
        BigDecimal latitude = null;
        BigDecimal longitude = null;
        String lat = trim(form.latitude());
        String lon = trim(form.longitude());
        if (!lat.isEmpty() || !lon.isEmpty()) {
            latitude = org.cocrea.platform.MapPoints.parse(lat, 90).orElse(null);
            longitude = org.cocrea.platform.MapPoints.parse(lon, 180).orElse(null);
            if (latitude == null) {
                problems.add(new Refused.Problem("latitude", "meetings.latitude.invalid"));
            }
            if (longitude == null) {
                problems.add(new Refused.Problem("longitude", "meetings.longitude.invalid"));
            }
        }
        String link = trim(form.onlineLink());
        if (link.length() > LINK || (!link.isEmpty() && !link.matches("https?://[^\\s<>\"]+"))) {
            problems.add(new Refused.Problem("onlineLink", "meetings.link.invalid", LINK));
        } else if (link.isEmpty() && !Meeting.IN_PERSON.equals(kind)) {
            problems.add(new Refused.Problem("onlineLink", "meetings.link.required"));
        }
        var start = moment(form.startDate(), form.startTime(), "startDate", problems);
        var end = moment(form.endDate(), form.endTime(), "endDate", problems);
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            problems.add(new Refused.Problem("endDate", "meetings.end.before"));
        }
        String agenda = trim(form.agenda());
        if (agenda.length() > TEXT) {
            problems.add(new Refused.Problem("agenda", "meetings.text.long", TEXT));
        }
        Integer capacity = null;
        String cap = trim(form.capacity());
        if (!cap.isEmpty()) {
            try {
                capacity = cap.length() > 7 ? -1 : Integer.parseInt(cap);
            } catch (NumberFormatException e) {
                capacity = -1;
            }
            if (capacity < 1 || capacity > MAX_CAPACITY) {
                problems.add(new Refused.Problem("capacity", "meetings.capacity.invalid", MAX_CAPACITY));
            }
        }
        String question = trim(form.question());
        if (question.length() > QUESTION) {
            problems.add(new Refused.Problem("question", "meetings.question.long", QUESTION));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new MeetingRepository.Fields(
                title,
                description,
                kind,
                address.isEmpty() ? null : address,
                latitude,
                longitude,
                link.isEmpty() ? null : link,
                start.orElseThrow(),
                end.orElseThrow(),
                agenda,
                capacity,
                question.isEmpty() ? null : question);
    }

    private Optional<java.time.Instant> moment(String date, String time, String field, List<Refused.Problem> problems) {
        try {
            var local = LocalDate.parse(trim(date)).atTime(LocalTime.parse(trim(time)));
            if (local.getYear() < 2000 || local.getYear() > 2100) {
                throw new DateTimeException("out of range");
            }
            return Optional.of(local.atZone(settings.timeZone()).toInstant());
        } catch (DateTimeException e) {
            problems.add(new Refused.Problem(field, "meetings.when.invalid"));
            return Optional.empty();
        }
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    @Transactional
    long create(ToolAccess access, MeetingForm form) {
        var fields = check(form);
        long id = meetings.create(access.id(), fields);
        initiatives.touch(access.initiative().id());
        return id;
    }

    /** Saves a change; registrants are told when the time or place changed. */
    @Transactional
    void update(ToolAccess access, Meeting meeting, MeetingForm form) {
        if (meeting.cancelled()) {
            throw new Refused("title", "meetings.cancelled.already");
        }
        var fields = check(form);
        meetings.update(meeting.id(), fields);
        boolean moved = !fields.startsAt().equals(meeting.startsAt().toInstant())
                || !fields.endsAt().equals(meeting.endsAt().toInstant())
                || !java.util.Objects.equals(fields.address(), meeting.address())
                || !java.util.Objects.equals(fields.onlineLink(), meeting.onlineLink());
        if (moved) {
            notify(
                    meetings.registeredPeople(meeting.id()),
                    "meetings.mail.changed.subject",
                    "meetings.mail.changed.body",
                    access.id(),
                    meeting.id(),
                    fields.title(),
                    fields.startsAt());
        }
    }

    /**
     * Registers the person: a place while there is one, else the waitlist, in arrival order. The meeting's row lock
     * orders concurrent registrations; the UNIQUE (meeting, person) constraint refuses a second one.
     */
    @Transactional
    Outcome register(ToolAccess access, Meeting meeting, String answer) {
        initiatives.requireCounts(access.person(), "answer");
        String text = trim(answer);
        if (text.length() > ANSWER) {
            throw new Refused("answer", "meetings.answer.long", ANSWER);
        }
        return register(meeting.id(), access.person().personId(), text.isEmpty() ? null : text);
    }

    /** {@link #register(ToolAccess, Meeting, String)} without the web: the lock, the count and the insert. */
    @Transactional
    Outcome register(long meeting, long person, String answer) {
        var locked = meetings.lock(meeting).orElseThrow(org.cocrea.platform.NotFound::new);
        if (locked.cancelled()) {
            throw new Refused("answer", "meetings.cancelled.already");
        }
        if (meetings.isRegistered(meeting, person)) {
            throw new Refused("answer", "meetings.register.already");
        }
        boolean place = locked.capacity() == null || meetings.countRegistered(meeting) < locked.capacity();
        meetings.insertRegistration(
                meeting,
                person,
                place ? Registration.REGISTERED : Registration.WAITLISTED,
                locked.nextPosition(),
                answer);
        return place ? Outcome.REGISTERED : Outcome.WAITLISTED;
    }

    /** Withdraws the person; a freed place goes to the first on the waitlist, who is told. */
    @Transactional
    Optional<Long> unregister(ToolAccess access, Meeting meeting) {
        var promoted = unregister(meeting.id(), access.person().personId());
        promoted.ifPresent(p -> notify(
                List.of(p),
                "meetings.mail.promoted.subject",
                "meetings.mail.promoted.body",
                access.id(),
                meeting.id(),
                meeting.title(),
                meeting.startsAt().toInstant()));
        return promoted;
    }

    /** Removes the registration under the row lock; returns who moved up from the waitlist, if anyone. */
    @Transactional
    Optional<Long> unregister(long meeting, long person) {
        var locked = meetings.lock(meeting).orElseThrow(org.cocrea.platform.NotFound::new);
        var status = meetings.deleteRegistration(meeting, person);
        if (status.isEmpty()) {
            throw new Refused("answer", "meetings.register.none");
        }
        if (locked.cancelled() || !Registration.REGISTERED.equals(status.get())) {
            return Optional.empty();
        }
        if (locked.capacity() != null && meetings.countRegistered(meeting) >= locked.capacity()) {
            return Optional.empty();
        }
        return meetings.promoteFirst(meeting);
    }

    /** Cancels the meeting; everyone registered or waitlisted is told. */
    @Transactional
    void cancel(ToolAccess access, Meeting meeting) {
        if (!meetings.cancel(meeting.id())) {
            throw new Refused("cancel", "meetings.cancelled.already");
        }
        notify(
                meetings.registeredPeople(meeting.id()),
                "meetings.mail.cancelled.subject",
                "meetings.mail.cancelled.body",
                access.id(),
                meeting.id(),
                meeting.title(),
                meeting.startsAt().toInstant());
    }

    @Transactional
    void attendance(Meeting meeting, Set<Long> present) {
        meetings.recordAttendance(meeting.id(), present);
    }

    @Transactional
    void minutes(Meeting meeting, String minutes) {
        String text = trim(minutes);
        if (text.length() > MINUTES) {
            throw new Refused("minutes", "meetings.text.long", MINUTES);
        }
        meetings.saveMinutes(meeting.id(), text.isEmpty() ? null : text);
    }

    void notify(
            List<Long> people,
            String subject,
            String body,
            long instance,
            long meeting,
            String title,
            java.time.Instant startsAt) {
        if (people.isEmpty()) {
            return;
        }
        String link = "/meetings/" + instance + "/meeting/" + meeting;
        events.publishEvent(Notification.to(people, NotificationKind.MEETING, subject, body, link)
                .subjectArgs(Notification.Arg.text(title))
                .bodyArgs(
                        Notification.Arg.text(title),
                        Notification.Arg.dateTime(startsAt),
                        Notification.Arg.link(link)));
    }
}
