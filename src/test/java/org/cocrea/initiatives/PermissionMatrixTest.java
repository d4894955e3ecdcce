package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.PermissionMatrix.Expect;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the initiatives and updates modules (petitions: {@link PetitionPermissionMatrixTest}),
 * for each of the seven kinds of person, on one demo initiative of each level; routes that name no initiative
 * are checked with the people of each case too. Changes are mostly sent with values refused after the
 * permission check (422), so that "allowed" is visible without changing the demo data; the few that do change
 * it undo it (follow then unfollow, close then reopen). "LOGIN" is the redirect to the sign-in page.
 * {@code org.cocrea.RouteCoverageTest} checks that {@link #ROUTES} names every registered route.
 */
@InitiativesWebTest
class PermissionMatrixTest {

    /** The kinds of person who are professionals, whatever the case: they may create initiatives. */
    private static final Set<Who> PROFESSIONALS = Set.of(Who.FACILITATOR, Who.OTHER_PRO, Who.ADMIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void people() {
        People.ensure(jdbc);
    }

    /**
     * One demo initiative: who is who in it, who may read it ({@code see}) and who may learn that it exists
     * ({@code know}: admins, for oversight, see a page with its level, organisation and status only).
     */
    record Case(
            Level level,
            String title,
            long id,
            long tool,
            long facilitatorId,
            Map<Who, String> emails,
            Set<Who> see,
            Set<Who> know) {
        /** Who holds a role in the initiative before the matrix runs (joining comes last). */
        Set<Who> members() {
            return level == Level.INDIVIDUAL
                    ? Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR)
                    : Set.of(Who.MEMBER, Who.FACILITATOR);
        }
    }

    private Case individual() {
        var team = Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR);
        return kase(
                Level.INDIVIDUAL,
                "Piano personale di salute",
                Map.of(
                        Who.CITIZEN, Demo.CITIZEN,
                        Who.MEMBER, Demo.PARENT,
                        Who.FACILITATOR, Demo.SOCIAL_WORKER),
                team,
                union(team, Who.ADMIN));
    }

    private Case group() {
        // Members only, admins included: they learn that it exists, never what it is about.
        var members = Set.of(Who.MEMBER, Who.FACILITATOR);
        return kase(
                Level.GROUP,
                "Scuola inclusiva",
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                members,
                union(members, Who.ADMIN));
    }

    private Case collective() {
        var all = Set.of(Who.values());
        return kase(
                Level.COLLECTIVE,
                "Percorsi ciclabili del quartiere",
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                all,
                all);
    }

    private static Set<Who> union(Set<Who> set, Who who) {
        var result = new java.util.HashSet<>(set);
        result.add(who);
        return Set.copyOf(result);
    }

    private Case kase(Level level, String title, Map<Who, String> roles, Set<Who> see, Set<Who> know) {
        long id = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        long tool = jdbc.sql("SELECT MIN(id) FROM tool_instance WHERE initiative_id = :i AND tool_id = 'updates'")
                .param("i", id)
                .query(Long.class)
                .single();
        var emails = new LinkedHashMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, People.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, People.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(level, title, id, tool, People.id(jdbc, roles.get(Who.FACILITATOR)), emails, see, know);
    }

    /**
     * One check of a route: the route as registered ("METHOD pattern", what {@code org.cocrea.RouteCoverageTest} compares),
     * how to call it, and what each person should get given whether they see / manage the initiative.
     */
    record Route(
            String route, String name, Function<Case, MockHttpServletRequestBuilder> request, Expect<Case> expect) {}

    /** The usual rule for a change: facilitators get past the check, readers 403, others 404. */
    private static Expect<Case> change(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR ? whenAllowed : c.see().contains(who) ? "403" : "404";
    }

    private static Expect<Case> read(boolean anonymousMay) {
        return (c, who) -> c.see().contains(who) && (who != Who.ANONYMOUS || anonymousMay) ? "200" : "404";
    }

    private static Expect<Case> everyone(String status) {
        return (c, who) -> status;
    }

    /** Creating initiatives: professionals only, citizens are refused, anonymous visitors sent to sign in. */
    private static Expect<Case> professionals(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : PROFESSIONALS.contains(who) ? whenAllowed : "403";
    }

    private static final String ID = "/initiatives/{id:\\d+}";

    private static Route route(
            String route, String name, Function<Case, MockHttpServletRequestBuilder> request, Expect<Case> expect) {
        return new Route(route, name, request, expect);
    }

    static List<Route> routes() {
        var routes = new ArrayList<Route>();
        // Routes that name no initiative: lists, the typology, the API and the OpenAPI description (a static file).
        routes.add(route("GET /initiatives", "list", c -> get("/initiatives"), everyone("200")));
        routes.add(route("GET /typology", "typology", c -> get("/typology"), everyone("200")));
        routes.add(route("GET /api/initiatives", "api list", c -> get("/api/initiatives"), everyone("200")));
        routes.add(route("GET /api/typology", "api typology", c -> get("/api/typology"), everyone("200")));
        routes.add(route("GET /openapi.yaml", "openapi", c -> get("/openapi.yaml"), everyone("200")));
        routes.add(route("GET /initiatives/new", "new form", c -> get("/initiatives/new"), professionals("200")));
        routes.add(route("POST /initiatives", "create", c -> post("/initiatives"), professionals("422")));

        routes.add(route(
                "GET " + ID,
                "page",
                c -> get("/initiatives/" + c.id()),
                (c, who) -> c.know().contains(who) ? "200" : "404"));
        routes.add(
                route("GET " + ID + "/edit", "edit form", c -> get("/initiatives/" + c.id() + "/edit"), change("200")));
        routes.add(route("POST " + ID + "/edit", "edit", c -> post("/initiatives/" + c.id() + "/edit"), change("422")));
        // The cover image's form, sent with neither a file nor "remove": refused after the permission check.
        routes.add(route(
                "POST " + ID + "/image", "cover image", c -> post("/initiatives/" + c.id() + "/image"), change("422")));
        routes.add(route(
                "POST " + ID + "/phases", "add phase", c -> post("/initiatives/" + c.id() + "/phases"), change("422")));
        routes.add(route(
                "POST " + ID + "/phases/remove",
                "remove phase",
                c -> post("/initiatives/" + c.id() + "/phases/remove").param("phase", "none"),
                change("302")));
        routes.add(route(
                "GET " + ID + "/phases/remove",
                "remove phase: confirmation",
                c -> get("/initiatives/" + c.id() + "/phases/remove")
                        .param("cycle", "1")
                        .param("phase", "co-design"),
                change("200")));
        // Without the confirmation step the move leads to the confirmation page and changes nothing.
        routes.add(route(
                "GET " + ID + "/next-phase",
                "next phase: confirmation",
                c -> get("/initiatives/" + c.id() + "/next-phase"),
                change("200")));
        routes.add(route(
                "POST " + ID + "/next-phase",
                "next phase, unconfirmed",
                c -> post("/initiatives/" + c.id() + "/next-phase"),
                change("302")));
        routes.add(route(
                "POST " + ID + "/publish", "publish", c -> post("/initiatives/" + c.id() + "/publish"), change("422")));
        routes.add(route(
                "POST " + ID + "/status",
                "unknown status",
                c -> post("/initiatives/" + c.id() + "/status").param("status", "bogus"),
                change("422")));
        routes.add(route(
                "POST " + ID + "/status",
                "back to draft",
                c -> post("/initiatives/" + c.id() + "/status").param("status", "draft"),
                change("422")));
        routes.add(route(
                "POST " + ID + "/status",
                "close",
                c -> post("/initiatives/" + c.id() + "/status").param("status", "closed"),
                change("302")));
        routes.add(route(
                "POST " + ID + "/status",
                "reopen",
                c -> post("/initiatives/" + c.id() + "/status").param("status", "open"),
                change("302")));
        routes.add(route(
                "POST " + ID + "/active-phase",
                "active phase",
                c -> post("/initiatives/" + c.id() + "/active-phase").param("phase", "bogus"),
                change("422")));
        routes.add(route(
                "POST " + ID + "/tools",
                "add tool",
                c -> post("/initiatives/" + c.id() + "/tools")
                        .param("phase", "co-design")
                        .param("tool", "no-such-tool"),
                change("422")));
        routes.add(route(
                "POST " + ID + "/members",
                "add member",
                c -> post("/initiatives/" + c.id() + "/members"),
                change("422")));
        routes.add(route(
                "POST " + ID + "/members/{personId:\\d+}/remove",
                "remove last owner",
                c -> post("/initiatives/" + c.id() + "/members/" + c.facilitatorId() + "/remove"),
                change("422")));
        routes.add(route(
                "POST " + ID + "/requests/{personId:\\d+}",
                "answer request",
                c -> post("/initiatives/" + c.id() + "/requests/" + c.facilitatorId())
                        .param("accept", "false"),
                change("404")));
        Expect<Case> follow =
                (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.see().contains(who) ? "302" : "404";
        routes.add(route(
                "POST " + ID + "/follow",
                "follow",
                c -> post("/initiatives/" + c.id() + "/follow").param("follow", "true"),
                follow));
        routes.add(route(
                "POST " + ID + "/follow",
                "unfollow",
                c -> post("/initiatives/" + c.id() + "/follow").param("follow", "false"),
                follow));
        routes.add(route("GET /updates/{id:\\d+}", "updates page", c -> get("/updates/" + c.tool()), read(true)));
        routes.add(route("POST /updates/{id:\\d+}", "post update", c -> post("/updates/" + c.tool()), change("422")));
        routes.add(route(
                "GET /api/initiatives/{id:\\d+}",
                "api initiative",
                c -> get("/api/initiatives/" + c.id()),
                read(true)));
        routes.add(route(
                "GET " + ID + "/factors",
                "factors page",
                c -> get("/initiatives/" + c.id() + "/factors"),
                (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.see().contains(who) ? "200" : "404"));
        routes.add(route(
                "POST " + ID + "/factors/organisation",
                "readiness answers",
                c -> post("/initiatives/" + c.id() + "/factors/organisation"),
                change("422")));
        routes.add(route(
                "POST " + ID + "/factors/mine",
                "my factor answers",
                c -> post("/initiatives/" + c.id() + "/factors/mine"),
                (c, who) -> {
                    if (who == Who.ANONYMOUS) {
                        return "LOGIN";
                    }
                    return c.members().contains(who) ? "422" : c.see().contains(who) ? "403" : "404";
                }));
        routes.add(route(
                "POST " + ID + "/factors/mine/delete",
                "withdraw my factor answers",
                c -> post("/initiatives/" + c.id() + "/factors/mine/delete"),
                (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.see().contains(who) ? "302" : "404"));
        routes.add(route(
                "POST " + ID + "/request",
                "request to join",
                c -> post("/initiatives/" + c.id() + "/request"),
                (c, who) -> {
                    if (who == Who.ANONYMOUS) {
                        return "LOGIN";
                    }
                    if (c.level() == Level.GROUP) {
                        // Requests from people who may know the group initiative exists (members, invited, admins);
                        // anyone else gets the answer of an unknown id (issue 11, tightening c).
                        return c.know().contains(who) ? "302" : "404";
                    }
                    return c.see().contains(who) ? "422" : "404";
                }));
        routes.add(route("POST " + ID + "/join", "join", c -> post("/initiatives/" + c.id() + "/join"), (c, who) -> {
            if (who == Who.ANONYMOUS) {
                return "LOGIN";
            }
            if (c.members().contains(who) || c.level() == Level.COLLECTIVE) {
                return "302";
            }
            return c.see().contains(who) ? "422" : "404";
        }));
        return routes;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered); see {@code org.cocrea.RouteCoverageTest}. */
    static final Set<String> ROUTES = routes().stream().map(Route::route).collect(Collectors.toUnmodifiableSet());

    private List<String> check(Case c) throws Exception {
        var members = people("initiative_member", c.id());
        var requests = people("initiative_join_request", c.id());
        try {
            return checkRoutes(c);
        } finally {
            // Since issue 14 the demo has one initiative per story, which the tools' tests share: whoever joined
            // or asked to join here leaves again, so that outsiders stay outsiders for them.
            forget("initiative_member", c.id(), members);
            forget("initiative_join_request", c.id(), requests);
        }
    }

    private List<Long> people(String table, long initiative) {
        return jdbc.sql("SELECT person_id FROM " + table + " WHERE initiative_id = :i")
                .param("i", initiative)
                .query(Long.class)
                .list();
    }

    private void forget(String table, long initiative, List<Long> before) {
        for (long person : people(table, initiative)) {
            if (!before.contains(person)) {
                jdbc.sql("DELETE FROM " + table + " WHERE initiative_id = :i AND person_id = :p")
                        .param("i", initiative)
                        .param("p", person)
                        .update();
            }
        }
    }

    private List<String> checkRoutes(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .run(
                        String.valueOf(c.level()),
                        routes(),
                        (route, who) -> PermissionMatrix.Cell.of(
                                route.name(),
                                () -> route.request().apply(c),
                                route.expect().status(c, who)));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * The list page and the API list show the initiative (searched by its title) to exactly the people who may
     * see it; the typology counts it for everyone alike, so it answers every kind of person the same.
     */
    private List<String> checkLists(Case c) throws Exception {
        var demo = new Demo(users);
        var failures = new ArrayList<String>();
        String typology = body(get("/api/typology"));
        for (Who who : Who.values()) {
            for (String path : List.of("/initiatives", "/api/initiatives")) {
                var request = get(path).param("q", c.title());
                if (who != Who.ANONYMOUS) {
                    request = request.with(demo.as(c.emails().get(who)));
                }
                // The search box repeats the words searched, so look for the initiative's link or id.
                String mark =
                        path.startsWith("/api") ? "\"id\":" + c.id() + "," : "href=\"/initiatives/" + c.id() + "\"";
                boolean listed = body(request).contains(mark);
                if (listed != c.see().contains(who)) {
                    failures.add(path + " as " + who + (listed ? " lists it" : " does not list it"));
                }
            }
            var mine = get("/api/typology");
            if (who != Who.ANONYMOUS) {
                mine = mine.with(demo.as(c.emails().get(who)));
            }
            if (!body(mine).equals(typology)) {
                failures.add("/api/typology as " + who + " differs");
            }
        }
        return failures;
    }

    @Test
    void individualInitiative() throws Exception {
        Case c = individual();
        assertThat(check(c)).isEmpty();
        assertThat(checkLists(c)).isEmpty();
        // The admin learns that it exists, never what it is about.
        assertThat(body(get("/initiatives/" + c.id()).with(new Demo(users).as(Demo.ADMIN))))
                .doesNotContain("Piano personale di salute");
    }

    @Test
    void groupInitiative() throws Exception {
        Case c = group();
        assertThat(check(c)).isEmpty();
        assertThat(checkLists(c)).isEmpty();
        assertThat(body(get("/initiatives/" + c.id()).with(new Demo(users).as(Demo.ADMIN))))
                .doesNotContain("Scuola inclusiva");
        assertThat(body(get("/api/initiatives?level=group").with(new Demo(users).as(Demo.ADMIN))))
                .contains("\"total\":0");
    }

    @Test
    void collectiveInitiative() throws Exception {
        Case c = collective();
        assertThat(check(c)).isEmpty();
        assertThat(checkLists(c)).isEmpty();
    }

    @Test
    void membersFindTheirPrivateInitiativesInTheLists() throws Exception {
        var demo = new Demo(users);
        assertThat(body(get("/initiatives?q=Piano"))).doesNotContain("Piano personale di salute");
        assertThat(body(get("/api/initiatives?level=individual").with(demo.as(People.OTHER_PRO))))
                .contains("\"total\":0");
        assertThat(body(get("/initiatives?level=individual").with(demo.as(Demo.CITIZEN))))
                .contains("Piano personale di salute");
        assertThat(body(get("/api/initiatives?level=group&q=Scuola").with(demo.as(Demo.TEACHER))))
                .contains("Scuola inclusiva");
    }
}
