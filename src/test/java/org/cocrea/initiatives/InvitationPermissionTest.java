package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.cocrea.initiatives.invitations.InvitationController;
import org.cocrea.initiatives.invitations.InvitationRepository;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every invitation route for each of the seven kinds of person, on the demo initiative of each level.
 * Management routes are sent with values refused after the permission check where there are any (422); the
 * link routes are sent with a forged token (nobody gets past it) and with a valid one made just before the
 * request (everyone signed in may join a group initiative: the token is the secret). People who joined are
 * removed again afterwards, so the demo data stays as the other matrix tests expect it.
 */
@InitiativesWebTest
class InvitationPermissionTest {
    /** The routes this class covers, as "METHOD /pattern" exactly as mapped (checked below). */
    static final Set<String> ROUTES = Set.of(
            "GET /initiatives/{id:\\d+}/invitations",
            "POST /initiatives/{id:\\d+}/invitations",
            "POST /initiatives/{id:\\d+}/invitations/{invitationId:\\d+}/withdraw",
            "POST /initiatives/{id:\\d+}/join-link",
            "POST /initiatives/{id:\\d+}/join-link/delete",
            "GET /initiatives/{id:\\d+}/invitations/{token}",
            "POST /initiatives/{id:\\d+}/invitations/{token}",
            "GET /initiatives/{id:\\d+}/join/{token}",
            "POST /initiatives/{id:\\d+}/join/{token}");

    private static final String FORGED = "F".repeat(43);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    InvitationRepository invitations;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final List<Long> touched = new ArrayList<>();
    private final Map<Long, Set<Long>> membersBefore = new LinkedHashMap<>();

    @BeforeEach
    void people() {
        People.ensure(jdbc);
    }

    /** Leaves the demo initiatives as they were: no joiners, invitations or links made by this test. */
    @AfterEach
    void restore() {
        for (long id : touched) {
            var before = membersBefore.get(id);
            for (long person : jdbc.sql("SELECT person_id FROM initiative_member WHERE initiative_id = :i")
                    .param("i", id)
                    .query(Long.class)
                    .list()) {
                if (!before.contains(person)) {
                    jdbc.sql("DELETE FROM initiative_member WHERE initiative_id = :i AND person_id = :p")
                            .param("i", id)
                            .param("p", person)
                            .update();
                }
            }
            jdbc.sql("DELETE FROM initiative_mail_invitation WHERE initiative_id = :i AND email LIKE 'matrix-%'")
                    .param("i", id)
                    .update();
            jdbc.sql("DELETE FROM initiative_join_link WHERE initiative_id = :i")
                    .param("i", id)
                    .update();
        }
    }

    record Case(long id, Level level, long facilitatorId, Map<Who, String> emails, Set<Who> see) {}

    private Case kase(String title, Level level, Map<Who, String> roles, Set<Who> see) {
        long id = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        touched.add(id);
        membersBefore.put(
                id,
                Set.copyOf(jdbc.sql("SELECT person_id FROM initiative_member WHERE initiative_id = :i")
                        .param("i", id)
                        .query(Long.class)
                        .list()));
        var emails = new LinkedHashMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, People.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, People.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(id, level, People.id(jdbc, roles.get(Who.FACILITATOR)), emails, see);
    }

    private Case individual() {
        return kase(
                "Piano personale di salute",
                Level.INDIVIDUAL,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.SOCIAL_WORKER),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR));
    }

    private Case group() {
        return kase(
                "Scuola inclusiva",
                Level.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                // Members only: a platform admin who is not a member gets 404, like any outsider.
                Set.of(Who.MEMBER, Who.FACILITATOR));
    }

    private Case collective() {
        return kase(
                "Percorsi ciclabili del quartiere",
                Level.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()));
    }

    record Route(String name, BiFunction<Case, Who, MockHttpServletRequestBuilder> request, Expect expect) {}

    interface Expect {
        String status(Case c, Who who);
    }

    /**
     * A facilitator's action: individual initiatives are "not found" for everyone, even their facilitators;
     * otherwise facilitators get past the check ({@code group} or {@code collective}), readers 403, others 404.
     */
    private static Expect manage(String group, String collective) {
        return (c, who) -> {
            if (who == Who.ANONYMOUS) {
                return "LOGIN";
            }
            if (c.level() == Level.INDIVIDUAL) {
                return "404";
            }
            if (who == Who.FACILITATOR) {
                return c.level() == Level.GROUP ? group : collective;
            }
            return c.see().contains(who) ? "403" : "404";
        };
    }

    /** A link: anyone signed in is treated alike; only a valid token of a group initiative opens anything. */
    private static Expect link(String valid) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.level() == Level.GROUP ? valid : "404";
    }

    private static Expect forged() {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : "404";
    }

    /** A fresh pending invitation by mail to an address without an account; returns its token. */
    private String mailToken(Case c) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return invitations.invite(
                c.id(),
                "matrix-" + SEQUENCE.incrementAndGet() + "@example.org",
                null,
                c.facilitatorId(),
                now,
                now.plusDays(1));
    }

    private long pendingId(Case c) {
        String token = mailToken(c);
        return invitations.byToken(c.id(), token).orElseThrow().id();
    }

    private String linkToken(Case c) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return invitations.makeLink(c.id(), c.facilitatorId(), now, now.plusDays(1));
    }

    private List<Route> routes() {
        var routes = new ArrayList<Route>();
        routes.add(new Route(
                "invitations page", (c, who) -> get("/initiatives/" + c.id() + "/invitations"), manage("200", "200")));
        routes.add(new Route(
                "invite a bad address",
                (c, who) -> post("/initiatives/" + c.id() + "/invitations").param("email", "not-an-email"),
                manage("422", "422")));
        routes.add(new Route(
                "withdraw an invitation",
                (c, who) -> post("/initiatives/" + c.id() + "/invitations/" + pendingId(c) + "/withdraw"),
                manage("302", "302")));
        routes.add(new Route(
                "withdraw a missing invitation",
                (c, who) -> post("/initiatives/" + c.id() + "/invitations/987654321/withdraw"),
                manage("404", "404")));
        routes.add(new Route(
                "make the join link", (c, who) -> post("/initiatives/" + c.id() + "/join-link"), manage("302", "422")));
        routes.add(new Route(
                "switch the join link off",
                (c, who) -> post("/initiatives/" + c.id() + "/join-link/delete"),
                manage("302", "422")));
        routes.add(new Route(
                "open a forged invitation",
                (c, who) -> get("/initiatives/" + c.id() + "/invitations/" + FORGED),
                forged()));
        routes.add(new Route(
                "accept a forged invitation",
                (c, who) -> post("/initiatives/" + c.id() + "/invitations/" + FORGED),
                forged()));
        routes.add(new Route(
                "open a forged join link", (c, who) -> get("/initiatives/" + c.id() + "/join/" + FORGED), forged()));
        routes.add(new Route(
                "join with a forged link", (c, who) -> post("/initiatives/" + c.id() + "/join/" + FORGED), forged()));
        routes.add(new Route(
                "open an invitation",
                (c, who) -> get("/initiatives/" + c.id() + "/invitations/" + mailToken(c)),
                link("200")));
        routes.add(new Route(
                "accept an invitation",
                (c, who) -> post("/initiatives/" + c.id() + "/invitations/" + mailToken(c)),
                link("302")));
        routes.add(new Route(
                "open the join link",
                (c, who) -> get("/initiatives/" + c.id() + "/join/" + linkToken(c)),
                link("200")));
        routes.add(new Route(
                "join with the link",
                (c, who) -> post("/initiatives/" + c.id() + "/join/" + linkToken(c)),
                link("302")));
        return routes;
    }

    private List<String> check(Case c) throws Exception {
        var demo = new Demo(users);
        var failures = new ArrayList<String>();
        for (Route route : routes()) {
            for (Who who : Who.values()) {
                var request = route.request().apply(c, who).with(csrf());
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

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void individualInitiative() throws Exception {
        Case c = individual();
        assertThat(check(c)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM initiative_member WHERE initiative_id = :id", c.id()))
                .isEqualTo(membersBefore.get(c.id()).size());
    }

    @Test
    void groupInitiative() throws Exception {
        Case c = group();
        assertThat(check(c)).isEmpty();
        // Everyone signed in joined with a valid token, each once; members kept their roles.
        assertThat(jdbc.sql("SELECT role FROM initiative_member WHERE initiative_id = :i AND person_id = :p")
                        .param("i", c.id())
                        .param("p", c.facilitatorId())
                        .query(String.class)
                        .single())
                .isIn("owner", "facilitator");
        for (Who who : List.of(Who.CITIZEN, Who.OTHER_CITIZEN, Who.OTHER_PRO, Who.ADMIN)) {
            assertThat(jdbc.sql("SELECT role FROM initiative_member WHERE initiative_id = :i AND person_id = :p")
                            .param("i", c.id())
                            .param("p", People.id(jdbc, c.emails().get(who)))
                            .query(String.class)
                            .list())
                    .as(who.name())
                    .containsExactly("member");
        }
    }

    @Test
    void collectiveInitiative() throws Exception {
        Case c = collective();
        assertThat(check(c)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM initiative_join_link WHERE initiative_id = :id", c.id()))
                .as("links made directly in the table for the test, never by the routes")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM initiative_member WHERE initiative_id = :id", c.id()))
                .isEqualTo(membersBefore.get(c.id()).size());
    }

    @Test
    void routesListsEveryInvitationRoute() {
        var mapped = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType() == InvitationController.class) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                        mapped.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(ROUTES);
    }
}
