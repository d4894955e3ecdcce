package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * Every route of the vote tool, for each of the seven kinds of person, on a vote of its own in a copy of a demo
 * initiative of each level (and a collective vote open to anyone registered). The checks run in the vote's life
 * order: a draft (settings, options), open (pages, ballots), closed. An allowed cell of a changing route checks
 * its effect in the database (the settings saved, the option added or removed, the ballot stored with the option
 * chosen, the vote opened or closed); every other cell checks that nothing of the vote changed. "LOGIN" is the
 * redirect to the sign-in page; outsiders get 404, readers who may not act 403.
 *
 * <p>Unlike the budget, whose facilitators set it up and do not vote, the vote tool lets its facilitators vote
 * (VoteTool.ACTIONS binds "vote" to owners and facilitators too); this matrix encodes the code as it is.
 * {@link #ROUTES} is derived from the checks and compared with the registered routes.
 */
@WebTest
class VotePermissionMatrixTest {

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

    /**
     * A draft vote in a copy of a demo initiative with options A and B (to vote for) and C (to remove); who is who,
     * who sees it and who may vote.
     */
    record Case(
            String name,
            long id,
            List<Long> options,
            long removable,
            String eligibility,
            Map<Who, String> emails,
            Set<Who> see,
            Set<Who> voters) {}

    /** {@code members}: who holds a role the tool binds to "vote" (facilitators included). */
    private Case kase(
            String name, String initiative, Map<Who, String> roles, Set<Who> see, Set<Who> members, String eligibility)
            throws Exception {
        var demo = new Demo(users);
        String facilitator = roles.get(Who.FACILITATOR);
        long id = TestVotes.newInstance(jdbc, initiative);
        for (var request : List.of(
                settings(post("/vote/" + id + "/settings"), "Q", eligibility),
                post("/vote/" + id + "/options").param("title", "A"),
                post("/vote/" + id + "/options").param("title", "B"),
                post("/vote/" + id + "/options").param("title", "C"))) {
            mvc.perform(request.with(csrf()).with(demo.as(facilitator))).andExpect(status().isFound());
        }
        List<Long> options = jdbc.sql("""
                        SELECT o.id FROM vote_option o JOIN vote v ON v.id = o.vote_id
                        WHERE v.tool_instance_id = :i ORDER BY o.id
                        """).param("i", id).query(Long.class).list();
        assertThat(options).hasSize(3);
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestVotes.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestVotes.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        // Members' votes: the members; votes for anyone registered: every signed-in reader.
        Set<Who> voters = eligibility.equals("members")
                ? members
                : see.stream().filter(w -> w != Who.ANONYMOUS).collect(Collectors.toUnmodifiableSet());
        return new Case(name, id, options.subList(0, 2), options.get(2), eligibility, emails, see, voters);
    }

    private static MockHttpServletRequestBuilder settings(
            MockHttpServletRequestBuilder request, String question, String eligibility) {
        return request.param("question", question)
                .param("ballotKind", "approval")
                .param("eligibility", eligibility);
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** Everything of the vote a route may change, as text: compared before and after each cell. */
    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql : List.of("""
                SELECT question, ballot_kind, eligibility, named, hide_results, status FROM vote
                WHERE tool_instance_id = :i
                """, """
                SELECT o.id, o.title, o.description FROM vote_option o JOIN vote v ON v.id = o.vote_id
                WHERE v.tool_instance_id = :i ORDER BY o.id
                """, """
                SELECT b.id, b.voter_id FROM vote_ballot b JOIN vote v ON v.id = b.vote_id
                WHERE v.tool_instance_id = :i ORDER BY b.id
                """, """
                SELECT m.ballot_id, m.option_id, m.mark_value FROM vote_mark m JOIN vote v ON v.id = m.vote_id
                WHERE v.tool_instance_id = :i ORDER BY m.ballot_id, m.option_id
                """)) {
            out.append(jdbc.sql(sql).param("i", c.id()).query().listOfRows()).append('\n');
        }
        return out.toString();
    }

    private String one(Case c, String sql, Object... params) {
        var spec = jdbc.sql(sql).param("i", c.id());
        for (int i = 0; i < params.length; i++) {
            spec = spec.param("p" + i, params[i]);
        }
        return String.valueOf(spec.query().listOfRows());
    }

    /** The option each person chooses: not the same for everyone, so a ballot stored with another one shows. */
    private static long choice(Case c, Who who) {
        return c.options().get(who.ordinal() % c.options().size());
    }

    interface Effect {
        void verify(Case c, Who who);
    }

    /** One check: the route as registered, the request, the answer per person, the effect of an allowed change. */
    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect)
            implements PermissionMatrix.Row<Case> {}

    private static Expect<Case> read() {
        return (c, who) -> c.see().contains(who) ? "200" : "404";
    }

    private static Expect<Case> manage(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR ? whenAllowed : c.see().contains(who) ? "403" : "404";
    }

    private static final String ID = "/vote/{id:\\d+}";

    private List<Check> checks() {
        var checks = new ArrayList<Check>();
        // A draft vote.
        checks.add(new Check(
                "GET " + ID + "/manage", "manage page", (c, w) -> get(path(c, "/manage")), manage("200"), null));
        checks.add(new Check(
                "POST " + ID + "/settings",
                "settings",
                (c, w) -> settings(post(path(c, "/settings")), "Asked by " + w, c.eligibility()),
                manage("302"),
                (c, w) -> assertThat(one(c, "SELECT question FROM vote WHERE tool_instance_id = :i"))
                        .isEqualTo("[{question=Asked by " + w + "}]")));
        checks.add(new Check(
                "POST " + ID + "/options",
                "add option",
                (c, w) -> post(path(c, "/options")).param("title", "Added by " + w),
                manage("302"),
                (c, w) -> assertThat(one(c, """
                                SELECT COUNT(*) AS n FROM vote_option o JOIN vote v ON v.id = o.vote_id
                                WHERE v.tool_instance_id = :i AND o.title = :p0
                                """, "Added by " + w)).isEqualTo("[{n=1}]")));
        checks.add(new Check(
                "POST " + ID + "/options/{option:\\d+}/remove",
                "remove option",
                (c, w) -> post(path(c, "/options/" + c.removable() + "/remove")),
                manage("302"),
                (c, w) -> assertThat(one(c, "SELECT COUNT(*) AS n FROM vote_option WHERE id = :p0", c.removable()))
                        .isEqualTo("[{n=0}]")));
        checks.add(new Check(
                "POST " + ID + "/open",
                "open",
                (c, w) -> post(path(c, "/open")),
                manage("302"),
                (c, w) -> assertThat(one(c, "SELECT status FROM vote WHERE tool_instance_id = :i"))
                        .isEqualTo("[{status=open}]")));
        // Open, with live results.
        checks.add(new Check("GET " + ID, "vote page", (c, w) -> get(path(c, "")), read(), null));
        checks.add(new Check(
                "POST " + ID + "/ballot",
                "ballot",
                (c, w) -> post(path(c, "/ballot")).param("options", String.valueOf(choice(c, w))),
                (c, who) -> who == Who.ANONYMOUS
                        ? "LOGIN"
                        : c.voters().contains(who) ? "302" : c.see().contains(who) ? "422" : "404",
                (c, w) -> assertThat(one(c, """
                                SELECT m.option_id FROM vote_ballot b JOIN vote v ON v.id = b.vote_id
                                JOIN vote_mark m ON m.ballot_id = b.id
                                WHERE v.tool_instance_id = :i AND b.voter_id = :p0
                                """, person(c.emails().get(w))))
                        .isEqualTo("[{option_id=" + choice(c, w) + "}]")));
        checks.add(new Check("GET " + ID + "/results", "results", (c, w) -> get(path(c, "/results")), read(), null));
        checks.add(
                new Check("GET " + ID + "/ballots.csv", "csv", (c, w) -> get(path(c, "/ballots.csv")), read(), null));
        checks.add(new Check(
                "POST " + ID + "/close",
                "close",
                (c, w) -> post(path(c, "/close")),
                manage("302"),
                (c, w) -> assertThat(one(c, "SELECT status FROM vote WHERE tool_instance_id = :i"))
                        .isEqualTo("[{status=closed}]")));
        return checks;
    }

    private static String path(Case c, String tail) {
        return "/vote/" + c.id() + tail;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES =
            new VotePermissionMatrixTest().checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the vote")
                .run(c.name(), c, checks(), (check, who, r) -> check.effect().verify(c, who));
    }

    private Case collective(String name, String eligibility) throws Exception {
        return kase(
                name,
                TestVotes.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()),
                Set.of(Who.MEMBER, Who.FACILITATOR),
                eligibility);
    }

    @Test
    void collectiveInitiative() throws Exception {
        var c = collective("collective", "members");
        assertThat(run(c)).isEmpty();
    }

    @Test
    void collectiveInitiativeOpenToAnyoneRegistered() throws Exception {
        var c = collective("registered", "registered");
        assertThat(c.voters()).hasSize(6);
        assertThat(run(c)).isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        var c = kase(
                "group",
                TestVotes.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR), // members only, admins included
                Set.of(Who.MEMBER, Who.FACILITATOR),
                "members");
        assertThat(run(c)).isEmpty();
    }

    @Test
    void individualInitiative() throws Exception {
        // The citizen of an individual initiative is a member (role "citizen"), the parent is their proxy.
        var c = kase(
                "individual",
                "Piano personale di salute",
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.SOCIAL_WORKER),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR),
                Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR),
                "members");
        assertThat(run(c)).isEmpty();
    }
}
