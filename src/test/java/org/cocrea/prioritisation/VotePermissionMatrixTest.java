package org.cocrea.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the vote tool, for each kind of person, on an open members-only vote with live results in an
 * initiative of each level. Changes the facilitator may make are sent with values refused after the permission
 * check (422); "LOGIN" is the redirect to the sign-in page; outsiders get 404, readers who may not act 403.
 */
@WebTest
class VotePermissionMatrixTest {
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
        TestVotes.ensurePeople(jdbc);
    }

    /** A vote in a copy of a demo initiative; who sees it and who may vote (members). */
    record Case(long id, long option, Map<Who, String> emails, Set<Who> see, Set<Who> voters) {}

    private Case kase(String initiative, Map<Who, String> roles, Set<Who> see, Set<Who> voters) throws Exception {
        var demo = new Demo(users);
        String facilitator = roles.get(Who.FACILITATOR);
        long id = TestVotes.newInstance(jdbc, initiative);
        for (var request : List.of(
                post("/vote/" + id + "/settings")
                        .param("question", "Q")
                        .param("ballotKind", "approval")
                        .param("eligibility", "members"),
                post("/vote/" + id + "/options").param("title", "A"),
                post("/vote/" + id + "/options").param("title", "B"),
                post("/vote/" + id + "/open"))) {
            mvc.perform(request.with(csrf()).with(demo.as(facilitator))).andExpect(status().isFound());
        }
        long option = jdbc.sql("""
                        SELECT MIN(o.id) FROM vote_option o JOIN vote v ON v.id = o.vote_id
                        WHERE v.tool_instance_id = :i
                        """).param("i", id).query(Long.class).single();
        var emails = new LinkedHashMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestVotes.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestVotes.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(id, option, emails, see, voters);
    }

    record Route(String name, Function<Case, MockHttpServletRequestBuilder> request, Expect expect) {}

    interface Expect {
        String status(Case c, Who who);
    }

    private static Expect read() {
        return (c, who) -> c.see().contains(who) ? "200" : "404";
    }

    private static Expect manage(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR ? whenAllowed : c.see().contains(who) ? "403" : "404";
    }

    private static List<Route> routes() {
        var routes = new ArrayList<Route>();
        routes.add(new Route("vote page", c -> get("/vote/" + c.id()), read()));
        routes.add(new Route("results", c -> get("/vote/" + c.id() + "/results"), read()));
        routes.add(new Route("csv", c -> get("/vote/" + c.id() + "/ballots.csv"), read()));
        routes.add(new Route("manage page", c -> get("/vote/" + c.id() + "/manage"), manage("200")));
        routes.add(new Route(
                "ballot",
                c -> post("/vote/" + c.id() + "/ballot").param("options", String.valueOf(c.option())),
                (c, who) -> who == Who.ANONYMOUS
                        ? "LOGIN"
                        : c.voters().contains(who) ? "302" : c.see().contains(who) ? "422" : "404"));
        routes.add(
                new Route("settings", c -> post("/vote/" + c.id() + "/settings").param("question", ""), manage("422")));
        routes.add(new Route("add option", c -> post("/vote/" + c.id() + "/options"), manage("422")));
        routes.add(new Route(
                "remove option", c -> post("/vote/" + c.id() + "/options/" + c.option() + "/remove"), manage("422")));
        routes.add(new Route("open", c -> post("/vote/" + c.id() + "/open"), manage("422")));
        // Last: the facilitator closes the vote (the people after them are refused before any state check).
        routes.add(new Route("close", c -> post("/vote/" + c.id() + "/close"), manage("302")));
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
                assertThat(response.getContentAsString())
                        .doesNotContain("Exception")
                        .doesNotContain("\tat ");
            }
        }
        return failures;
    }

    @Test
    void collectiveInitiative() throws Exception {
        var c = kase(
                TestVotes.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()),
                Set.of(Who.MEMBER, Who.FACILITATOR));
        assertThat(check(c)).isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        var c = kase(
                TestVotes.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR), // members only, admins included
                Set.of(Who.MEMBER, Who.FACILITATOR));
        assertThat(check(c)).isEmpty();
    }

    @Test
    void individualInitiative() throws Exception {
        // The citizen of an individual initiative is a member (role "citizen"), the parent is their proxy.
        var c = kase(
                "Piano personale di salute: bisogni e priorità",
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.SOCIAL_WORKER),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR));
        assertThat(check(c)).isEmpty();
    }
}
