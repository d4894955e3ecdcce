package org.cocrea.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
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
 * Every route of the meetings tool for each of the seven kinds of person, on an instance of its own in a copy of a
 * demo initiative of two levels: collective (public: anyone signed in registers) and group (members only). An
 * allowed change checks its effect in the database; every other cell checks that nothing of the instance changed.
 * "LOGIN" is the redirect to the sign-in page. {@link #ROUTES} is derived from the checks.
 */
@WebTest
class MeetingsPermissionMatrixTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    record Case(
            String name, long tool, long initiative, long open, long toCancel, Map<Who, String> emails, boolean group) {
        boolean reads(Who who) {
            return !group || who == Who.MEMBER || who == Who.FACILITATOR;
        }
    }

    private long meeting(long tool, String title) {
        var start = LocalDate.now()
                .plusDays(20)
                .atTime(10, 0)
                .atZone(CalendarsTest.ROME)
                .toOffsetDateTime();
        jdbc.sql("""
                INSERT INTO meeting (tool_instance_id, title, description, kind, address, starts_at, ends_at, agenda,
                    capacity, question, created_at, updated_at)
                VALUES (:t, :title, '', 'in-person', 'Via Roma 1', :s, :e, '', 100, 'Perché?', :s, :s)
                """)
                .param("t", tool)
                .param("title", title)
                .param("s", start)
                .param("e", start.plusHours(2))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM meeting").query(Long.class).single();
    }

    private Case kase(String title, String citizen, String member, String facilitator, boolean group) {
        TestIdeas.outsiders(jdbc);
        long tool = TestIdeas.newInstance(jdbc, title);
        jdbc.sql("UPDATE tool_instance SET tool_id = 'meetings' WHERE id = :t")
                .param("t", tool)
                .update();
        long initiative = jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :t")
                .param("t", tool)
                .query(Long.class)
                .single();
        var emails = new EnumMap<Who, String>(Who.class);
        emails.put(Who.CITIZEN, citizen);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.MEMBER, member);
        emails.put(Who.FACILITATOR, facilitator);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(title, tool, initiative, meeting(tool, "Aperto"), meeting(tool, "Da annullare"), emails, group);
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
                        SELECT id, title, cancelled_at, minutes, sequence FROM meeting WHERE tool_instance_id = :t
                        ORDER BY id
                        """).param("t", c.tool()).query().listOfRows()
                + "\n"
                + jdbc.sql("""
                        SELECT r.meeting_id, r.person_id, r.status, r.attended, r.answer FROM meeting_registration r
                        JOIN meeting m ON m.id = r.meeting_id WHERE m.tool_instance_id = :t ORDER BY r.id
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

    private static final String TOOL = "/meetings/{id:\\d+}";
    private static final String MEETING = TOOL + "/meeting/{meeting:\\d+}";

    private static String at(Case c, long meeting, String tail) {
        return "/meetings/" + c.tool() + "/meeting/" + meeting + tail;
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder r, String title) {
        String day = LocalDate.now().plusDays(30).toString();
        return r.param("title", title)
                .param("description", "")
                .param("kind", "in-person")
                .param("address", "Via Verdi 3")
                .param("latitude", "")
                .param("longitude", "")
                .param("onlineLink", "")
                .param("startDate", day)
                .param("startTime", "17:00")
                .param("endDate", day)
                .param("endTime", "19:00")
                .param("agenda", "")
                .param("capacity", "20")
                .param("question", "");
    }

    private List<Check> checks() {
        var r = new ArrayList<Check>();
        r.add(new Check("GET " + TOOL, "list", (c, w) -> get("/meetings/" + c.tool()), read(), null));
        r.add(new Check("GET " + MEETING, "meeting", (c, w) -> get(at(c, c.open(), "")), read(), null));
        r.add(new Check("GET " + MEETING + ".ics", "ics", (c, w) -> get(at(c, c.open(), ".ics")), read(), null));
        r.add(new Check(
                "GET " + MEETING, "unknown meeting", (c, w) -> get(at(c, 999_999_999L, "")), (c, w) -> "404", null));
        r.add(new Check(
                "GET " + TOOL + "/new",
                "new form",
                (c, w) -> get("/meetings/" + c.tool() + "/new"),
                change("200", Who.FACILITATOR),
                null));
        r.add(new Check(
                "POST " + TOOL,
                "create",
                (c, w) -> form(post("/meetings/" + c.tool()), "Nuovo di " + w),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM meeting WHERE tool_instance_id = ? AND title = ?",
                                c.tool(),
                                "Nuovo di " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "GET " + MEETING + "/edit",
                "edit form",
                (c, w) -> get(at(c, c.open(), "/edit")),
                change("200", Who.FACILITATOR),
                null));
        r.add(new Check(
                "POST " + MEETING + "/edit",
                "edit",
                (c, w) -> form(post(at(c, c.open(), "/edit")), "Cambiato da " + w),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM meeting WHERE id = ? AND title = ? AND sequence = 1",
                                c.open(),
                                "Cambiato da " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + MEETING + "/register",
                "register",
                (c, w) -> post(at(c, c.open(), "/register")).param("answer", "Risposta di " + w),
                anyReader("302"),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND person_id = ?"
                                        + " AND status = 'registered' AND answer = ?",
                                c.open(),
                                me,
                                "Risposta di " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + MEETING + "/attendance",
                "attendance",
                (c, w) -> post(at(c, c.open(), "/attendance")),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND attended = FALSE",
                                c.open()))
                        .isPositive()));
        r.add(new Check(
                "POST " + MEETING + "/unregister",
                "unregister",
                (c, w) -> post(at(c, c.open(), "/unregister")),
                anyReader("302"),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND person_id = ?",
                                c.open(),
                                me))
                        .isZero()));
        r.add(new Check(
                "POST " + MEETING + "/minutes",
                "minutes",
                (c, w) -> post(at(c, c.open(), "/minutes")).param("minutes", "Verbale di " + w),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM meeting WHERE id = ? AND minutes = ?",
                                c.open(),
                                "Verbale di " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + MEETING + "/cancel",
                "cancel",
                (c, w) -> post(at(c, c.toCancel(), "/cancel")),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM meeting WHERE id = ? AND cancelled_at IS NOT NULL", c.toCancel()))
                        .isEqualTo(1)));
        r.add(new Check(
                "GET /meetings/initiative/{initiative:\\d+}/calendar.ics",
                "initiative feed",
                (c, w) -> get("/meetings/initiative/" + c.initiative() + "/calendar.ics"),
                (c, w) -> c.group() ? "404" : "200",
                null));
        r.add(new Check(
                "GET /meetings/calendar/{token:[A-Za-z0-9_-]+}.ics",
                "guessed feed",
                (c, w) -> get("/meetings/calendar/" + "A".repeat(43) + ".ics"),
                (c, w) -> "404",
                null));
        r.add(new Check(
                "GET /meetings/calendar", "my calendar", (c, w) -> get("/meetings/calendar"), signedIn("200"), null));
        r.add(new Check(
                "POST /meetings/calendar", "make token", (c, w) -> post("/meetings/calendar"), signedIn("200"), null));
        r.add(new Check(
                "POST /meetings/calendar/revoke",
                "revoke token",
                (c, w) -> post("/meetings/calendar/revoke"),
                signedIn("302"),
                null));
        return r;
    }

    static final Set<String> ROUTES = new MeetingsPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private long person(String email) {
        return count("SELECT id FROM app_user WHERE email = ?", email);
    }

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the meetings")
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
