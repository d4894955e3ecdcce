package org.cocrea.opinions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.ideas.TestIdeas;
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
 * Every route of the opinions tool for each of the seven kinds of person, on a conversation of its own in a copy of a
 * demo initiative of each level: collective (public) and group (members only). An allowed change checks its effect
 * in the database; every other cell checks that nothing of the conversation changed. "LOGIN" is the redirect to the
 * sign-in page. {@link #ROUTES} is derived from the checks.
 */
@WebTest
class OpinionsPermissionMatrixTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    record Case(String name, long tool, long open, long moderated, Map<Who, String> emails, boolean group) {
        boolean reads(Who who) {
            return !group || who == Who.MEMBER || who == Who.FACILITATOR;
        }
    }

    private Case kase(String title, String citizen, String member, String facilitator, boolean group) {
        TestIdeas.outsiders(jdbc);
        long tool = TestOpinions.newConversation(jdbc, title);
        long open = TestOpinions.statement(jdbc, tool, "Aperta al voto");
        long moderated = TestOpinions.statement(jdbc, tool, "Da moderare");
        var emails = new EnumMap<Who, String>(Who.class);
        emails.put(Who.CITIZEN, citizen);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.MEMBER, member);
        emails.put(Who.FACILITATOR, facilitator);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(title, tool, open, moderated, emails, group);
    }

    private long count(String sql, Object... params) {
        return TestOpinions.count(jdbc, sql, params);
    }

    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql : List.of(
                "SELECT moderation, method FROM opinion_conversation WHERE tool_instance_id = :t",
                "SELECT id, author_id, body, status FROM opinion_statement WHERE tool_instance_id = :t ORDER BY id",
                """
                SELECT v.statement_id, p.person_id, p.anonymous_key, v.vote FROM opinion_vote v
                JOIN opinion_participant p ON p.id = v.participant_id
                WHERE v.tool_instance_id = :t ORDER BY v.statement_id, p.id
                """)) {
            out.append(jdbc.sql(sql).param("t", c.tool()).query().listOfRows()).append('\n');
        }
        return out.toString();
    }

    interface Effect {
        void verify(Case c, Who who, long me);
    }

    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect)
            implements PermissionMatrix.Row<Case> {}

    private static Expect<Case> read() {
        return (c, who) -> c.reads(who) ? "200" : "404";
    }

    private static Expect<Case> change(String whenAllowed, Who... allowed) {
        var may = List.of(allowed);
        return (c, who) ->
                who == Who.ANONYMOUS ? "LOGIN" : !c.reads(who) ? "404" : may.contains(who) ? whenAllowed : "403";
    }

    private static final String TOOL = "/opinions/{id:\\d+}";

    private static String at(Case c, String tail) {
        return "/opinions/" + c.tool() + tail;
    }

    private List<Check> checks() {
        var r = new ArrayList<Check>();
        r.add(new Check("GET " + TOOL, "conversation", (c, w) -> get(at(c, "")), read(), null));
        r.add(new Check(
                "GET " + TOOL + "/statements", "statements", (c, w) -> get(at(c, "/statements")), read(), null));
        r.add(new Check("GET " + TOOL + "/results", "results", (c, w) -> get(at(c, "/results")), read(), null));
        r.add(new Check(
                "POST " + TOOL + "/votes",
                "vote",
                (c, w) -> post(at(c, "/votes"))
                        .param("statement", String.valueOf(c.open()))
                        .param("choice", "agree"),
                change("302", Who.MEMBER, Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM opinion_vote v JOIN opinion_participant p"
                                        + " ON p.id = v.participant_id WHERE v.statement_id = ? AND p.person_id = ?"
                                        + " AND v.vote = 1",
                                c.open(),
                                me))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + TOOL + "/statements",
                "submit",
                (c, w) -> post(at(c, "/statements")).param("body", "Detto da " + w),
                change("302", Who.MEMBER, Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM opinion_statement WHERE tool_instance_id = ? AND author_id = ?"
                                        + " AND body = ?",
                                c.tool(),
                                me,
                                "Detto da " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + TOOL + "/statements/{statement:\\d+}/moderate",
                "moderate",
                (c, w) -> post(at(c, "/statements/" + c.moderated() + "/moderate"))
                        .param("action", "reject"),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM opinion_statement WHERE id = ? AND status = 'rejected'",
                                c.moderated()))
                        .isEqualTo(1)));
        r.add(new Check(
                "GET " + TOOL + "/settings",
                "settings",
                (c, w) -> get(at(c, "/settings")),
                change("200", Who.FACILITATOR),
                null));
        r.add(new Check(
                "POST " + TOOL + "/settings",
                "save settings",
                (c, w) -> post(at(c, "/settings")).param("moderation", "before").param("method", "polis"),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM opinion_conversation WHERE tool_instance_id = ?"
                                        + " AND moderation = 'before' AND method = 'polis'",
                                c.tool()))
                        .isEqualTo(1)));
        r.add(new Check(
                "GET " + TOOL + "/import",
                "import form",
                (c, w) -> get(at(c, "/import")),
                change("200", Who.FACILITATOR),
                null));
        r.add(new Check(
                "POST " + TOOL + "/import",
                "import into a conversation that has statements",
                (c, w) -> multipart(at(c, "/import"))
                        .file(new MockMultipartFile("comments", "comments.csv", "text/csv", bytes("comments.csv")))
                        .file(new MockMultipartFile(
                                "participantsVotes",
                                "participants-votes.csv",
                                "text/csv",
                                bytes("participants-votes.csv"))),
                change("422", Who.FACILITATOR),
                null));
        r.add(new Check(
                "GET " + TOOL + "/export.zip",
                "export",
                (c, w) -> get(at(c, "/export.zip")),
                change("200", Who.FACILITATOR),
                null));
        r.add(new Check(
                "GET " + TOOL, "unknown conversation", (c, w) -> get("/opinions/999999999"), (c, who) -> "404", null));
        return r;
    }

    private static byte[] bytes(String name) {
        try {
            return java.nio.file.Files.readAllBytes(OpinionsWebTest.LONDON.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new OpinionsPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the conversation")
                .run(
                        c.name(),
                        c,
                        checks(),
                        (check, who, r) -> check.effect()
                                .verify(
                                        c,
                                        who,
                                        count(
                                                "SELECT id FROM app_user WHERE email = ?",
                                                c.emails().get(who))));
    }

    @Test
    void collectiveInitiative() throws Exception {
        assertThat(run(kase(TestOpinions.COLLECTIVE, Demo.PARENT, Demo.CITIZEN, Demo.PARKS_OFFICER, false)))
                .isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        assertThat(run(kase(TestOpinions.GROUP, Demo.CITIZEN, Demo.PARENT, Demo.TEACHER, true)))
                .isEmpty();
    }
}
