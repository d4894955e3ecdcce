package org.cocrea.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the decision tool, for each of the seven kinds of person, on a decision of its own in a copy of a
 * demo initiative of each level. The checks run in the decision's life order: the list and a new proposal, the
 * page, positions, a revision, the close, the outcome. An allowed cell of a changing route checks its effect in the
 * database; every other cell checks that nothing of the instance changed. "LOGIN" is the redirect to the sign-in
 * page; outsiders get 404, readers who may not act 403. {@link #ROUTES} is derived from the checks.
 */
@WebTest
class DecisionPermissionMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void people() {
        TestDecisions.ensurePeople(jdbc);
    }

    /** An open consent decision in a copy of a demo initiative; who is who, who sees it, who takes positions. */
    record Case(String name, long id, long decision, Map<Who, String> emails, Set<Who> see, Set<Who> takers) {}

    private Case kase(String name, String initiative, Map<Who, String> roles, Set<Who> see, Set<Who> takers)
            throws Exception {
        var demo = new Demo(users);
        long id = TestDecisions.newInstance(jdbc, initiative);
        mvc.perform(create(post("/decision/" + id), "Proposta").with(csrf()).with(demo.as(roles.get(Who.FACILITATOR))))
                .andExpect(status().isFound());
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestDecisions.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestDecisions.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(name, id, TestDecisions.newest(jdbc, id), emails, see, takers);
    }

    private static MockHttpServletRequestBuilder create(MockHttpServletRequestBuilder request, String title) {
        return request.param("kind", "consent")
                .param("title", title)
                .param("body", "Testo")
                .param("quorumKind", "count")
                .param("quorumValue", "1")
                .param("closesAt", TestDecisions.inAWeek());
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** Everything of the instance a route may change, as text: compared before and after each cell. */
    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql : List.of(
                "SELECT id, title, body, revision, status, outcome, review_on FROM decision WHERE tool_instance_id = :i"
                        + " ORDER BY id",
                """
                SELECT p.person_id, p.position, p.reason, p.revision FROM decision_position p
                JOIN decision d ON d.id = p.decision_id WHERE d.tool_instance_id = :i ORDER BY p.person_id
                """,
                """
                SELECT COUNT(*) FROM decision_position_change p JOIN decision d ON d.id = p.decision_id
                WHERE d.tool_instance_id = :i
                """,
                """
                SELECT r.decision_id, r.revision, r.title FROM decision_revision r JOIN decision d ON d.id = r.decision_id
                WHERE d.tool_instance_id = :i ORDER BY r.decision_id, r.revision
                """)) {
            out.append(jdbc.sql(sql).param("i", c.id()).query().listOfRows()).append('\n');
        }
        return out.toString();
    }

    private String one(Case c, String sql, Object... params) {
        var spec = jdbc.sql(sql).param("d", c.decision());
        for (int i = 0; i < params.length; i++) {
            spec = spec.param("p" + i, params[i]);
        }
        return String.valueOf(spec.query().listOfRows());
    }

    private int revision(Case c) {
        return jdbc.sql("SELECT revision FROM decision WHERE id = :d")
                .param("d", c.decision())
                .query(Integer.class)
                .single();
    }

    /** The position each person takes: not the same for everyone, so one stored for another shows. */
    private static String choice(Who who) {
        return List.of("agree", "abstain", "disagree", "block").get(who.ordinal() % 4);
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

    private static final String ID = "/decision/{id:\\d+}";
    private static final String ONE = ID + "/{decision:\\d+}";

    private List<Check> checks() {
        var checks = new ArrayList<Check>();
        checks.add(new Check("GET " + ID, "list", (c, w) -> get("/decision/" + c.id()), read(), null));
        checks.add(new Check(
                "POST " + ID,
                "new proposal",
                (c, w) -> create(post("/decision/" + c.id()), "By " + w),
                facilitate(),
                (c, w) -> assertThat(
                                jdbc.sql("SELECT COUNT(*) FROM decision WHERE tool_instance_id = :i AND title = :t")
                                        .param("i", c.id())
                                        .param("t", "By " + w)
                                        .query(Long.class)
                                        .single())
                        .isEqualTo(1)));
        checks.add(new Check("GET " + ONE, "page", (c, w) -> get(path(c, "")), read(), null));
        checks.add(new Check(
                "POST " + ONE + "/position",
                "position",
                (c, w) ->
                        post(path(c, "/position")).param("position", choice(w)).param("reason", "Because " + w),
                (c, who) -> who == Who.ANONYMOUS
                        ? "LOGIN"
                        : c.takers().contains(who) ? "302" : c.see().contains(who) ? "403" : "404",
                (c, w) -> assertThat(one(
                                c,
                                "SELECT position, reason FROM decision_position WHERE decision_id = :d AND person_id = :p0",
                                person(c.emails().get(w))))
                        .isEqualTo("[{position=" + choice(w) + ", reason=Because " + w + "}]")));
        checks.add(new Check(
                "POST " + ONE + "/revise",
                "revise",
                (c, w) -> post(path(c, "/revise"))
                        .param("revision", String.valueOf(revision(c)))
                        .param("title", "Revised by " + w)
                        .param("body", "Nuovo testo")
                        .param("note", "Cambiato"),
                facilitate(),
                (c, w) -> assertThat(one(c, "SELECT title, revision FROM decision WHERE id = :d"))
                        .isEqualTo("[{title=Revised by " + w + ", revision=2}]")));
        checks.add(new Check(
                "POST " + ONE + "/close",
                "close",
                (c, w) -> post(path(c, "/close")),
                facilitate(),
                (c, w) -> assertThat(one(c, "SELECT status FROM decision WHERE id = :d"))
                        .isEqualTo("[{status=closed}]")));
        checks.add(new Check(
                "POST " + ONE + "/outcome",
                "outcome",
                (c, w) -> post(path(c, "/outcome"))
                        .param("outcome", "Deciso da " + w)
                        .param("reviewOn", LocalDate.now().plusMonths(3).toString()),
                facilitate(),
                (c, w) -> assertThat(one(c, "SELECT outcome FROM decision WHERE id = :d"))
                        .isEqualTo("[{outcome=Deciso da " + w + "}]")));
        return checks;
    }

    private static String path(Case c, String tail) {
        return "/decision/" + c.id() + "/" + c.decision() + tail;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new DecisionPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the decision")
                .run(c.name(), c, checks(), (check, who, r) -> check.effect().verify(c, who));
    }

    @Test
    void collectiveInitiative() throws Exception {
        var c = kase(
                "collective",
                TestDecisions.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()),
                Set.of(Who.MEMBER, Who.FACILITATOR));
        assertThat(run(c)).isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        var c = kase(
                "group",
                TestDecisions.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR), // members only, admins included
                Set.of(Who.MEMBER, Who.FACILITATOR));
        assertThat(run(c)).isEmpty();
    }

    @Test
    void individualInitiative() throws Exception {
        // A care team decides too: the citizen, their proxy (with the citizen's consent) and the social worker.
        var c = kase(
                "individual",
                TestDecisions.INDIVIDUAL,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.SOCIAL_WORKER),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR));
        assertThat(run(c)).isEmpty();
    }
}
