package org.cocrea.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.PermissionMatrix.Expect;
import org.cocrea.testing.PermissionMatrix.Request;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every route of the evidence module for each of the seven kinds of person, on initiatives of three levels: a
 * collective one's evidence is public (anyone, even anonymous), a group one's for its members, an individual one's
 * for the care team. The portfolio is for professionals of an organisation and administrators (a citizen gets 404,
 * the anonymous the sign-in page); the public open data for anyone; an organisation's open data for its professionals
 * and administrators (404 for everybody else). Every route only reads: no cell may change the evidence tables.
 * {@link #ROUTES} is derived from the checks.
 */
@org.cocrea.testing.WebTest
class EvidencePermissionMatrixTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    enum Level {
        PUBLIC,
        MEMBERS,
        TEAM
    }

    record Case(String name, long initiative, long organisation, Map<Who, String> emails, Level level) {
        boolean reads(Who who) {
            return switch (level) {
                case PUBLIC -> true;
                case MEMBERS -> who == Who.MEMBER || who == Who.FACILITATOR;
                case TEAM -> who == Who.CITIZEN || who == Who.MEMBER || who == Who.FACILITATOR;
            };
        }
    }

    private Case kase(String name, long initiative, String citizen, String member, String facilitator, Level level) {
        TestIdeas.outsiders(jdbc);
        var emails = new EnumMap<Who, String>(Who.class);
        emails.put(Who.CITIZEN, citizen);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.MEMBER, member);
        emails.put(Who.FACILITATOR, facilitator);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        long organisation = jdbc.sql("SELECT organisation_id FROM initiative WHERE id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
        return new Case(name, initiative, organisation, emails, level);
    }

    private boolean isProfessional(String email) {
        return jdbc.sql("SELECT kind FROM app_user WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single()
                .equals("professional");
    }

    private Long organisationOf(String email) {
        return jdbc.sql("SELECT organisation_id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    record Check(String route, String name, Request<Case> request, Expect<Case> expect) {}

    private List<Check> checks() {
        var r = new ArrayList<Check>();
        r.add(new Check(
                "GET /evidence/initiatives/{id:\\d+}",
                "initiative",
                (c, w) -> get("/evidence/initiatives/" + c.initiative()),
                (c, w) -> c.reads(w) ? "200" : "404"));
        r.add(new Check(
                "GET /evidence/initiatives/{id:\\d+}",
                "unknown initiative",
                (c, w) -> get("/evidence/initiatives/999999999"),
                (c, w) -> "404"));
        r.add(new Check("GET /evidence", "portfolio", (c, w) -> get("/evidence"), (c, w) -> switch (w) {
            case ANONYMOUS -> "LOGIN";
            case ADMIN -> "200";
            default ->
                isProfessional(c.emails().get(w)) && organisationOf(c.emails().get(w)) != null ? "200" : "404";
        }));
        r.add(new Check(
                "GET /evidence/opendata.zip",
                "public open data",
                (c, w) -> get("/evidence/opendata.zip"),
                (c, w) -> "200"));
        r.add(new Check(
                "GET /evidence/organisations/{id:\\d+}/opendata.zip",
                "organisation open data",
                (c, w) -> get("/evidence/organisations/" + c.organisation() + "/opendata.zip"),
                (c, w) -> switch (w) {
                    case ANONYMOUS -> "LOGIN";
                    case ADMIN -> "200";
                    default ->
                        isProfessional(c.emails().get(w))
                                        && Long.valueOf(c.organisation())
                                                .equals(organisationOf(
                                                        c.emails().get(w)))
                                ? "200"
                                : "404";
                }));
        return r;
    }

    static final Set<String> ROUTES = new EvidencePermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private String state() {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM evidence_reading) + (SELECT COUNT(*) FROM evidence_contribution)
                            + (SELECT COUNT(*) FROM evidence_response) + (SELECT COUNT(*) FROM evidence_rating)
                        """).query(Long.class).single().toString();
    }

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(this::state, "the evidence")
                .run(
                        c.name(),
                        checks(),
                        (check, who) -> PermissionMatrix.Cell.of(
                                check.name(),
                                () -> check.request().build(c, who),
                                check.expect().status(c, who)));
    }

    @Test
    void collectiveInitiative() throws Exception {
        long bikes = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", TestIdeas.COLLECTIVE)
                .query(Long.class)
                .single();
        assertThat(run(kase("collective", bikes, Demo.PARENT, Demo.CITIZEN, Demo.PARKS_OFFICER, Level.PUBLIC)))
                .isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.GROUP);
        assertThat(run(kase("group", copy, Demo.CITIZEN, Demo.PARENT, Demo.TEACHER, Level.MEMBERS)))
                .isEmpty();
    }

    @Test
    void individualInitiative() throws Exception {
        long plan = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", PlansDemoData.INITIATIVE)
                .query(Long.class)
                .single();
        assertThat(run(kase(
                        "individual",
                        plan,
                        PlansDemoData.CITIZEN,
                        Demo.PARENT,
                        PlansDemoData.CASE_MANAGER,
                        Level.TEAM)))
                .isEmpty();
    }
}
