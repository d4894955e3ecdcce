package org.cocrea.tracking;

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
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.PermissionMatrix.Expect;
import org.cocrea.testing.PermissionMatrix.Request;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every route of the tracking tool, for each of the seven kinds of person, on an instance of its own in a copy of the
 * collective and the group demo initiative, with a closed budget whose funded project may be imported and a result
 * with a milestone. An allowed cell of a changing route checks its effect in the database; every other cell checks
 * that nothing of the instance changed. "LOGIN" is the redirect to the sign-in page; outsiders get 404, readers who
 * may not act 403. The organisation-wide page and its exports are open data: 200 for everyone. {@link #ROUTES} is
 * derived from the checks.
 */
@WebTest
class TrackingPermissionMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void people() {
        TestTracking.ensurePeople(jdbc);
    }

    record Case(
            String name,
            long id,
            long result,
            long milestone,
            List<Long> projects,
            Map<Who, String> emails,
            Set<Who> see) {}

    private Case kase(String name, String initiative, Map<Who, String> roles, Set<Who> see) {
        long[] created = TestTracking.newInstance(jdbc, initiative);
        var projects = TestTracking.closedBudget(jdbc, created[1], roles.get(Who.MEMBER));
        long[] result = TestTracking.result(jdbc, created[0], "Risultato " + name);
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestTracking.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestTracking.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(name, created[0], result[0], result[1], projects, emails, see);
    }

    /** Everything of the instance a route may change, as text: compared before and after each cell. */
    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql : List.of("""
                SELECT id, title, status, progress, spent_cents, cancel_reason, source_kind, source_id
                FROM tracked_result WHERE tool_instance_id = :i ORDER BY id
                """, """
                SELECT m.id, m.title, m.planned_on, m.done_on FROM tracked_milestone m
                JOIN tracked_result r ON r.id = m.result_id WHERE r.tool_instance_id = :i ORDER BY m.id
                """, """
                SELECT u.id, u.body, u.progress FROM tracked_update u
                JOIN tracked_result r ON r.id = u.result_id WHERE r.tool_instance_id = :i ORDER BY u.id
                """, """
                SELECT l.tool_id, l.item_id FROM tracked_link l
                JOIN tracked_result r ON r.id = l.result_id WHERE r.tool_instance_id = :i
                """)) {
            out.append(jdbc.sql(sql).param("i", c.id()).query().listOfRows()).append('\n');
        }
        return out.toString();
    }

    private long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param("p" + i, params[i]);
        }
        return spec.query(Long.class).single();
    }

    interface Effect {
        void verify(Case c, Who who);
    }

    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect)
            implements PermissionMatrix.Row<Case> {}

    private static Expect<Case> read() {
        return (c, who) -> c.see().contains(who) ? "200" : "404";
    }

    private static Expect<Case> open() {
        return (c, who) -> "200";
    }

    private static Expect<Case> manage(String allowed) {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR ? allowed : c.see().contains(who) ? "403" : "404";
    }

    private static final String ID = "/tracking/{id:\\d+}";
    private static final String ONE = ID + "/{result:\\d+}";

    private List<Check> checks() {
        var checks = new ArrayList<Check>();
        checks.add(new Check("GET " + ID, "page", (c, w) -> get("/tracking/" + c.id()), read(), null));
        checks.add(new Check(
                "GET " + ID + "/export.csv",
                "csv",
                (c, w) -> get("/tracking/" + c.id() + "/export.csv"),
                read(),
                null));
        checks.add(new Check(
                "GET " + ID + "/export.json",
                "json",
                (c, w) -> get("/tracking/" + c.id() + "/export.json"),
                read(),
                null));
        checks.add(new Check("GET /tracking", "overview", (c, w) -> get("/tracking"), open(), null));
        checks.add(new Check(
                "GET /tracking/export.csv", "overview csv", (c, w) -> get("/tracking/export.csv"), open(), null));
        checks.add(new Check(
                "GET /tracking/export.json", "overview json", (c, w) -> get("/tracking/export.json"), open(), null));
        checks.add(new Check(
                "POST " + ID + "/import",
                "import",
                (c, w) -> post("/tracking/" + c.id() + "/import")
                        .param("source", "budget:" + c.projects().get(0)),
                manage("302"),
                (c, w) -> assertThat(count(
                                "SELECT COUNT(*) FROM tracked_result WHERE source_kind = 'budget' AND source_id = :p0",
                                c.projects().get(0)))
                        .isEqualTo(1)));
        checks.add(new Check(
                "POST " + ID + "/results",
                "add by hand",
                (c, w) -> post("/tracking/" + c.id() + "/results")
                        .param("title", "By " + w)
                        .param("description", "")
                        .param("budget", "1000"),
                manage("302"),
                (c, w) -> assertThat(count(
                                "SELECT COUNT(*) FROM tracked_result WHERE tool_instance_id = :p0 AND title = :p1",
                                c.id(),
                                "By " + w))
                        .isEqualTo(1)));
        checks.add(new Check("GET " + ONE, "result", (c, w) -> get(path(c, "")), read(), null));
        checks.add(new Check(
                "POST " + ONE + "/progress",
                "progress",
                (c, w) -> post(path(c, "/progress"))
                        .param("status", "in-progress")
                        .param("progress", String.valueOf(10 + w.ordinal()))
                        .param("spent", "100")
                        .param("reason", "")
                        .param("body", "Avanti " + w),
                manage("302"),
                (c, w) -> assertThat(count(
                                "SELECT COUNT(*) FROM tracked_result WHERE id = :p0 AND progress = :p1",
                                c.result(),
                                10 + w.ordinal()))
                        .isEqualTo(1)));
        checks.add(new Check(
                "POST " + ONE + "/milestones",
                "milestone",
                (c, w) -> post(path(c, "/milestones"))
                        .param("title", "Tappa " + w)
                        .param("plannedOn", LocalDate.now().plusDays(10).toString()),
                manage("302"),
                (c, w) -> assertThat(count(
                                "SELECT COUNT(*) FROM tracked_milestone WHERE result_id = :p0 AND title = :p1",
                                c.result(),
                                "Tappa " + w))
                        .isEqualTo(1)));
        checks.add(new Check(
                "POST " + ONE + "/milestones/{milestone:\\d+}",
                "reached",
                (c, w) -> post(path(c, "/milestones/" + c.milestone()))
                        .param("doneOn", LocalDate.now().minusDays(1).toString()),
                manage("302"),
                (c, w) -> assertThat(count(
                                "SELECT COUNT(*) FROM tracked_milestone WHERE id = :p0 AND done_on IS NOT NULL",
                                c.milestone()))
                        .isEqualTo(1)));
        // No tool offers delivery work on this branch: the facilitator's link is refused (422), nothing stored.
        checks.add(new Check(
                "POST " + ONE + "/links",
                "link",
                (c, w) -> post(path(c, "/links")).param("work", "shifts:1"),
                manage("422"),
                null));
        return checks;
    }

    private static String path(Case c, String tail) {
        return "/tracking/" + c.id() + "/" + c.result() + tail;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new TrackingPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the instance")
                .allowed("302")
                .run(c.name(), c, checks(), (check, who, r) -> check.effect().verify(c, who));
    }

    @Test
    void collectiveInitiative() throws Exception {
        var c = kase(
                "collective",
                TestTracking.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()));
        assertThat(run(c)).isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        var c = kase(
                "group",
                TestTracking.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR)); // members only, admins included
        assertThat(run(c)).isEmpty();
    }
}
