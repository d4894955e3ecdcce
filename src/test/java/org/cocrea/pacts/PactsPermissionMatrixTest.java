package org.cocrea.pacts;

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
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.PermissionMatrix.Expect;
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
 * Every route of the pacts tool, for each of the seven kinds of person, in a copy of a demo initiative of each level
 * the tool suits (collective: public; group: members only). Each cell gets a pact of its own in the state the route
 * acts on (a draft by the member, a proposal, a complex pact approved by the office, an active pact), whose parties
 * are the member (an active citizen) and the facilitator (the office's officer). An allowed cell of a changing
 * route checks its effect; every other cell checks that nothing of the instance changed. "LOGIN" is the redirect to
 * the sign-in page; outsiders get 404, readers who may not act 403. {@link #ROUTES} is derived from the checks.
 */
@WebTest
class PactsPermissionMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PactRepository pacts;

    @BeforeEach
    void people() {
        TestPacts.ensurePeople(jdbc);
    }

    record Case(String name, long id, long initiative, Map<Who, String> emails, Set<Who> see) {
        long person(JdbcClient jdbc, Who who) {
            return TestPacts.person(jdbc, emails.get(who));
        }
    }

    private Case kase(String name, String initiative, Map<Who, String> roles, Set<Who> see) {
        long id = TestPacts.newInstance(jdbc, initiative);
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestPacts.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestPacts.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        long initiativeId = jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", id)
                .query(Long.class)
                .single();
        return new Case(name, id, initiativeId, emails, see);
    }

    /** A pact of the case's instance in {@code state}, by the member, with the member and the facilitator as parties. */
    private long pact(Case c, String state, boolean complex, boolean officeApproved) {
        long member = c.person(jdbc, Who.MEMBER);
        long facilitator = c.person(jdbc, Who.FACILITATOR);
        var content = new PactText.Content(
                new PactTerms(
                        complex,
                        "Patto " + state,
                        "green-area",
                        "Il giardino",
                        "line",
                        GoodGeometry.check("line", TestPacts.LINE, null).geojson(),
                        "Obiettivi",
                        "Azioni",
                        LocalDate.now().minusMonths(1),
                        LocalDate.now().plusYears(1),
                        "",
                        List.of("training"),
                        "",
                        6,
                        "Sicurezza",
                        "Revoca"),
                List.of(
                        new Party(member, Party.CITIZEN, "Membro", null),
                        new Party(facilitator, Party.OFFICE, "Facilitatore", "Ufficio")));
        var draft = new PactRules.Draft(content, GoodGeometry.check("line", TestPacts.LINE, null));
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = pacts.insert(c.id(), c.initiative(), draft, "draft", member, now);
        if (state.equals("draft")) {
            return id;
        }
        pacts.state(id, "draft", "proposed", null, now);
        if (officeApproved) {
            pacts.officeApproval(id, facilitator, now);
        }
        if (state.equals("active")) {
            pacts.officeApproval(id, facilitator, now);
            pacts.state(id, "proposed", "active", null, now);
        }
        return id;
    }

    /** Everything of the instance a route may change, as text: compared before and after each cell. */
    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql : List.of(
                "SELECT id, state, title, text_sha256, office_approved_at, act_number, state_reason FROM pact"
                        + " WHERE tool_instance_id = :i ORDER BY id",
                "SELECT pp.pact_id, pp.person_id, pp.role FROM pact_party pp JOIN pact p ON p.id = pp.pact_id"
                        + " WHERE p.tool_instance_id = :i ORDER BY pp.pact_id, pp.person_id",
                "SELECT s.pact_id, s.person_id, s.content_sha256 FROM pact_signature s JOIN pact p ON p.id = s.pact_id"
                        + " WHERE p.tool_instance_id = :i ORDER BY s.id",
                "SELECT r.id, r.hours FROM pact_report r JOIN pact p ON p.id = r.pact_id WHERE p.tool_instance_id = :i"
                        + " ORDER BY r.id")) {
            out.append(jdbc.sql(sql).param("i", c.id()).query().listOfRows()).append('\n');
        }
        return out.toString();
    }

    private String one(String sql, long pact) {
        return String.valueOf(jdbc.sql(sql).param("p", pact).query().listOfRows());
    }

    interface Setup {
        long pact(Case c);
    }

    interface Effect {
        void verify(Case c, Who who, long pact);
    }

    interface Request {
        MockHttpServletRequestBuilder build(Case c, Who who, long pact);
    }

    record Check(String route, String name, Setup setup, Request request, Expect<Case> expect, Effect effect) {}

    private static Expect<Case> read() {
        return (c, who) -> c.see().contains(who) ? "200" : "404";
    }

    private static Expect<Case> everyone() {
        return (c, who) -> "200";
    }

    /** Allowed to {@code allowed} (with {@code ok}); other readers 403 ({@code hidden}: 404); outsiders 404. */
    private static Expect<Case> only(String ok, boolean hidden, Who... allowed) {
        var set = Set.of(allowed);
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : set.contains(who) ? ok : c.see().contains(who) && !hidden ? "403" : "404";
    }

    private static final String ID = "/pacts/{id:\\d+}";
    private static final String ONE = ID + "/{pact:\\d+}";

    private static String path(Case c, long pact, String tail) {
        return "/pacts/" + c.id() + "/" + pact + tail;
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Case c, String title) {
        return TestPacts.form(request, title, c.person(jdbc, Who.MEMBER), c.person(jdbc, Who.FACILITATOR));
    }

    private List<Check> checks() {
        var checks = new ArrayList<Check>();
        Setup none = c -> 0;
        Setup proposed = c -> pact(c, "proposed", false, false);
        checks.add(
                new Check("GET /pacts", "organisation register", none, (c, w, p) -> get("/pacts"), everyone(), null));
        checks.add(new Check(
                "GET /pacts/map.geojson",
                "organisation map",
                none,
                (c, w, p) -> get("/pacts/map.geojson"),
                everyone(),
                null));
        checks.add(new Check("GET " + ID, "register", none, (c, w, p) -> get("/pacts/" + c.id()), read(), null));
        checks.add(new Check(
                "GET " + ID + "/map.geojson",
                "map",
                none,
                (c, w, p) -> get("/pacts/" + c.id() + "/map.geojson"),
                read(),
                null));
        checks.add(new Check(
                "GET " + ID + "/new",
                "new form",
                none,
                (c, w, p) -> get("/pacts/" + c.id() + "/new"),
                only("200", false, Who.MEMBER, Who.FACILITATOR),
                null));
        checks.add(new Check(
                "POST " + ID,
                "propose",
                none,
                (c, w, p) -> form(post("/pacts/" + c.id()), c, "By " + w),
                only("302", false, Who.MEMBER, Who.FACILITATOR),
                (c, w, p) -> assertThat(jdbc.sql("SELECT COUNT(*) FROM pact WHERE tool_instance_id = :i AND title = :t")
                                .param("i", c.id())
                                .param("t", "By " + w)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1)));
        checks.add(new Check("GET " + ONE, "page", proposed, (c, w, p) -> get(path(c, p, "")), read(), null));
        checks.add(new Check(
                "GET " + ONE + "/pact.pdf", "pdf", proposed, (c, w, p) -> get(path(c, p, "/pact.pdf")), read(), null));
        checks.add(new Check(
                "GET " + ONE + "/edit",
                "edit form",
                proposed,
                (c, w, p) -> get(path(c, p, "/edit")),
                only("200", false, Who.MEMBER, Who.FACILITATOR),
                null));
        checks.add(new Check(
                "POST " + ONE + "/edit",
                "edit",
                proposed,
                (c, w, p) -> TestPacts.form(
                        post(path(c, p, "/edit")),
                        "Edited by " + w,
                        c.person(jdbc, Who.MEMBER),
                        c.person(jdbc, Who.FACILITATOR),
                        "shownSha256",
                        TestPacts.sha(jdbc, p)),
                only("302", false, Who.MEMBER, Who.FACILITATOR),
                (c, w, p) -> assertThat(one("SELECT title FROM pact WHERE id = :p", p))
                        .contains("Edited by " + w)));
        checks.add(new Check(
                "POST " + ONE + "/submit",
                "submit a draft",
                c -> pact(c, "draft", false, false),
                (c, w, p) -> post(path(c, p, "/submit")),
                only("302", true, Who.MEMBER, Who.FACILITATOR),
                (c, w, p) -> assertThat(TestPacts.state(jdbc, p)).isEqualTo("proposed")));
        checks.add(new Check(
                "POST " + ONE + "/approve",
                "approve",
                proposed,
                (c, w, p) -> post(path(c, p, "/approve")),
                only("302", false, Who.FACILITATOR),
                (c, w, p) -> assertThat(TestPacts.state(jdbc, p)).isEqualTo("approved")));
        checks.add(new Check(
                "POST " + ONE + "/act",
                "act",
                c -> pact(c, "proposed", true, true),
                (c, w, p) -> post(path(c, p, "/act"))
                        .param("actNumber", "n. 12")
                        .param("actDate", LocalDate.now().toString()),
                only("302", false, Who.FACILITATOR),
                (c, w, p) -> assertThat(one("SELECT state, act_number FROM pact WHERE id = :p", p))
                        .contains("approved")
                        .contains("n. 12")));
        checks.add(new Check(
                "POST " + ONE + "/sign",
                "sign",
                proposed,
                (c, w, p) -> post(path(c, p, "/sign")).param("sha256", TestPacts.sha(jdbc, p)),
                only("302", false, Who.MEMBER, Who.FACILITATOR),
                (c, w, p) -> assertThat(jdbc.sql("SELECT COUNT(*) FROM pact_signature WHERE pact_id = :p AND"
                                        + " person_id = :w")
                                .param("p", p)
                                .param("w", c.person(jdbc, w))
                                .query(Long.class)
                                .single())
                        .isEqualTo(1)));
        checks.add(new Check(
                "POST " + ONE + "/state",
                "suspend",
                c -> pact(c, "active", false, true),
                (c, w, p) -> post(path(c, p, "/state")).param("to", "suspended").param("reason", "Lavori"),
                only("302", false, Who.FACILITATOR),
                (c, w, p) -> assertThat(TestPacts.state(jdbc, p)).isEqualTo("suspended")));
        checks.add(new Check(
                "POST " + ONE + "/reports",
                "report",
                c -> pact(c, "active", false, true),
                (c, w, p) -> post(path(c, p, "/reports"))
                        .param("doneOn", LocalDate.now().toString())
                        .param("body", "Fatto da " + w)
                        .param("hours", "2"),
                only("302", false, Who.MEMBER),
                (c, w, p) -> assertThat(one("SELECT body FROM pact_report WHERE pact_id = :p", p))
                        .contains("Fatto da " + w)));
        return checks;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new PactsPermissionMatrixTest()
            .checksForRoutes().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<Check> checksForRoutes() {
        return checks();
    }

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the pacts")
                .run(c.name(), checks(), (check, who) -> {
                    long pact = check.setup().pact(c);
                    return PermissionMatrix.Cell.changing(
                            check.name(),
                            () -> check.request().build(c, who, pact),
                            check.expect().status(c, who),
                            check.effect() != null,
                            r -> check.effect().verify(c, who, pact));
                });
    }

    @Test
    void collectiveInitiative() throws Exception {
        var c = kase(
                "collective",
                TestPacts.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()));
        assertThat(run(c)).isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        var c = kase(
                "group",
                TestPacts.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR)); // members only, admins included
        assertThat(run(c)).isEmpty();
    }
}
