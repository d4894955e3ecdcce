package org.cocrea.meetings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The meeting, meeting_registration, meeting_reminder and meeting_calendar_token tables. */
@Repository
class MeetingRepository {
    static final String COLUMNS = """
            m.id, m.tool_instance_id, m.title, m.description, m.kind, m.address, m.latitude, m.longitude,
            m.online_link, m.starts_at, m.ends_at, m.agenda, m.capacity, m.question, m.minutes, m.cancelled_at,
            m.sequence, m.updated_at""";

    /** A meeting's checked fields, as the service accepted them. */
    record Fields(
            String title,
            String description,
            String kind,
            String address,
            BigDecimal latitude,
            BigDecimal longitude,
            String onlineLink,
            Instant startsAt,
            Instant endsAt,
            String agenda,
            Integer capacity,
            String question) {}

    /** The row locked for a registration: what decides between a place and the waitlist. */
    record Locked(Integer capacity, boolean cancelled, long nextPosition) {}

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    long create(long instance, Fields f) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (tool_instance_id, title, description, kind, address, latitude, longitude,
                    online_link, starts_at, ends_at, agenda, capacity, question, created_at, updated_at)
                VALUES (:instance, :title, :description, :kind, :address, :latitude, :longitude, :link, :starts,
                    :ends, :agenda, :capacity, :question, :now, :now)
                """).param("instance", instance).params(fields(f)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The named parameters of a meeting's typed fields, the same for its INSERT and its UPDATE. */
    private static java.util.Map<String, Object> fields(Fields f) {
        var p = new java.util.HashMap<String, Object>();
        p.put("title", f.title());
        p.put("description", f.description());
        p.put("kind", f.kind());
        p.put("address", f.address());
        p.put("latitude", f.latitude());
        p.put("longitude", f.longitude());
        p.put("link", f.onlineLink());
        p.put("starts", utc(f.startsAt()));
        p.put("ends", utc(f.endsAt()));
        p.put("agenda", f.agenda());
        p.put("capacity", f.capacity());
        p.put("question", f.question());
        p.put("now", now());
        return p;
    }

    /** Changes the meeting and bumps its iCalendar SEQUENCE, so calendars replace their copy. */
    void update(long meeting, Fields f) {
        jdbc.sql("""
                UPDATE meeting SET title = :title, description = :description, kind = :kind, address = :address,
                    latitude = :latitude, longitude = :longitude, online_link = :link, starts_at = :starts,
                    ends_at = :ends, agenda = :agenda, capacity = :capacity, question = :question,
                    sequence = sequence + 1, updated_at = :now
                WHERE id = :id
                """).param("id", meeting).params(fields(f)).update();
    }

    /** Cancels once: false when it was already cancelled. */
    boolean cancel(long meeting) {
        return jdbc.sql("""
                        UPDATE meeting SET cancelled_at = :now, sequence = sequence + 1, updated_at = :now
                        WHERE id = :id AND cancelled_at IS NULL
                        """).param("id", meeting).param("now", now()).update() == 1;
    }

    void saveMinutes(long meeting, String minutes) {
        jdbc.sql("UPDATE meeting SET minutes = :minutes, updated_at = :now WHERE id = :id")
                .param("id", meeting)
                .param("minutes", minutes)
                .param("now", now())
                .update();
    }

    Optional<Meeting> find(long instance, long meeting) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting m WHERE m.id = :id AND m.tool_instance_id = :instance")
                .param("id", meeting)
                .param("instance", instance)
                .query(Meeting.class)
                .optional();
    }

    List<Meeting> of(long instance) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting m WHERE m.tool_instance_id = :instance"
                        + " ORDER BY m.starts_at, m.id")
                .param("instance", instance)
                .query(Meeting.class)
                .list();
    }

    /** Every meeting of every meetings instance of an initiative, for its public feed. */
    List<Meeting> ofInitiative(long initiative) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM meeting m JOIN tool_instance t ON t.id = m.tool_instance_id
                        WHERE t.initiative_id = :initiative AND t.tool_id = 'meetings'
                        ORDER BY m.starts_at, m.id""")
                .param("initiative", initiative)
                .query(Meeting.class)
                .list();
    }

    /** The meetings a person holds a place in (registered, not waitlisted), for their private feed. */
    List<Meeting> registeredBy(long person) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM meeting m JOIN meeting_registration r ON r.meeting_id = m.id
                        WHERE r.person_id = :person AND r.status = 'registered'
                        ORDER BY m.starts_at, m.id""")
                .param("person", person)
                .query(Meeting.class)
                .list();
    }

    /** A person's registered meetings starting between two moments, not cancelled: their coming meetings. */
    List<Meeting> comingFor(long person, Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM meeting m JOIN meeting_registration r ON r.meeting_id = m.id
                        WHERE r.person_id = :person AND r.status = 'registered' AND m.cancelled_at IS NULL
                          AND m.starts_at >= :from AND m.starts_at < :to
                        ORDER BY m.starts_at, m.id""")
                .param("person", person)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(Meeting.class)
                .list();
    }

    /** Takes the meeting's row lock for the rest of the transaction: registrations of one meeting queue here. */
    Optional<Locked> lock(long meeting) {
        return jdbc.sql("SELECT capacity, cancelled_at, next_position FROM meeting WHERE id = :id FOR UPDATE")
                .param("id", meeting)
                .query((rs, n) -> new Locked(
                        (Integer) rs.getObject("capacity"),
                        rs.getObject("cancelled_at") != null,
                        rs.getLong("next_position")))
                .optional();
    }

    List<Registration> registrations(long meeting) {
        return jdbc.sql("""
                SELECT r.id, r.meeting_id, r.person_id, u.name AS person_name, r.status, r.position, r.answer,
                    r.attended, r.registered_at
                FROM meeting_registration r JOIN app_user u ON u.id = r.person_id
                WHERE r.meeting_id = :meeting ORDER BY r.status, r.position
                """).param("meeting", meeting).query(Registration.class).list();
    }

    long countRegistered(long meeting) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = :m AND status = 'registered'")
                .param("m", meeting)
                .query(Long.class)
                .single();
    }

    boolean isRegistered(long meeting, long person) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = :m AND person_id = :p")
                        .param("m", meeting)
                        .param("p", person)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds a registration at the locked meeting's next position and moves the position on. */
    void insertRegistration(long meeting, long person, String status, long position, String answer) {
        jdbc.sql("""
                INSERT INTO meeting_registration (meeting_id, person_id, status, position, answer, registered_at)
                VALUES (:m, :p, :status, :position, :answer, :now)
                """)
                .param("m", meeting)
                .param("p", person)
                .param("status", status)
                .param("position", position)
                .param("answer", answer)
                .param("now", now())
                .update();
        jdbc.sql("UPDATE meeting SET next_position = :next WHERE id = :m")
                .param("next", position + 1)
                .param("m", meeting)
                .update();
    }

    /** Removes a person's registration; returns the status it had, empty when there was none. */
    Optional<String> deleteRegistration(long meeting, long person) {
        var status = jdbc.sql("SELECT status FROM meeting_registration WHERE meeting_id = :m AND person_id = :p")
                .param("m", meeting)
                .param("p", person)
                .query(String.class)
                .optional();
        status.ifPresent(s -> jdbc.sql("DELETE FROM meeting_registration WHERE meeting_id = :m AND person_id = :p")
                .param("m", meeting)
                .param("p", person)
                .update());
        return status;
    }

    /** The first waitlisted person (lowest position), moved to a place; empty when the waitlist is empty. */
    Optional<Long> promoteFirst(long meeting) {
        var first = jdbc.sql("""
                SELECT person_id FROM meeting_registration WHERE meeting_id = :m AND status = 'waitlisted'
                ORDER BY position FETCH FIRST 1 ROWS ONLY
                """).param("m", meeting).query(Long.class).optional();
        first.ifPresent(p -> jdbc.sql("""
                        UPDATE meeting_registration SET status = 'registered' WHERE meeting_id = :m AND person_id = :p
                        """).param("m", meeting).param("p", p).update());
        return first;
    }

    List<Long> registeredPeople(long meeting) {
        return jdbc.sql("SELECT person_id FROM meeting_registration WHERE meeting_id = :m ORDER BY person_id")
                .param("m", meeting)
                .query(Long.class)
                .list();
    }

    /** Records attendance: {@code present} among the registered; every other registered person absent. */
    void recordAttendance(long meeting, java.util.Set<Long> present) {
        for (var r : registrations(meeting)) {
            if (!r.registered()) {
                continue;
            }
            jdbc.sql("UPDATE meeting_registration SET attended = :a WHERE id = :id")
                    .param("a", present.contains(r.personId()))
                    .param("id", r.id())
                    .update();
        }
    }

    /** Registrations of meetings starting in (from, to], not cancelled, whose reminder is not yet recorded. */
    List<Due> dueReminders(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT m.id AS meeting_id, m.tool_instance_id, m.title, m.starts_at, r.person_id
                FROM meeting m JOIN meeting_registration r ON r.meeting_id = m.id
                WHERE m.cancelled_at IS NULL AND r.status = 'registered' AND m.starts_at > :from AND m.starts_at <= :to
                  AND NOT EXISTS (SELECT 1 FROM meeting_reminder x WHERE x.meeting_id = m.id AND x.person_id = r.person_id)
                ORDER BY m.id, r.person_id
                """)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(Due.class)
                .list();
    }

    record Due(long meetingId, long toolInstanceId, String title, OffsetDateTime startsAt, long personId) {}

    /** Records a reminder; false when one was already recorded (by this node or another). */
    boolean markReminded(long meeting, long person) {
        try {
            return jdbc.sql("INSERT INTO meeting_reminder (meeting_id, person_id, sent_at) VALUES (:m, :p, :now)")
                            .param("m", meeting)
                            .param("p", person)
                            .param("now", now())
                            .update()
                    == 1;
        } catch (org.springframework.dao.DuplicateKeyException already) {
            return false;
        }
    }

    void saveToken(long person, String hash) {
        jdbc.sql("DELETE FROM meeting_calendar_token WHERE person_id = :p")
                .param("p", person)
                .update();
        jdbc.sql("INSERT INTO meeting_calendar_token (person_id, token_hash, created_at) VALUES (:p, :h, :now)")
                .param("p", person)
                .param("h", hash)
                .param("now", now())
                .update();
    }

    void deleteToken(long person) {
        jdbc.sql("DELETE FROM meeting_calendar_token WHERE person_id = :p")
                .param("p", person)
                .update();
    }

    Optional<OffsetDateTime> tokenCreated(long person) {
        return jdbc.sql("SELECT created_at FROM meeting_calendar_token WHERE person_id = :p")
                .param("p", person)
                .query(OffsetDateTime.class)
                .optional();
    }

    Optional<Long> personOfToken(String hash) {
        return jdbc.sql("SELECT person_id FROM meeting_calendar_token WHERE token_hash = :h")
                .param("h", hash)
                .query(Long.class)
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM meeting").query(Long.class).single();
    }
}
