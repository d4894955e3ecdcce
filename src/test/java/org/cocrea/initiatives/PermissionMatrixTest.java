package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the initiatives and updates modules, for each kind of person, on one demo initiative of
 * each level. Changes are sent with values that are refused after the permission check (422), so that
 * "allowed" is visible without changing the demo data; "LOGIN" is the redirect to the sign-in page.
 */
@InitiativesWebTest
class PermissionMatrixTest {
    enum Who {
        ANONYMOUS,
        CITIZEN,
        OTHER_CITIZEN,
        MEMBER,
        FACILITATOR,
        OTHER_PRO,
        ADMIN
    }

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

    record Case(long id, long tool, long facilitatorId, Map<Who, String> emails, Set<Who> see, Set<Who> know) {
        /** Who holds a role in the initiative before the matrix runs (joining comes last). */
        Set<Who> members() {
            return know.size() == 4
                    ? Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR)
                    : Set.of(Who.MEMBER, Who.FACILITATOR);
        }
    }

    private Case individual() {
        return kase(
                "Piano personale di salute: il piano",
                Map.of(
                        Who.CITIZEN, Demo.CITIZEN,
                        Who.MEMBER, Demo.PARENT,
                        Who.FACILITATOR, Demo.SOCIAL_WORKER),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR, Who.ADMIN));
    }

    private Case group() {
        var see = Set.of(Who.MEMBER, Who.FACILITATOR, Who.ADMIN);
        return kase(
                "Scuola inclusiva: progettare le attività",
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                see,
                see);
    }

    private Case collective() {
        var all = Set.of(Who.values());
        return kase(
                "Percorsi ciclabili del quartiere: disegnare i percorsi",
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                all,
                all);
    }

    private Case kase(String title, Map<Who, String> roles, Set<Who> see, Set<Who> know) {
        long id = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        long tool = jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i AND tool_id = 'updates'")
                .param("i", id)
                .query(Long.class)
                .single();
        var emails = new LinkedHashMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, People.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, People.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(id, tool, People.id(jdbc, roles.get(Who.FACILITATOR)), emails, see, know);
    }

    /** One route: how to call it, and what each person should get given whether they see / manage it. */
    record Route(
            String name, java.util.function.Function<Case, MockHttpServletRequestBuilder> request, Expect expect) {}

    interface Expect {
        String status(Case c, Who who);
    }

    /** The usual rule for a change: facilitators get past the check (422), readers 403, others 404. */
    private static Expect change(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR ? whenAllowed : c.see().contains(who) ? "403" : "404";
    }

    private static Expect read(boolean anonymousMay) {
        return (c, who) -> c.see().contains(who) && (who != Who.ANONYMOUS || anonymousMay) ? "200" : "404";
    }

    private List<Route> routes() {
        var routes = new ArrayList<Route>();
        routes.add(new Route(
                "page", c -> get("/initiatives/" + c.id()), (c, who) -> c.know().contains(who) ? "200" : "404"));
        routes.add(new Route("edit form", c -> get("/initiatives/" + c.id() + "/edit"), change("200")));
        routes.add(new Route("edit", c -> post("/initiatives/" + c.id() + "/edit"), change("422")));
        routes.add(new Route("add phase", c -> post("/initiatives/" + c.id() + "/phases"), change("422")));
        routes.add(new Route(
                "remove phase",
                c -> post("/initiatives/" + c.id() + "/phases/remove").param("phase", "none"),
                change("302")));
        routes.add(new Route("publish", c -> post("/initiatives/" + c.id() + "/publish"), change("422")));
        routes.add(new Route(
                "status", c -> post("/initiatives/" + c.id() + "/status").param("status", "bogus"), change("422")));
        routes.add(new Route(
                "active phase",
                c -> post("/initiatives/" + c.id() + "/active-phase").param("phase", "bogus"),
                change("422")));
        routes.add(new Route(
                "add tool",
                c -> post("/initiatives/" + c.id() + "/tools")
                        .param("phase", "co-design")
                        .param("tool", "no-such-tool"),
                change("422")));
        routes.add(new Route("add member", c -> post("/initiatives/" + c.id() + "/members"), change("422")));
        routes.add(new Route(
                "remove last owner",
                c -> post("/initiatives/" + c.id() + "/members/" + c.facilitatorId() + "/remove"),
                change("422")));
        routes.add(new Route(
                "answer request",
                c -> post("/initiatives/" + c.id() + "/requests/" + c.facilitatorId())
                        .param("accept", "false"),
                change("404")));
        routes.add(new Route(
                "unfollow",
                c -> post("/initiatives/" + c.id() + "/follow").param("follow", "false"),
                (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.see().contains(who) ? "302" : "404"));
        routes.add(new Route("updates page", c -> get("/updates/" + c.tool()), read(true)));
        routes.add(new Route("post update", c -> post("/updates/" + c.tool()), change("422")));
        routes.add(new Route("api initiative", c -> get("/api/initiatives/" + c.id()), read(true)));
        routes.add(new Route(
                "factors page",
                c -> get("/initiatives/" + c.id() + "/factors"),
                (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.see().contains(who) ? "200" : "404"));
        routes.add(new Route(
                "readiness answers", c -> post("/initiatives/" + c.id() + "/factors/organisation"), change("422")));
        routes.add(new Route("my factor answers", c -> post("/initiatives/" + c.id() + "/factors/mine"), (c, who) -> {
            if (who == Who.ANONYMOUS) {
                return "LOGIN";
            }
            return c.members().contains(who) ? "422" : c.see().contains(who) ? "403" : "404";
        }));
        routes.add(new Route(
                "withdraw my factor answers",
                c -> post("/initiatives/" + c.id() + "/factors/mine/delete"),
                (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.see().contains(who) ? "302" : "404"));
        routes.add(new Route("request to join", c -> post("/initiatives/" + c.id() + "/request"), (c, who) -> {
            if (who == Who.ANONYMOUS) {
                return "LOGIN";
            }
            if (c.emails().get(Who.FACILITATOR).equals(Demo.TEACHER)) {
                return "302"; // group initiatives take requests from anyone who has the link
            }
            return c.see().contains(who) ? "422" : "404";
        }));
        routes.add(new Route("join", c -> post("/initiatives/" + c.id() + "/join"), (c, who) -> {
            if (who == Who.ANONYMOUS) {
                return "LOGIN";
            }
            boolean member = who == Who.MEMBER
                    || who == Who.FACILITATOR
                    || (who == Who.CITIZEN && c.know().size() == 4);
            boolean collective = c.see().size() == Who.values().length;
            if (member || collective) {
                return "302";
            }
            return c.see().contains(who) ? "422" : "404";
        }));
        return routes;
    }

    private List<String> check(Case c) throws Exception {
        var demo = new Demo(users);
        var failures = new ArrayList<String>();
        for (Route route : routes()) {
            for (Who who : Who.values()) {
                var request = route.request().apply(c).with(csrf());
                if (who != Who.ANONYMOUS) {
                    request = request.with(demo.as(c.emails().get(who)));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                String actual = String.valueOf(response.getStatus());
                if (response.getStatus() == 302
                        && response.getRedirectedUrl() != null
                        && response.getRedirectedUrl().contains("/login")) {
                    actual = "LOGIN";
                }
                String expected = route.expect().status(c, who);
                if (!actual.equals(expected)) {
                    failures.add(route.name() + " as " + who + ": expected " + expected + " but was " + actual);
                }
            }
        }
        return failures;
    }

    @Test
    void individualInitiative() throws Exception {
        Case c = individual();
        assertThat(check(c)).isEmpty();
        // The admin learns that it exists, never what it is about.
        String page = mvc.perform(get("/initiatives/" + c.id()).with(new Demo(users).as(Demo.ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("Piano personale di salute");
    }

    @Test
    void groupInitiative() throws Exception {
        assertThat(check(group())).isEmpty();
    }

    @Test
    void collectiveInitiative() throws Exception {
        assertThat(check(collective())).isEmpty();
    }

    @Test
    void routesWithoutAnInitiative() throws Exception {
        var demo = new Demo(users);
        for (String path : List.of("/initiatives", "/typology", "/api/initiatives", "/api/typology", "/openapi.yaml")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as(path)
                    .isEqualTo(200);
        }
        assertThat(mvc.perform(get("/initiatives/new"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");
        assertThat(mvc.perform(get("/initiatives/new").with(demo.as(Demo.CITIZEN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/initiatives/new").with(demo.as(People.OTHER_PRO)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(post("/initiatives").with(csrf()).with(demo.as(Demo.CITIZEN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/initiatives").with(csrf()).with(demo.as(Demo.ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(422);
        assertThat(mvc.perform(post("/initiatives").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");
    }

    @Test
    void listsShowPrivateInitiativesOnlyToTheirMembers() throws Exception {
        var demo = new Demo(users);
        String anonymous = mvc.perform(get("/initiatives?q=Piano"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous).doesNotContain("Piano personale di salute");
        String stranger = mvc.perform(get("/api/initiatives?level=individual").with(demo.as(People.OTHER_PRO)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stranger).contains("\"total\":0");
        String admin = mvc.perform(get("/api/initiatives?level=group").with(demo.as(Demo.ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(admin).contains("Scuola inclusiva");
        String patient = mvc.perform(get("/initiatives?level=individual").with(demo.as(Demo.CITIZEN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(patient).contains("Piano personale di salute");
    }
}
