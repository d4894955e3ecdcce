package org.cocrea.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.PermissionMatrix.Expect;
import org.cocrea.testing.PermissionMatrix.Request;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the shifts tool for each of the seven kinds of person, on an instance of its own in a copy of a demo
 * initiative of two levels: collective (public: anyone signed in signs up) and group (members only). An allowed change
 * checks its effect in the database; every other cell checks that nothing of the instance changed. "LOGIN" is the
 * redirect to the sign-in page. {@link #ROUTES} is derived from the checks.
 */
@WebTest
class ShiftsPermissionMatrixTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    record Case(
            String name,
            long tool,
            long activity,
            long open,
            long started,
            long present,
            Map<Who, String> emails,
            boolean group) {
        boolean reads(Who who) {
            return !group || who == Who.MEMBER || who == Who.FACILITATOR;
        }
    }

    private long shift(long activity, OffsetDateTime start, int hours) {
        jdbc.sql("""
                INSERT INTO shift (activity_id, starts_at, ends_at, place, min_people, max_people, created_at,
                    updated_at)
                VALUES (:a, :s, :e, 'Via Roma 1', 2, 100, :s, :s)
                """)
                .param("a", activity)
                .param("s", start)
                .param("e", start.plusHours(hours))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM shift").query(Long.class).single();
    }

    private Case kase(String title, String citizen, String member, String facilitator, boolean group) {
        TestIdeas.outsiders(jdbc);
        long tool = TestIdeas.newInstance(jdbc, title);
        jdbc.sql("UPDATE tool_instance SET tool_id = 'shifts', phase = 'co-delivery' WHERE id = :t")
                .param("t", tool)
                .update();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO shift_activity (tool_instance_id, title, description, briefing, safety, skills,
                    minors_allowed, created_at, updated_at)
                VALUES (:t, 'Pulizia', '', '', '', '', TRUE, :now, :now)
                """).param("t", tool).param("now", now).update();
        long activity =
                jdbc.sql("SELECT MAX(id) FROM shift_activity").query(Long.class).single();
        long open = shift(activity, now.plusDays(20), 2);
        long started = shift(activity, now.minusHours(1), 4);
        long other = person(TestIdeas.OTHER_CITIZEN);
        jdbc.sql("""
                INSERT INTO shift_signup (shift_id, person_id, status, position, signed_up_at)
                VALUES (:s, :p, 'registered', 1, :now)
                """).param("s", started).param("p", other).param("now", now).update();
        jdbc.sql("UPDATE shift SET next_position = 2 WHERE id = :s")
                .param("s", started)
                .update();
        long present =
                jdbc.sql("SELECT MAX(id) FROM shift_signup").query(Long.class).single();
        var emails = new EnumMap<Who, String>(Who.class);
        emails.put(Who.CITIZEN, citizen);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.MEMBER, member);
        emails.put(Who.FACILITATOR, facilitator);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(title, tool, activity, open, started, present, emails, group);
    }

    private long count(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (Object p : params) {
            q = q.param(p);
        }
        return q.query(Long.class).single();
    }

    private String state(Case c) {
        return jdbc.sql("""
                        SELECT id, title, briefing, minors_allowed FROM shift_activity WHERE tool_instance_id = :t
                        ORDER BY id
                        """).param("t", c.tool()).query().listOfRows()
                + "\n"
                + jdbc.sql("""
                        SELECT s.id, s.starts_at, s.max_people FROM shift s JOIN shift_activity a
                        ON a.id = s.activity_id WHERE a.tool_instance_id = :t ORDER BY s.id
                        """).param("t", c.tool()).query().listOfRows()
                + "\n"
                + jdbc.sql("""
                        SELECT r.id, r.person_id, r.status, r.phone, r.checked_in_at, r.hours, r.hours_revision
                        FROM shift_signup r JOIN shift s ON s.id = r.shift_id JOIN shift_activity a
                        ON a.id = s.activity_id WHERE a.tool_instance_id = :t ORDER BY r.id
                        """).param("t", c.tool()).query().listOfRows();
    }

    interface Effect {
        void verify(Case c, Who who, long me);
    }

    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect)
            implements PermissionMatrix.Row<Case> {}

    private static Expect<Case> read() {
        return (c, who) -> c.reads(who) ? "200" : "404";
    }

    private static Expect<Case> change(String whenAllowed, Who... allowed) {
        var may = List.of(allowed);
        return (c, who) ->
                who == Who.ANONYMOUS ? "LOGIN" : !c.reads(who) ? "404" : may.contains(who) ? whenAllowed : "403";
    }

    private static Expect<Case> anyReader(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.reads(who) ? whenAllowed : "404";
    }

    private static Expect<Case> signedIn(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : whenAllowed;
    }

    private static final String TOOL = "/shifts/{id:\\d+}";
    private static final String ACTIVITY = TOOL + "/activity/{activity:\\d+}";
    private static final String SHIFT = TOOL + "/shift/{shift:\\d+}";

    private static String activity(Case c, String tail) {
        return "/shifts/" + c.tool() + "/activity/" + c.activity() + tail;
    }

    private static String shift(Case c, long shift, String tail) {
        return "/shifts/" + c.tool() + "/shift/" + shift + tail;
    }

    private static MockHttpServletRequestBuilder activityForm(MockHttpServletRequestBuilder r, String title) {
        return r.param("title", title)
                .param("description", "")
                .param("briefing", "Portate i guanti")
                .param("safety", "")
                .param("skills", "")
                .param("minorsAllowed", "yes");
    }

    private String mySignup(Case c, Who who) {
        if (who == Who.ANONYMOUS) {
            return "0";
        }
        return jdbc.sql("SELECT MAX(id) FROM shift_signup WHERE shift_id = :s AND person_id = :p")
                .param("s", c.open())
                .param("p", person(c.emails().get(who)))
                .query(Long.class)
                .optional()
                .map(String::valueOf)
                .orElse("0");
    }

    private List<Check> checks() {
        var r = new ArrayList<Check>();
        r.add(new Check("GET " + TOOL, "list", (c, w) -> get("/shifts/" + c.tool()), read(), null));
        r.add(new Check("GET " + ACTIVITY, "activity", (c, w) -> get(activity(c, "")), read(), null));
        r.add(new Check("GET " + SHIFT, "shift", (c, w) -> get(shift(c, c.open(), "")), read(), null));
        r.add(new Check(
                "GET " + SHIFT, "unknown shift", (c, w) -> get(shift(c, 999_999_999L, "")), (c, w) -> "404", null));
        r.add(new Check(
                "GET " + TOOL + "/new",
                "new form",
                (c, w) -> get("/shifts/" + c.tool() + "/new"),
                change("200", Who.FACILITATOR),
                null));
        r.add(new Check(
                "POST " + TOOL,
                "create",
                (c, w) -> activityForm(post("/shifts/" + c.tool()), "Nuova di " + w),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM shift_activity WHERE tool_instance_id = ? AND title = ?",
                                c.tool(),
                                "Nuova di " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "GET " + ACTIVITY + "/edit",
                "edit form",
                (c, w) -> get(activity(c, "/edit")),
                change("200", Who.FACILITATOR),
                null));
        r.add(new Check(
                "POST " + ACTIVITY + "/edit",
                "edit",
                (c, w) -> activityForm(post(activity(c, "/edit")), "Cambiata da " + w),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM shift_activity WHERE id = ? AND title = ?",
                                c.activity(),
                                "Cambiata da " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + ACTIVITY + "/shifts",
                "add shifts",
                (c, w) -> post(activity(c, "/shifts"))
                        .param("date", LocalDate.now().plusDays(40).toString())
                        .param("startTime", "09:00")
                        .param("endTime", "12:00")
                        .param("place", "Argine del fiume")
                        .param("latitude", "45.47")
                        .param("longitude", "9.2")
                        .param("minPeople", "2")
                        .param("maxPeople", "8")
                        .param("repeatUntil", LocalDate.now().plusDays(54).toString()),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM shift WHERE activity_id = ? AND place = 'Argine del fiume'",
                                c.activity()))
                        .isEqualTo(3)));
        r.add(new Check(
                "POST " + SHIFT + "/signup",
                "sign up",
                (c, w) -> post(shift(c, c.open(), "/signup")).param("phone", "+39 333 000 " + (1000 + w.ordinal())),
                anyReader("302"),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM shift_signup WHERE shift_id = ? AND person_id = ?"
                                        + " AND status = 'registered' AND phone = ?",
                                c.open(),
                                me,
                                "+39 333 000 " + (1000 + w.ordinal())))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + SHIFT + "/cancel",
                "cancel",
                (c, w) -> post(shift(c, c.open(), "/cancel")).param("signup", mySignup(c, w)),
                anyReader("302"),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM shift_signup WHERE shift_id = ? AND person_id = ?", c.open(), me))
                        .isZero()));
        r.add(new Check(
                "POST " + SHIFT + "/attendance",
                "check in",
                (c, w) -> post(shift(c, c.started(), "/attendance"))
                        .param("signup", String.valueOf(c.present()))
                        .param("action", "check-in"),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM shift_signup WHERE id = ? AND checked_in_at IS NOT NULL"
                                        + " AND hours = 4 AND hours_revision = 1",
                                c.present()))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + SHIFT + "/hours",
                "correct hours",
                (c, w) -> post(shift(c, c.started(), "/hours"))
                        .param("signup", String.valueOf(c.present()))
                        .param("hours", "3,5"),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM shift_signup WHERE id = ? AND hours = 3.5 AND hours_revision = 2",
                                c.present()))
                        .isEqualTo(1)));
        r.add(new Check("GET /shifts/mine", "my shifts", (c, w) -> get("/shifts/mine"), signedIn("200"), null));
        r.add(new Check(
                "GET /shifts/mine/certificate.pdf",
                "certificate",
                (c, w) -> get("/shifts/mine/certificate.pdf"),
                signedIn("200"),
                null));
        r.add(new Check(
                "GET /shifts/calendar/{token:[A-Za-z0-9_-]+}.ics",
                "guessed feed",
                (c, w) -> get("/shifts/calendar/" + "A".repeat(43) + ".ics"),
                (c, w) -> "404",
                null));
        r.add(new Check(
                "POST /shifts/mine/calendar",
                "make token",
                (c, w) -> post("/shifts/mine/calendar"),
                signedIn("200"),
                null));
        r.add(new Check(
                "POST /shifts/mine/calendar/revoke",
                "revoke token",
                (c, w) -> post("/shifts/mine/calendar/revoke"),
                signedIn("302"),
                null));
        return r;
    }

    static final Set<String> ROUTES = new ShiftsPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private long person(String email) {
        return count("SELECT id FROM app_user WHERE email = ?", email);
    }

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the shifts")
                .run(
                        c.name(),
                        c,
                        checks(),
                        (check, who, r) ->
                                check.effect().verify(c, who, person(c.emails().get(who))));
    }

    @Test
    void collectiveInitiative() throws Exception {
        assertThat(run(kase(TestIdeas.COLLECTIVE, Demo.PARENT, Demo.CITIZEN, Demo.PARKS_OFFICER, false)))
                .isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        assertThat(run(kase(TestIdeas.GROUP, Demo.CITIZEN, Demo.PARENT, Demo.TEACHER, true)))
                .isEmpty();
    }
}
