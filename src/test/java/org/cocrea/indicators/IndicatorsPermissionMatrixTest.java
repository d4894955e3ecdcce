package org.cocrea.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
 * Every route of the rating tool, for each of the seven kinds of person, on a rating of its own in a copy of a demo
 * initiative of each level it suits. Rating is open to every signed-in person who may read the initiative (whose
 * acts count: all of these have confirmed addresses); publishing to the facilitators. An allowed cell of a changing
 * route checks its effect in the database; every other cell checks that nothing of the instance changed. "LOGIN" is
 * the redirect to the sign-in page; outsiders get 404, readers who may not act 403. {@link #ROUTES} is derived from
 * the checks.
 */
/**
 * Every route of the indicators tool, for each of the seven kinds of person, on an indicator of its own in a copy of
 * a demo initiative of each level. Whoever may read the instance reads the indicators; facilitators define them,
 * record readings and take one from a measure source. In the individual initiative the indicator reads the plans'
 * mean GAS T-score (a plan with a scored goal is added to the copy), so "take a reading now" stores one; elsewhere no
 * module offers a measure yet and the facilitator is told so (422). An allowed cell of a changing route checks its
 * effect in the database; every other cell checks that nothing of the instance changed. {@link #ROUTES} is derived
 * from the checks.
 */
@WebTest
class IndicatorsPermissionMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void people() {
        TestIndicators.ensurePeople(jdbc);
    }

    record Case(String name, long id, long indicator, boolean measured, Map<Who, String> emails, Set<Who> see) {}

    private Case kase(String name, String initiative, Map<Who, String> roles, Set<Who> see, boolean measured) {
        long id = TestIndicators.newInstance(jdbc, initiative);
        long copy = TestIndicators.initiativeOf(jdbc, id);
        if (measured) {
            TestIndicators.scoredPlan(jdbc, copy);
        }
        jdbc.sql("""
                INSERT INTO indicator (tool_instance_id, objective, name, unit, direction, baseline_value, baseline_on,
                    target_value, target_on, source, method, measure_key, created_at)
                VALUES (:i, 'effectiveness', 'Matrice', 'punti', 'higher', 40, DATE '2025-01-01', 60, DATE '2027-01-01',
                    '', '', :key, CURRENT_TIMESTAMP)
                """)
                .param("i", id)
                .param("key", measured ? "plans:gas:" + copy : null)
                .update();
        long indicator = jdbc.sql("SELECT MAX(id) FROM indicator WHERE tool_instance_id = :i")
                .param("i", id)
                .query(Long.class)
                .single();
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestIndicators.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestIndicators.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(name, id, indicator, measured, emails, see);
    }

    private String state(Case c) {
        return jdbc.sql("SELECT id, name, objective FROM indicator WHERE tool_instance_id = :i ORDER BY id")
                        .param("i", c.id())
                        .query()
                        .listOfRows()
                + "\n"
                + jdbc.sql("""
                        SELECT r.id, r.reading_value, r.note, r.source_key FROM indicator_reading r
                        JOIN indicator i ON i.id = r.indicator_id WHERE i.tool_instance_id = :i ORDER BY r.id
                        """).param("i", c.id()).query().listOfRows();
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

    private static Expect<Case> facilitate() {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR ? "302" : c.see().contains(who) ? "403" : "404";
    }

    private static final String ID = "/indicators/{id:\\d+}";
    private static final String ONE = ID + "/{indicator:\\d+}";

    private List<Check> checks() {
        var checks = new ArrayList<Check>();
        checks.add(new Check("GET " + ID, "list", (c, w) -> get("/indicators/" + c.id()), read(), null));
        checks.add(new Check(
                "POST " + ID,
                "new indicator",
                (c, w) -> post("/indicators/" + c.id())
                        .param("objective", "effectiveness")
                        .param("name", "By " + w)
                        .param("unit", "punti")
                        .param("direction", "lower")
                        .param("baseline", "10")
                        .param("baselineOn", "2026-01-01")
                        .param("target", "4,5")
                        .param("targetOn", "2026-12-31")
                        .param("source", "")
                        .param("method", "")
                        .param("measure", ""),
                facilitate(),
                (c, w) -> assertThat(count(
                                "SELECT COUNT(*) FROM indicator WHERE tool_instance_id = :p0 AND name = :p1",
                                c.id(),
                                "By " + w))
                        .isEqualTo(1)));
        checks.add(new Check("GET " + ONE, "page", (c, w) -> get(path(c, "")), read(), null));
        checks.add(new Check(
                "POST " + ONE + "/readings",
                "reading",
                (c, w) -> post(path(c, "/readings"))
                        .param("value", "50")
                        .param("on", "2026-01-02")
                        .param("note", "By " + w),
                facilitate(),
                (c, w) -> assertThat(count(
                                "SELECT COUNT(*) FROM indicator_reading WHERE indicator_id = :p0 AND note = :p1"
                                        + " AND progress = 50",
                                c.indicator(),
                                "By " + w))
                        .isEqualTo(1)));
        checks.add(new Check(
                "POST " + ONE + "/take",
                "take a reading",
                (c, w) -> post(path(c, "/take")),
                (c, who) -> who == Who.FACILITATOR && !c.measured()
                        ? "422"
                        : facilitate().status(c, who),
                (c, w) -> assertThat(count(
                                "SELECT COUNT(*) FROM indicator_reading WHERE indicator_id = :p0 AND source_key = :p1"
                                        + " AND people = 1",
                                c.indicator(),
                                "plans:gas:" + TestIndicators.initiativeOf(jdbc, c.id())))
                        .isEqualTo(1)));
        return checks;
    }

    private static String path(Case c, String tail) {
        return "/indicators/" + c.id() + "/" + c.indicator() + tail;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new IndicatorsPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the indicators")
                .allowed("302")
                .run(c.name(), c, checks(), (check, who, r) -> check.effect().verify(c, who));
    }

    @Test
    void collectiveInitiative() throws Exception {
        var c = kase(
                "collective",
                TestIndicators.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()),
                false);
        assertThat(run(c)).isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        var c = kase(
                "group",
                TestIndicators.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR),
                false);
        assertThat(run(c)).isEmpty();
    }

    @Test
    void individualInitiative() throws Exception {
        // The care team: the citizen, their proxy (with the citizen's consent) and the social worker.
        var c = kase(
                "individual",
                TestIndicators.INDIVIDUAL,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.SOCIAL_WORKER),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR),
                true);
        assertThat(run(c)).isEmpty();
    }
}
