package org.cocrea.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every route of the comments module, for each of the seven kinds of person, on the initiative page's thread and on
 * an idea's thread, in a copy of a demo initiative of each level: collective (public) and group (members only).
 * Each cell that acts on a comment acts on a fresh one (written by the member, or by the facilitator for reports),
 * so one person's report or hiding never decides the next person's answer. An allowed change is checked in the
 * database; every other cell checks that nothing of the initiative's comments changed. "LOGIN" is the redirect to
 * the sign-in page. {@link #ROUTES} is derived from the checks.
 */
@WebTest
class CommentsPermissionMatrixTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    record Case(String name, long initiative, long tool, long idea, Map<Who, String> emails, boolean group) {
        boolean reads(Who who) {
            return !group || who == Who.MEMBER || who == Who.FACILITATOR;
        }
    }

    private Case kase(String title, String citizen, String member, String facilitator, boolean group) {
        TestIdeas.outsiders(jdbc);
        long tool = TestIdeas.newInstance(jdbc, title);
        long initiative = count("SELECT initiative_id FROM tool_instance WHERE id = ?", tool);
        long idea = TestIdeas.idea(jdbc, tool, "Da commentare", "open", null);
        var emails = new EnumMap<Who, String>(Who.class);
        emails.put(Who.CITIZEN, citizen);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.MEMBER, member);
        emails.put(Who.FACILITATOR, facilitator);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(title, initiative, tool, idea, emails, group);
    }

    private long count(String sql, Object... params) {
        return TestIdeas.count(jdbc, sql, params);
    }

    private long person(String email) {
        return count("SELECT id FROM app_user WHERE email = ?", email);
    }

    /** A fresh comment on the idea's thread by {@code who}, written now. */
    private long commentBy(Case c, Who who) {
        jdbc.sql("""
                INSERT INTO comment (initiative_id, tool_instance_id, target_kind, target_id, reply, author_id, body,
                    created_at)
                VALUES (:initiative, :tool, 'idea', :idea, FALSE, :author, 'Da esaminare', CURRENT_TIMESTAMP)
                """)
                .param("initiative", c.initiative())
                .param("tool", c.tool())
                .param("idea", c.idea())
                .param("author", person(c.emails().get(who)))
                .update();
        return count("SELECT MAX(id) FROM comment");
    }

    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql :
                List.of("""
                SELECT id, target_kind, target_id, parent_id, author_id, body, edited_at, moderation FROM comment
                WHERE initiative_id = :i ORDER BY id
                """, """
                SELECT r.comment_id, r.person_id, r.reason FROM comment_report r JOIN comment m ON m.id = r.comment_id
                WHERE m.initiative_id = :i ORDER BY r.comment_id, r.person_id
                """, "SELECT scope FROM comment_closed WHERE initiative_id = :i ORDER BY scope")) {
            out.append(jdbc.sql(sql).param("i", c.initiative()).query().listOfRows())
                    .append('\n');
        }
        return out.toString();
    }

    interface Effect {
        void verify(Case c, Who who, long me, long comment);
    }

    /** Builds the request; {@code comment} is the fresh comment the cell acts on (0 when it needs none). */
    interface Request {
        AbstractMockHttpServletRequestBuilder<?> build(Case c, Who who, long comment);
    }

    /** {@code author}: whose fresh comment the cell acts on, or null for none. */
    record Check(String route, String name, Who author, Request request, Expect<Case> expect, Effect effect) {}

    private static Expect<Case> read() {
        return (c, who) -> c.reads(who) ? "200" : "404";
    }

    private static Expect<Case> change(String whenAllowed, Who... allowed) {
        var may = List.of(allowed);
        return (c, who) ->
                who == Who.ANONYMOUS ? "LOGIN" : !c.reads(who) ? "404" : may.contains(who) ? whenAllowed : "403";
    }

    private static Expect<Case> anyReaderBut(String whenAllowed, Who notAllowed) {
        return (c, who) ->
                who == Who.ANONYMOUS ? "LOGIN" : !c.reads(who) ? "404" : who == notAllowed ? "403" : whenAllowed;
    }

    private static final String PAGE = "/comments/initiative/{initiative:\\d+}";
    private static final String TOOL = "/comments/tool/{instance:\\d+}/{kind:[a-z][a-z0-9-]{0,39}}/{item:\\d+}";
    private static final String ONE = "/comments/{comment:\\d+}";

    private static String page(Case c) {
        return "/comments/initiative/" + c.initiative();
    }

    private static String tool(Case c) {
        return "/comments/tool/" + c.tool() + "/idea/" + c.idea();
    }

    private List<Check> checks() {
        var r = new ArrayList<Check>();
        r.add(new Check("GET " + PAGE, "page thread", null, (c, w, m) -> get(page(c)), read(), null));
        r.add(new Check("GET " + TOOL, "idea thread", null, (c, w, m) -> get(tool(c)), read(), null));
        r.add(new Check(
                "GET " + TOOL,
                "idea thread of an unknown instance",
                null,
                (c, w, m) -> get("/comments/tool/999999999/idea/" + c.idea()),
                (c, w) -> "404",
                null));
        r.add(new Check(
                "POST " + PAGE,
                "comment on the page",
                null,
                (c, w, m) -> post(page(c)).param("body", "Page by " + w),
                change("302", Who.MEMBER, Who.FACILITATOR),
                (c, w, me, m) -> assertThat(count(
                                "SELECT COUNT(*) FROM comment WHERE target_kind = 'initiative' AND target_id = ?"
                                        + " AND tool_instance_id IS NULL AND author_id = ? AND body = ?",
                                c.initiative(),
                                me,
                                "Page by " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + TOOL,
                "comment on the idea",
                null,
                (c, w, m) -> post(tool(c)).param("body", "Idea by " + w),
                change("302", Who.MEMBER, Who.FACILITATOR),
                (c, w, me, m) -> assertThat(count(
                                "SELECT COUNT(*) FROM comment WHERE target_kind = 'idea' AND target_id = ?"
                                        + " AND tool_instance_id = ? AND author_id = ? AND body = ?",
                                c.idea(),
                                c.tool(),
                                me,
                                "Idea by " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + PAGE + "/switch",
                "switch the page off",
                null,
                (c, w, m) -> post(page(c) + "/switch").param("open", "false"),
                change("302", Who.FACILITATOR),
                (c, w, me, m) -> {
                    assertThat(count(
                                    "SELECT COUNT(*) FROM comment_closed WHERE scope = ?",
                                    "initiative:" + c.initiative()))
                            .isEqualTo(1);
                    jdbc.sql("DELETE FROM comment_closed WHERE initiative_id = ?")
                            .param(c.initiative())
                            .update();
                }));
        r.add(new Check(
                "POST " + TOOL + "/switch",
                "switch the tool off",
                null,
                (c, w, m) -> post(tool(c) + "/switch").param("open", "false"),
                change("302", Who.FACILITATOR),
                (c, w, me, m) -> {
                    assertThat(count("SELECT COUNT(*) FROM comment_closed WHERE scope = ?", "tool:" + c.tool()))
                            .isEqualTo(1);
                    jdbc.sql("DELETE FROM comment_closed WHERE initiative_id = ?")
                            .param(c.initiative())
                            .update();
                }));
        r.add(new Check(
                "POST " + ONE + "/edit",
                "edit the member's comment",
                Who.MEMBER,
                (c, w, m) -> post("/comments/" + m + "/edit").param("body", "Edited by " + w),
                change("302", Who.MEMBER),
                (c, w, me, m) -> assertThat(count(
                                "SELECT COUNT(*) FROM comment WHERE id = ? AND body = ? AND edited_at IS NOT NULL",
                                m,
                                "Edited by " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + ONE + "/report",
                "report the facilitator's comment",
                Who.FACILITATOR,
                (c, w, m) -> post("/comments/" + m + "/report").param("reason", "Reported by " + w),
                anyReaderBut("302", Who.FACILITATOR),
                (c, w, me, m) -> assertThat(count(
                                "SELECT COUNT(*) FROM comment_report WHERE comment_id = ? AND person_id = ?", m, me))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + ONE + "/moderate",
                "hide the member's comment",
                Who.MEMBER,
                (c, w, m) -> post("/comments/" + m + "/moderate").param("action", "hide"),
                change("302", Who.FACILITATOR),
                (c, w, me, m) -> assertThat(
                                count("SELECT COUNT(*) FROM comment WHERE id = ? AND moderation = 'hidden'", m))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + ONE + "/report",
                "report an unknown comment",
                null,
                (c, w, m) -> post("/comments/999999999/report").param("reason", "x"),
                (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : "404",
                null));
        return r;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new CommentsPermissionMatrixTest()
            .checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the comments")
                .run(c.name(), checks(), (check, who) -> {
                    long comment = check.author() == null ? 0 : commentBy(c, check.author());
                    return PermissionMatrix.Cell.changing(
                            check.name(),
                            () -> check.request().build(c, who, comment),
                            check.expect().status(c, who),
                            check.effect() != null,
                            r -> check.effect()
                                    .verify(
                                            c,
                                            who,
                                            TestIdeas.count(
                                                    jdbc,
                                                    "SELECT id FROM app_user WHERE email = ?",
                                                    c.emails().get(who)),
                                            comment));
                });
    }

    @Test
    void collectiveInitiative() throws Exception {
        assertThat(run(kase(TestIdeas.COLLECTIVE, Demo.PARENT, Demo.CITIZEN, Demo.PARKS_OFFICER, false)))
                .isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        assertThat(run(kase(TestIdeas.GROUP, Demo.CITIZEN, Demo.PARENT, Demo.TEACHER, true)))
                .isEmpty();
    }
}
