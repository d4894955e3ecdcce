package org.cocrea.evidence.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every population route for each of the seven kinds of person, on initiatives of three levels: the comparison is
 * read by whoever may read the initiative (anyone for the public collective one, members of the group one, the care
 * team of the individual one); the margins of the initiative's organisation are kept by its professionals and the
 * platform's administrators, 404 for everybody else; the self-description page serves any signed-in person. An
 * allowed change checks its effect in the database; every other cell checks that nothing changed. The demo
 * organisation's margins and the people's self-descriptions are put back after each case. {@link #ROUTES} is
 * derived from the checks.
 */
@WebTest
class PopulationPermissionMatrixTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PopulationRepository repository;

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

        boolean keepsMargins(Who who) {
            return who == Who.FACILITATOR || who == Who.ADMIN;
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

    private String state(Case c) {
        var people = c.emails().values().stream().map(this::person).toList();
        return repository.margins(c.organisation()) + "\n" + repository.descriptions(people);
    }

    interface Effect {
        void verify(Case c, Who who, long me);
    }

    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect)
            implements PermissionMatrix.Row<Case> {}

    private static Expect<Case> read() {
        return (c, who) -> c.reads(who) ? "200" : "404";
    }

    private static Expect<Case> officer(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.keepsMargins(who) ? whenAllowed : "404";
    }

    private static Expect<Case> signedIn(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : whenAllowed;
    }

    private static final String REPRESENTATION = "/evidence/initiatives/{id:\\d+}/representation";
    private static final String MARGINS = "/evidence/organisations/{id:\\d+}/population";

    private static String district(Who who) {
        return "Matrix " + who.ordinal();
    }

    private List<Check> checks() {
        var r = new ArrayList<Check>();
        r.add(new Check(
                "GET " + REPRESENTATION,
                "comparison",
                (c, w) -> get("/evidence/initiatives/" + c.initiative() + "/representation"),
                read(),
                null));
        r.add(new Check(
                "GET " + REPRESENTATION,
                "unknown initiative",
                (c, w) -> get("/evidence/initiatives/999999999/representation"),
                (c, w) -> "404",
                null));
        r.add(new Check(
                "GET " + MARGINS,
                "margins",
                (c, w) -> get("/evidence/organisations/" + c.organisation() + "/population"),
                officer("200"),
                null));
        r.add(new Check(
                "GET " + MARGINS,
                "unknown organisation",
                (c, w) -> get("/evidence/organisations/999999999/population"),
                (c, w) -> w == Who.ANONYMOUS ? "LOGIN" : "404",
                null));
        r.add(new Check(
                "GET " + MARGINS + ".csv",
                "margins csv",
                (c, w) -> get("/evidence/organisations/" + c.organisation() + "/population.csv"),
                officer("200"),
                null));
        r.add(new Check(
                "POST " + MARGINS,
                "upload",
                (c, w) -> multipart("/evidence/organisations/" + c.organisation() + "/population")
                        .file(new MockMultipartFile(
                                "file",
                                "p.csv",
                                "text/csv",
                                ("district," + district(w) + ",10\ndistrict,Other,5\n")
                                        .getBytes(StandardCharsets.UTF_8))),
                officer("302"),
                (c, w, me) -> assertThat(repository.margins(c.organisation()))
                        .extracting(Margin::band)
                        .containsExactly(district(w), "Other")));
        r.add(new Check("GET /evidence/me", "my description", (c, w) -> get("/evidence/me"), signedIn("200"), null));
        r.add(new Check(
                "POST /evidence/me",
                "describe",
                (c, w) -> post("/evidence/me").param("ageBand", Ages.PERSON_BANDS.get(w.ordinal())),
                signedIn("302"),
                (c, w, me) -> assertThat(repository.description(me))
                        .map(SelfDescription::ageBand)
                        .contains(Ages.PERSON_BANDS.get(w.ordinal()))));
        r.add(new Check(
                "POST /evidence/me/withdraw",
                "withdraw",
                (c, w) -> post("/evidence/me/withdraw"),
                signedIn("302"),
                (c, w, me) -> assertThat(repository.description(me)).isEmpty()));
        return r;
    }

    static final Set<String> ROUTES = new PopulationPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private List<String> run(Case c) throws Exception {
        var margins = repository.margins(c.organisation());
        var described = new HashMap<Long, SelfDescription>();
        for (String email : c.emails().values()) {
            long id = person(email);
            repository.description(id).ifPresent(d -> described.put(id, d));
        }
        try {
            return cells(c);
        } finally {
            repository.replace(c.organisation(), margins, person(Demo.ADMIN));
            for (String email : c.emails().values()) {
                long id = person(email);
                repository.forget(id);
                if (described.containsKey(id)) {
                    repository.save(described.get(id));
                }
            }
        }
    }

    private List<String> cells(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "something")
                .run(
                        c.name(),
                        c,
                        checks(),
                        (check, who, r) ->
                                check.effect().verify(c, who, person(c.emails().get(who))));
    }

    @Test
    void collectiveInitiative() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        assertThat(run(kase("collective", copy, Demo.PARENT, Demo.CITIZEN, Demo.PARKS_OFFICER, Level.PUBLIC)))
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
