package org.cocrea.rating;

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
@WebTest
class RatingPermissionMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void people() {
        TestRatings.ensurePeople(jdbc);
    }

    record Case(String name, long id, Map<Who, String> emails, Set<Who> see) {}

    private Case kase(String name, String initiative, Map<Who, String> roles, Set<Who> see) {
        long id = TestRatings.newInstance(jdbc, initiative);
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestRatings.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestRatings.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(name, id, emails, see);
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private String state(Case c) {
        return jdbc.sql("""
                        SELECT person_id, rated_on, score, reason FROM rating WHERE tool_instance_id = :i
                        ORDER BY person_id, rated_on
                        """).param("i", c.id()).query().listOfRows()
                + "\n"
                + jdbc.sql("SELECT published, compare_on FROM rating_settings WHERE tool_instance_id = :i")
                        .param("i", c.id())
                        .query()
                        .listOfRows();
    }

    private String mine(Case c, Who who) {
        return String.valueOf(
                jdbc.sql("SELECT score, reason FROM rating WHERE tool_instance_id = :i AND person_id = :p")
                        .param("i", c.id())
                        .param("p", person(c.emails().get(who)))
                        .query()
                        .listOfRows());
    }

    interface Effect {
        void verify(Case c, Who who);
    }

    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect)
            implements PermissionMatrix.Row<Case> {}

    private static Expect<Case> read() {
        return (c, who) -> c.see().contains(who) ? "200" : "404";
    }

    private static Expect<Case> rate() {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.see().contains(who) ? "302" : "404";
    }

    private static Expect<Case> facilitate() {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR ? "302" : c.see().contains(who) ? "403" : "404";
    }

    private static final String ID = "/rating/{id:\\d+}";

    private List<Check> checks() {
        var checks = new ArrayList<Check>();
        checks.add(new Check("GET " + ID, "page", (c, w) -> get("/rating/" + c.id()), read(), null));
        checks.add(new Check(
                "POST " + ID,
                "rate",
                (c, w) -> post("/rating/" + c.id()).param("score", "negative"),
                rate(),
                (c, w) -> assertThat(mine(c, w)).isEqualTo("[{score=-1, reason=null}]")));
        checks.add(new Check(
                "POST " + ID + "/reason",
                "reason",
                (c, w) -> post("/rating/" + c.id() + "/reason").param("reason", "Perché " + w),
                rate(),
                (c, w) -> assertThat(mine(c, w)).isEqualTo("[{score=-1, reason=Perché " + w + "}]")));
        checks.add(new Check(
                "POST " + ID + "/publish",
                "publish",
                (c, w) -> post("/rating/" + c.id() + "/publish").param("published", "yes"),
                facilitate(),
                (c, w) -> assertThat(jdbc.sql("SELECT published FROM rating_settings WHERE tool_instance_id = :i")
                                .param("i", c.id())
                                .query(Boolean.class)
                                .single())
                        .isTrue()));
        checks.add(new Check(
                "POST " + ID + "/compare",
                "compare",
                (c, w) -> post("/rating/" + c.id() + "/compare").param("compareOn", "2026-05-04"),
                facilitate(),
                (c, w) -> assertThat(jdbc.sql("SELECT compare_on FROM rating_settings WHERE tool_instance_id = :i")
                                .param("i", c.id())
                                .query(java.time.LocalDate.class)
                                .single())
                        .isEqualTo(java.time.LocalDate.of(2026, 5, 4))));
        return checks;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new RatingPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the rating")
                .allowed("302")
                .run(c.name(), c, checks(), (check, who, r) -> check.effect().verify(c, who));
    }

    @Test
    void collectiveInitiative() throws Exception {
        var c = kase(
                "collective",
                TestRatings.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()));
        assertThat(run(c)).isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        var c = kase(
                "group",
                TestRatings.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR)); // members only, admins included
        assertThat(run(c)).isEmpty();
    }
}
