package org.cocrea.shifts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The shift_activity, shift, shift_signup, shift_reminder and shift_calendar_token tables. */
@Repository
class ShiftRepository {
    static final String ACTIVITY = """
            a.id, a.tool_instance_id, a.title, a.description, a.briefing, a.safety, a.skills, a.minors_allowed,
            a.updated_at""";

    /** A shift's columns with its counts, one statement for any number of shifts. */
    static final String SHIFT = """
            s.id, s.activity_id, s.starts_at, s.ends_at, s.place, s.latitude, s.longitude, s.min_people, s.max_people,
            s.sequence, s.updated_at,
            (SELECT COUNT(*) FROM shift_signup r WHERE r.shift_id = s.id AND r.status = 'registered') AS registered,
            (SELECT COUNT(*) FROM shift_signup r WHERE r.shift_id = s.id AND r.status = 'waitlisted') AS waiting""";

    static final String SIGNUP = """
            r.id, r.shift_id, r.person_id, u.name AS person_name, r.minor_name, r.consent_by, r.consent_at, r.phone,
            r.status, r.position, r.checked_in_at, r.checked_out_at, r.hours, r.hours_revision, r.signed_up_at""";

    static final String MINE = """
            r.id AS signup_id, s.id AS shift_id, a.tool_instance_id, a.id AS activity_id, a.title AS activity_title,
            i.title AS initiative_title, o.name AS organisation_name, s.starts_at, s.ends_at, s.place, s.latitude,
            s.longitude, r.minor_name, r.status, r.checked_in_at, r.hours, s.sequence, s.updated_at
            FROM shift_signup r JOIN shift s ON s.id = r.shift_id JOIN shift_activity a ON a.id = s.activity_id
            JOIN tool_instance t ON t.id = a.tool_instance_id JOIN initiative i ON i.id = t.initiative_id
            JOIN organisation o ON o.id = i.organisation_id""";

    /** An activity's checked fields. */
    record ActivityFields(
            String title, String description, String briefing, String safety, String skills, boolean minorsAllowed) {}

    /** A shift's checked fields. */
    record ShiftFields(
            Instant startsAt,
            Instant endsAt,
            String place,
            BigDecimal latitude,
            BigDecimal longitude,
            int minPeople,
            int maxPeople) {}

    /** The shift row locked for a sign-up: what decides between a place and the waitlist. */
    record Locked(int maxPeople, long nextPosition, Instant endsAt) {}

    /** What a ledger record of a sign-up needs, read in one statement. */
    record Context(
            long signupId,
            long shiftId,
            long toolInstanceId,
            long initiativeId,
            String phase,
            long personId,
            String personKind,
            String minorName,
            String status,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            OffsetDateTime checkedInAt,
            OffsetDateTime checkedOutAt,
            BigDecimal hours,
            long hoursRevision) {}

    private final JdbcClient jdbc;

    ShiftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    long createActivity(long instance, ActivityFields f) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO shift_activity (tool_instance_id, title, description, briefing, safety, skills,
                    minors_allowed, created_at, updated_at)
                VALUES (:instance, :title, :description, :briefing, :safety, :skills, :minors, :now, :now)
                """)
                .param("instance", instance)
                .param("title", f.title())
                .param("description", f.description())
                .param("briefing", f.briefing())
                .param("safety", f.safety())
                .param("skills", f.skills())
                .param("minors", f.minorsAllowed())
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateActivity(long activity, ActivityFields f) {
        jdbc.sql("""
                UPDATE shift_activity SET title = :title, description = :description, briefing = :briefing,
                    safety = :safety, skills = :skills, minors_allowed = :minors, updated_at = :now
                WHERE id = :id
                """)
                .param("id", activity)
                .param("title", f.title())
                .param("description", f.description())
                .param("briefing", f.briefing())
                .param("safety", f.safety())
                .param("skills", f.skills())
                .param("minors", f.minorsAllowed())
                .param("now", now())
                .update();
        // Calendars replace their copy of each shift of the activity (its title is the event's summary).
        jdbc.sql("UPDATE shift SET sequence = sequence + 1, updated_at = :now WHERE activity_id = :id")
                .param("id", activity)
                .param("now", now())
                .update();
    }

    long createShift(long activity, ShiftFields f) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO shift (activity_id, starts_at, ends_at, place, latitude, longitude, min_people, max_people,
                    created_at, updated_at)
                VALUES (:activity, :starts, :ends, :place, :latitude, :longitude, :min, :max, :now, :now)
                """)
                .param("activity", activity)
                .param("starts", utc(f.startsAt()))
                .param("ends", utc(f.endsAt()))
                .param("place", f.place())
                .param("latitude", f.latitude())
                .param("longitude", f.longitude())
                .param("min", f.minPeople())
                .param("max", f.maxPeople())
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Activity> activity(long instance, long activity) {
        return jdbc.sql("SELECT " + ACTIVITY + " FROM shift_activity a WHERE a.id = :id AND a.tool_instance_id = :i")
                .param("id", activity)
                .param("i", instance)
                .query(Activity.class)
                .optional();
    }

    List<Activity> activities(long instance) {
        return jdbc.sql("SELECT " + ACTIVITY + " FROM shift_activity a WHERE a.tool_instance_id = :i ORDER BY a.id")
                .param("i", instance)
                .query(Activity.class)
                .list();
    }

    /** Every shift of an instance's activities, with counts, in start order: one statement for the list page. */
    List<Shift> shiftsOfInstance(long instance) {
        return jdbc.sql("SELECT " + SHIFT + """
                         FROM shift s JOIN shift_activity a ON a.id = s.activity_id
                        WHERE a.tool_instance_id = :i ORDER BY s.starts_at, s.id""")
                .param("i", instance)
                .query(Shift.class)
                .list();
    }

    List<Shift> shifts(long activity) {
        return jdbc.sql("SELECT " + SHIFT + " FROM shift s WHERE s.activity_id = :a ORDER BY s.starts_at, s.id")
                .param("a", activity)
                .query(Shift.class)
                .list();
    }

    /** A shift of an instance (through its activity): a shift of another instance is not found. */
    Optional<Shift> shift(long instance, long shift) {
        return jdbc.sql("SELECT " + SHIFT + """
                         FROM shift s JOIN shift_activity a ON a.id = s.activity_id
                        WHERE s.id = :id AND a.tool_instance_id = :i""")
                .param("id", shift)
                .param("i", instance)
                .query(Shift.class)
                .optional();
    }

    /** Takes the shift's row lock for the rest of the transaction: sign-ups of one shift queue here. */
    Optional<Locked> lock(long shift) {
        return jdbc.sql("SELECT max_people, next_position, ends_at FROM shift WHERE id = :id FOR UPDATE")
                .param("id", shift)
                .query((rs, n) -> new Locked(
                        rs.getInt("max_people"),
                        rs.getLong("next_position"),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    List<Signup> signups(long shift) {
        return jdbc.sql("SELECT " + SIGNUP + """
                         FROM shift_signup r JOIN app_user u ON u.id = r.person_id
                        WHERE r.shift_id = :s ORDER BY r.status, r.position""")
                .param("s", shift)
                .query(Signup.class)
                .list();
    }

    Optional<Signup> signup(long shift, long signup) {
        return jdbc.sql("SELECT " + SIGNUP + """
                         FROM shift_signup r JOIN app_user u ON u.id = r.person_id
                        WHERE r.shift_id = :s AND r.id = :id""")
                .param("s", shift)
                .param("id", signup)
                .query(Signup.class)
                .optional();
    }

    long countRegistered(long shift) {
        return jdbc.sql("SELECT COUNT(*) FROM shift_signup WHERE shift_id = :s AND status = 'registered'")
                .param("s", shift)
                .query(Long.class)
                .single();
    }

    boolean isSignedUp(long shift, long person, String minor) {
        return jdbc.sql("SELECT COUNT(*) FROM shift_signup WHERE shift_id = :s AND person_id = :p AND minor_name = :m")
                        .param("s", shift)
                        .param("p", person)
                        .param("m", minor)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds a sign-up at the locked shift's next position and moves the position on. */
    long insertSignup(long shift, long person, String minor, String phone, String status, long position, Instant at) {
        var keys = new GeneratedKeyHolder();
        boolean isMinor = !minor.isEmpty();
        jdbc.sql("""
                INSERT INTO shift_signup (shift_id, person_id, minor_name, consent_by, consent_at, phone, status,
                    position, signed_up_at)
                VALUES (:s, :p, :minor, :consentBy, :consentAt, :phone, :status, :position, :at)
                """)
                .param("s", shift)
                .param("p", person)
                .param("minor", minor)
                .param("consentBy", isMinor ? person : null)
                .param("consentAt", isMinor ? utc(at) : null)
                .param("phone", phone)
                .param("status", status)
                .param("position", position)
                .param("at", utc(at))
                .update(keys, "id");
        jdbc.sql("UPDATE shift SET next_position = :next WHERE id = :s")
                .param("next", position + 1)
                .param("s", shift)
                .update();
        return keys.getKey().longValue();
    }

    void deleteSignup(long signup) {
        jdbc.sql("DELETE FROM shift_signup WHERE id = :id").param("id", signup).update();
    }

    /** The first waitlisted sign-up (lowest position) moved to a place; returns its person (the guardian). */
    Optional<Long> promoteFirst(long shift) {
        var first = jdbc.sql("""
                SELECT id, person_id FROM shift_signup WHERE shift_id = :s AND status = 'waitlisted'
                ORDER BY position FETCH FIRST 1 ROWS ONLY
                """)
                .param("s", shift)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("person_id")})
                .optional();
        first.ifPresent(f -> jdbc.sql("UPDATE shift_signup SET status = 'registered' WHERE id = :id")
                .param("id", f[0])
                .update());
        return first.map(f -> f[1]);
    }

    /** Locks the sign-up's row (attendance changes of one sign-up queue here), then reads its context. */
    Optional<Context> context(long signup) {
        var locked = jdbc.sql("SELECT id FROM shift_signup WHERE id = :id FOR UPDATE")
                .param("id", signup)
                .query(Long.class)
                .optional();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT r.id AS signup_id, s.id AS shift_id, t.id AS tool_instance_id, t.initiative_id, t.phase,
                    r.person_id, u.kind AS person_kind, r.minor_name, r.status, s.starts_at, s.ends_at,
                    r.checked_in_at, r.checked_out_at, r.hours, r.hours_revision
                FROM shift_signup r JOIN shift s ON s.id = r.shift_id JOIN shift_activity a ON a.id = s.activity_id
                JOIN tool_instance t ON t.id = a.tool_instance_id JOIN app_user u ON u.id = r.person_id
                WHERE r.id = :id
                """).param("id", signup).query(Context.class).optional();
    }

    /** Hours of the participant's other attended sign-ups on shifts starting in [from, to): the day's total. */
    BigDecimal hoursOnDay(long person, String minor, long exceptSignup, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(r.hours), 0) FROM shift_signup r JOIN shift s ON s.id = r.shift_id
                WHERE r.person_id = :p AND r.minor_name = :m AND r.id <> :except AND r.checked_in_at IS NOT NULL
                  AND s.starts_at >= :from AND s.starts_at < :to
                """)
                .param("p", person)
                .param("m", minor)
                .param("except", exceptSignup)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(BigDecimal.class)
                .single();
    }

    /** Sets the attendance and hours and counts one more ledger revision; returns the new revision. */
    long saveAttendance(Context c, OffsetDateTime in, OffsetDateTime out, BigDecimal hours) {
        long revision = c.hoursRevision() + 1;
        jdbc.sql("""
                UPDATE shift_signup SET checked_in_at = :in, checked_out_at = :out, hours = :hours,
                    hours_revision = :revision
                WHERE id = :id
                """)
                .param("in", in)
                .param("out", out)
                .param("hours", hours)
                .param("revision", revision)
                .param("id", c.signupId())
                .update();
        return revision;
    }

    /** A person's sign-ups across every initiative, newest shift first. */
    List<MyShift> mine(long person) {
        return jdbc.sql("SELECT " + MINE + " WHERE r.person_id = :p ORDER BY s.starts_at DESC, r.id")
                .param("p", person)
                .query(MyShift.class)
                .list();
    }

    /** A person's own attended shifts (not a minor's), for the certificate, by activity then date. */
    List<MyShift> attended(long person) {
        return jdbc.sql("SELECT " + MINE + """
                         WHERE r.person_id = :p AND r.minor_name = '' AND r.checked_in_at IS NOT NULL
                        ORDER BY a.title, a.id, s.starts_at""")
                .param("p", person)
                .query(MyShift.class)
                .list();
    }

    /** A person's places (registered, not waitlisted) on shifts starting in [from, to): the home's coming shifts. */
    List<MyShift> comingFor(long person, Instant from, Instant to) {
        return jdbc.sql("SELECT " + MINE + """
                         WHERE r.person_id = :p AND r.status = 'registered' AND s.starts_at >= :from
                          AND s.starts_at < :to
                        ORDER BY s.starts_at, r.id""")
                .param("p", person)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(MyShift.class)
                .list();
    }

    /** Registered people of shifts starting in (from, to], not yet reminded of that shift: one row per person. */
    List<Due> dueReminders(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT DISTINCT s.id AS shift_id, a.tool_instance_id, a.title, s.starts_at, r.person_id
                FROM shift s JOIN shift_activity a ON a.id = s.activity_id JOIN shift_signup r ON r.shift_id = s.id
                WHERE r.status = 'registered' AND s.starts_at > :from AND s.starts_at <= :to
                  AND NOT EXISTS (SELECT 1 FROM shift_reminder x WHERE x.shift_id = s.id AND x.person_id = r.person_id)
                ORDER BY s.id, r.person_id
                """)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(Due.class)
                .list();
    }

    record Due(long shiftId, long toolInstanceId, String title, OffsetDateTime startsAt, long personId) {}

    /** Records a reminder; false when one was already recorded (by this node or another). */
    boolean markReminded(long shift, long person) {
        try {
            return jdbc.sql("INSERT INTO shift_reminder (shift_id, person_id, sent_at) VALUES (:s, :p, :now)")
                            .param("s", shift)
                            .param("p", person)
                            .param("now", now())
                            .update()
                    == 1;
        } catch (org.springframework.dao.DuplicateKeyException already) {
            return false;
        }
    }

    void saveToken(long person, String hash) {
        jdbc.sql("DELETE FROM shift_calendar_token WHERE person_id = :p")
                .param("p", person)
                .update();
        jdbc.sql("INSERT INTO shift_calendar_token (person_id, token_hash, created_at) VALUES (:p, :h, :now)")
                .param("p", person)
                .param("h", hash)
                .param("now", now())
                .update();
    }

    void deleteToken(long person) {
        jdbc.sql("DELETE FROM shift_calendar_token WHERE person_id = :p")
                .param("p", person)
                .update();
    }

    Optional<OffsetDateTime> tokenCreated(long person) {
        return jdbc.sql("SELECT created_at FROM shift_calendar_token WHERE person_id = :p")
                .param("p", person)
                .query(OffsetDateTime.class)
                .optional();
    }

    Optional<Long> personOfToken(String hash) {
        return jdbc.sql("SELECT person_id FROM shift_calendar_token WHERE token_hash = :h")
                .param("h", hash)
                .query(Long.class)
                .optional();
    }

    /** Activities of the shifts instances of an initiative, newest first (delivery work for tracking). */
    List<org.cocrea.initiatives.DeliveryWork.Work> workOfInitiative(long initiative) {
        return jdbc.sql("""
                SELECT a.id, t.initiative_id, a.title, a.tool_instance_id
                FROM shift_activity a JOIN tool_instance t ON t.id = a.tool_instance_id
                WHERE t.initiative_id = :i AND t.tool_id = 'shifts' ORDER BY a.id DESC
                """).param("i", initiative).query((rs, n) -> work(rs)).list();
    }

    List<org.cocrea.initiatives.DeliveryWork.Work> workByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT a.id, t.initiative_id, a.title, a.tool_instance_id
                FROM shift_activity a JOIN tool_instance t ON t.id = a.tool_instance_id
                WHERE a.id IN (:ids) AND t.tool_id = 'shifts' ORDER BY a.id DESC
                """).param("ids", ids).query((rs, n) -> work(rs)).list();
    }

    private static org.cocrea.initiatives.DeliveryWork.Work work(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new org.cocrea.initiatives.DeliveryWork.Work(
                ShiftsTool.ID,
                rs.getLong("id"),
                rs.getLong("initiative_id"),
                rs.getString("title"),
                "/shifts/" + rs.getLong("tool_instance_id") + "/activity/" + rs.getLong("id"));
    }

    long countActivities() {
        return jdbc.sql("SELECT COUNT(*) FROM shift_activity").query(Long.class).single();
    }
}
