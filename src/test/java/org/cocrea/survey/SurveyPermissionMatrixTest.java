package org.cocrea.survey;

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
 * Every route of the survey tool, for each of the seven kinds of person, on a survey of its own in a copy of a demo
 * initiative of each level, in the survey's life order: created, built, opened, answered, its results read,
 * published and closed. An allowed cell of a changing route checks its effect in the database; every other cell
 * checks that nothing of the survey changed. "LOGIN" is the redirect to the sign-in page; outsiders get 404, readers
 * who may not act 403. {@link #ROUTES} is derived from the checks.
 */
@WebTest
class SurveyPermissionMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void people() {
        TestSurveys.ensurePeople(jdbc);
    }

    record Case(String name, long id, Map<Who, String> emails, Set<Who> see, Set<Who> answerers) {}

    private Case kase(String name, String initiative, Map<Who, String> roles, Set<Who> see, Set<Who> answerers) {
        long id = TestSurveys.newInstance(jdbc, initiative);
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestSurveys.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestSurveys.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        // the initiative's budget has issued a code for each kind of person, which the settings switch on
        TestSurveys.issueCodes(
                jdbc,
                id,
                java.util.Arrays.stream(Who.values())
                        .map(SurveyPermissionMatrixTest::code)
                        .toArray(String[]::new));
        return new Case(name, id, emails, see, answerers);
    }

    /** A voting code of its own for each kind of person (digits 2-9 only, as codes have). */
    static String code(Who who) {
        return "KMNPQ-2345" + "23456789".charAt(who.ordinal());
    }

    /** Everything of the survey a route may change, as text: compared before and after each cell. */
    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql : List.of(
                "SELECT title, status, anonymous, results_published, codes FROM survey WHERE tool_instance_id = :i",
                "SELECT answers FROM survey_code_draft WHERE tool_instance_id = :i ORDER BY answers",
                "SELECT id, position, kind, text FROM survey_item WHERE tool_instance_id = :i ORDER BY id",
                "SELECT person_id, answers FROM survey_draft WHERE tool_instance_id = :i ORDER BY person_id",
                "SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i")) {
            out.append(jdbc.sql(sql).param("i", c.id()).query().listOfRows()).append('\n');
        }
        return out.toString();
    }

    private String one(Case c, String sql) {
        return String.valueOf(jdbc.sql(sql).param("i", c.id()).query().listOfRows());
    }

    private long first(Case c) {
        return TestSurveys.items(jdbc, c.id()).get(0);
    }

    private long last(Case c) {
        var items = TestSurveys.items(jdbc, c.id());
        return items.get(items.size() - 1);
    }

    /** The short question every case adds first, which people answer. */
    private long shortQuestion(Case c) {
        return jdbc.sql("SELECT MIN(id) FROM survey_item WHERE tool_instance_id = :i AND kind = 'short'")
                .param("i", c.id())
                .query(Long.class)
                .single();
    }

    interface Effect {
        void verify(Case c, Who who);
    }

    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect) {}

    private static Expect<Case> read() {
        return (c, who) -> c.see().contains(who) ? "200" : "404";
    }

    /** Facilitators only: the others who see the survey are refused, outsiders do not learn it exists. */
    private static Expect<Case> facilitate(String allowed) {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR ? allowed : c.see().contains(who) ? "403" : "404";
    }

    /** A route open to anonymous readers where the survey is public, whose content is the facilitators' for now. */
    private static Expect<Case> facilitatorsRead(String refused) {
        return (c, who) -> who == Who.FACILITATOR ? "200" : c.see().contains(who) ? refused : "404";
    }

    private static final String ID = "/survey/{id:\\d+}";
    private static final String QUESTION = ID + "/questions/{question:\\d+}";

    private List<Check> checks() {
        var checks = new ArrayList<Check>();
        checks.add(new Check("GET " + ID, "page before", (c, w) -> get("/survey/" + c.id()), read(), null));
        checks.add(new Check(
                "POST " + ID,
                "create",
                (c, w) -> post("/survey/" + c.id())
                        .param("title", "Creato da " + w)
                        .param("anonymous", "yes")
                        .param("opensAt", TestSurveys.in(-1))
                        .param("closesAt", TestSurveys.in(24 * 7)),
                facilitate("302"),
                (c, w) -> assertThat(one(c, "SELECT title, status FROM survey WHERE tool_instance_id = :i"))
                        .contains("Creato da FACILITATOR")
                        .contains("draft")));
        checks.add(new Check(
                "GET " + ID + "/edit",
                "editor",
                (c, w) -> get("/survey/" + c.id() + "/edit"),
                facilitate("200"),
                null));
        checks.add(new Check(
                "POST " + ID + "/questions",
                "add a question",
                (c, w) -> post("/survey/" + c.id() + "/questions")
                        .param("kind", "short")
                        .param("text", "Domanda di " + w),
                facilitate("302"),
                (c, w) -> assertThat(one(c, "SELECT text FROM survey_item WHERE tool_instance_id = :i"))
                        .contains("Domanda di FACILITATOR")));
        checks.add(new Check(
                "POST " + ID + "/template",
                "add a template",
                (c, w) -> post("/survey/" + c.id() + "/template").param("template", "coproduction"),
                facilitate("302"),
                (c, w) -> assertThat(TestSurveys.count(
                                jdbc, "SELECT COUNT(*) FROM survey_item WHERE tool_instance_id = :i", c.id()))
                        .isEqualTo(7)));
        checks.add(new Check(
                "POST " + ID + "/bulk",
                "add several",
                (c, w) -> post("/survey/" + c.id() + "/bulk")
                        .param("kind", "long")
                        .param("lines", "Uno di " + w + "\nDue"),
                facilitate("302"),
                (c, w) -> assertThat(one(c, "SELECT text FROM survey_item WHERE tool_instance_id = :i"))
                        .contains("Uno di FACILITATOR")));
        checks.add(new Check(
                "GET " + QUESTION,
                "question page",
                (c, w) -> get("/survey/" + c.id() + "/questions/" + first(c)),
                facilitate("200"),
                null));
        checks.add(new Check(
                "POST " + QUESTION,
                "change a question",
                (c, w) -> post("/survey/" + c.id() + "/questions/" + last(c))
                        .param("kind", "long")
                        .param("text", "Cambiata da " + w),
                facilitate("302"),
                (c, w) -> assertThat(one(c, "SELECT text FROM survey_item WHERE tool_instance_id = :i"))
                        .contains("Cambiata da FACILITATOR")));
        checks.add(new Check(
                "POST " + QUESTION + "/move",
                "move a question",
                (c, w) -> post("/survey/" + c.id() + "/questions/" + last(c) + "/move")
                        .param("direction", "up"),
                facilitate("302"),
                null));
        checks.add(new Check(
                "POST " + QUESTION + "/delete",
                "delete a question",
                (c, w) -> post("/survey/" + c.id() + "/questions/" + first(c) + "/delete"),
                facilitate("302"),
                null));
        checks.add(new Check(
                "POST " + ID + "/settings",
                "settings",
                (c, w) -> post("/survey/" + c.id() + "/settings")
                        .param("title", "Impostato da " + w)
                        .param("anonymous", "yes")
                        .param("opensAt", TestSurveys.in(-1))
                        .param("closesAt", TestSurveys.in(24 * 7))
                        .param("codes", "yes"),
                facilitate("302"),
                (c, w) -> assertThat(one(c, "SELECT title, codes FROM survey WHERE tool_instance_id = :i"))
                        .contains("Impostato da FACILITATOR")
                        .containsIgnoringCase("true")));
        checks.add(new Check(
                "POST " + ID + "/open",
                "open",
                (c, w) -> post("/survey/" + c.id() + "/open"),
                facilitate("302"),
                (c, w) -> assertThat(one(c, "SELECT status FROM survey WHERE tool_instance_id = :i"))
                        .contains("open")));
        checks.add(new Check("GET " + ID, "page open", (c, w) -> get("/survey/" + c.id()), read(), null));
        checks.add(new Check(
                "GET " + ID + "/answer",
                "answer page",
                (c, w) -> get("/survey/" + c.id() + "/answer"),
                (c, who) -> who == Who.ANONYMOUS
                        ? "LOGIN"
                        : c.answerers().contains(who) ? "200" : c.see().contains(who) ? "403" : "404",
                null));
        checks.add(new Check(
                "POST " + ID + "/answer",
                "save answers",
                (c, w) -> post("/survey/" + c.id() + "/answer")
                        .param("page", "0")
                        .param("go", "save")
                        .param("q" + shortQuestion(c), "Risposta di " + w),
                (c, who) -> who == Who.ANONYMOUS
                        ? "LOGIN"
                        : c.answerers().contains(who) ? "302" : c.see().contains(who) ? "403" : "404",
                (c, w) -> assertThat(one(c, "SELECT answers FROM survey_draft WHERE tool_instance_id = :i"))
                        .contains("Risposta di " + w)));
        // Voting codes (ADR 0033): whoever sees the survey may answer with a code, visitors included.
        checks.add(new Check(
                "GET " + ID + "/code", "code page", (c, w) -> get("/survey/" + c.id() + "/code"), read(), null));
        checks.add(new Check(
                "POST " + ID + "/code",
                "start with a code",
                (c, w) -> post("/survey/" + c.id() + "/code").param("code", code(w)),
                read(),
                null));
        checks.add(new Check(
                "POST " + ID + "/code",
                "save with a code",
                (c, w) -> post("/survey/" + c.id() + "/code")
                        .param("code", code(w))
                        .param("page", "0")
                        .param("go", "save")
                        .param("q" + shortQuestion(c), "Codice di " + w),
                read(),
                (c, w) -> assertThat(one(c, "SELECT answers FROM survey_code_draft WHERE tool_instance_id = :i"))
                        .contains("Codice di " + w)));
        checks.add(new Check(
                "GET " + ID + "/results",
                "results",
                (c, w) -> get("/survey/" + c.id() + "/results"),
                facilitatorsRead("403"),
                null));
        checks.add(new Check(
                "GET " + ID + "/export.csv",
                "CSV",
                (c, w) -> get("/survey/" + c.id() + "/export.csv"),
                facilitatorsRead("404"),
                null));
        checks.add(new Check(
                "GET " + ID + "/export.json",
                "JSON",
                (c, w) -> get("/survey/" + c.id() + "/export.json"),
                facilitatorsRead("404"),
                null));
        checks.add(new Check(
                "POST " + ID + "/publish",
                "publish results",
                (c, w) -> post("/survey/" + c.id() + "/publish").param("published", "yes"),
                facilitate("302"),
                (c, w) -> assertThat(one(c, "SELECT results_published FROM survey WHERE tool_instance_id = :i"))
                        .containsIgnoringCase("true")));
        checks.add(new Check(
                "POST " + ID + "/close",
                "close",
                (c, w) -> post("/survey/" + c.id() + "/close"),
                facilitate("302"),
                (c, w) -> assertThat(one(c, "SELECT status FROM survey WHERE tool_instance_id = :i"))
                        .contains("closed")));
        return checks;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new SurveyPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the survey")
                // a code holder's pages answer 200 to a POST (the code never goes into a redirect's address)
                .allowed("200", "302")
                .run(
                        c.name(),
                        checks(),
                        (check, who) -> PermissionMatrix.Cell.changing(
                                check.name(),
                                () -> check.request().build(c, who),
                                check.expect().status(c, who),
                                check.route().startsWith("POST")
                                        && (check.effect() != null
                                                || !"200".equals(check.expect().status(c, who))),
                                check.effect() == null
                                        ? null
                                        : r -> check.effect().verify(c, who)));
    }

    @Test
    void collectiveInitiative() throws Exception {
        var c = kase(
                "collective",
                TestSurveys.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()),
                Set.of(Who.MEMBER, Who.FACILITATOR));
        assertThat(run(c)).isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        var c = kase(
                "group",
                TestSurveys.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR),
                Set.of(Who.MEMBER, Who.FACILITATOR));
        assertThat(run(c)).isEmpty();
    }

    @Test
    void individualInitiative() throws Exception {
        var c = kase(
                "individual",
                TestSurveys.INDIVIDUAL,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.SOCIAL_WORKER),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR));
        assertThat(run(c)).isEmpty();
    }
}
