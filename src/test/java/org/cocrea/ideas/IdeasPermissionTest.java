package org.cocrea.ideas;

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
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.PermissionMatrix.Expect;
import org.cocrea.testing.PermissionMatrix.Request;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every route of the proposals tool, for each of the seven kinds of person, on an instance of its own in a copy of
 * a demo initiative of each level the tool allows: collective (public) and group (members only). An allowed cell
 * of a changing route checks its effect in the database (the proposal stored with its author, the comment, the
 * support counted, the support withdrawn, the answer, the moderation, the report, the follow, the settings);
 * every other cell checks that nothing of the instance changed. "LOGIN" is the redirect to the sign-in page.
 * {@link #ROUTES} is derived from the checks and compared with the registered routes.
 */
@WebTest
class IdeasPermissionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /**
     * One instance: who is who, whether it is a group's, and proposals for each kind of change (an open one to
     * support, comment and follow, one to report, one to answer, one to moderate) and an attachment.
     */
    record Case(
            String name,
            long tool,
            long open,
            long reported,
            long answered,
            long moderated,
            long file,
            Map<Who, String> emails,
            boolean group) {
        /** Group initiatives are readable by members only: being an admin gives no sight of them. */
        boolean reads(Who who) {
            return !group || who == Who.MEMBER || who == Who.FACILITATOR;
        }
    }

    private Case kase(String title, String citizen, String member, String facilitator, boolean group) {
        TestIdeas.outsiders(jdbc);
        long tool = TestIdeas.newInstance(jdbc, title);
        // Reports never hide a proposal here: every reader reports one, and must still read it afterwards.
        jdbc.sql("""
                INSERT INTO idea_settings (tool_instance_id, categories, supports_per_person, support_threshold,
                    reports_to_hide)
                VALUES (:t, '', 10, 0, 1000)
                """).param("t", tool).update();
        long open = TestIdeas.idea(jdbc, tool, "Aperta", "open", null);
        long reported = TestIdeas.idea(jdbc, tool, "Segnalata", "open", null);
        long answered = TestIdeas.idea(jdbc, tool, "Da valutare", "open", null);
        long moderated = TestIdeas.idea(jdbc, tool, "Da moderare", "open", null);
        jdbc.sql("""
                INSERT INTO idea_attachment (idea_id, file_name, content_type, size_bytes, content, created_at)
                VALUES (:i, 'a.png', 'image/png', :n, :c, CURRENT_TIMESTAMP)
                """)
                .param("i", open)
                .param("n", TestIdeas.PNG.length)
                .param("c", TestIdeas.PNG)
                .update();
        long file = TestIdeas.count(jdbc, "SELECT MAX(id) FROM idea_attachment");
        var emails = new EnumMap<Who, String>(Who.class);
        emails.put(Who.CITIZEN, citizen);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.MEMBER, member);
        emails.put(Who.FACILITATOR, facilitator);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(title, tool, open, reported, answered, moderated, file, emails, group);
    }

    private long person(String email) {
        return TestIdeas.count(jdbc, "SELECT id FROM app_user WHERE email = ?", email);
    }

    /** Everything of the instance a route may change, as text: compared before and after each cell. */
    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql : List.of("""
                SELECT categories, supports_per_person, support_threshold, reports_to_hide FROM idea_settings
                WHERE tool_instance_id = :t
                """, """
                SELECT id, author_id, title, status, answer, moderation FROM idea WHERE tool_instance_id = :t
                ORDER BY id
                """, """
                SELECT m.id, m.target_id, m.author_id, m.body FROM comment m
                WHERE m.tool_instance_id = :t ORDER BY m.id
                """, """
                SELECT s.idea_id, s.person_id FROM idea_support s JOIN idea i ON i.id = s.idea_id
                WHERE i.tool_instance_id = :t ORDER BY s.idea_id, s.person_id
                """, """
                SELECT r.idea_id, r.person_id, r.reason FROM idea_report r JOIN idea i ON i.id = r.idea_id
                WHERE i.tool_instance_id = :t ORDER BY r.idea_id, r.person_id
                """, """
                SELECT f.idea_id, f.person_id FROM idea_follow f JOIN idea i ON i.id = f.idea_id
                WHERE i.tool_instance_id = :t ORDER BY f.idea_id, f.person_id
                """)) {
            out.append(jdbc.sql(sql).param("t", c.tool()).query().listOfRows()).append('\n');
        }
        return out.toString();
    }

    private long count(String sql, Object... params) {
        return TestIdeas.count(jdbc, sql, params);
    }

    interface Effect {
        void verify(Case c, Who who, long me);
    }

    /** One check: the route as registered, the request, the answer per person, the effect of an allowed change. */
    record Check(String route, String name, Request<Case> request, Expect<Case> expect, Effect effect)
            implements PermissionMatrix.Row<Case> {}

    private static Expect<Case> read() {
        return (c, who) -> c.reads(who) ? "200" : "404";
    }

    /** A change allowed to the roles given, forbidden to other readers, unknown to the rest. */
    private static Expect<Case> change(String whenAllowed, Who... allowed) {
        var may = List.of(allowed);
        return (c, who) ->
                who == Who.ANONYMOUS ? "LOGIN" : !c.reads(who) ? "404" : may.contains(who) ? whenAllowed : "403";
    }

    /** Open to every signed-in reader. */
    private static Expect<Case> anyReader(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.reads(who) ? whenAllowed : "404";
    }

    private static final String TOOL = "/ideas/{tool:\\d+}";
    private static final String IDEA = TOOL + "/{idea:\\d+}";

    private static String idea(Case c, long idea, String tail) {
        return "/ideas/" + c.tool() + "/" + idea + tail;
    }

    private List<Check> checks() {
        var r = new ArrayList<Check>();
        r.add(new Check("GET " + TOOL, "list", (c, w) -> get("/ideas/" + c.tool()), read(), null));
        r.add(new Check(
                "GET " + TOOL,
                "list filtered",
                (c, w) -> get("/ideas/" + c.tool() + "?sort=supported&status=open"),
                read(),
                null));
        r.add(new Check("GET " + IDEA, "proposal", (c, w) -> get(idea(c, c.open(), "")), read(), null));
        r.add(new Check(
                "GET " + IDEA + "/files/{file:\\d+}",
                "attachment",
                (c, w) -> get(idea(c, c.open(), "/files/" + c.file())),
                read(),
                null));
        r.add(new Check(
                "GET " + TOOL + "/new",
                "new form",
                (c, w) -> get("/ideas/" + c.tool() + "/new"),
                change("200", Who.MEMBER, Who.FACILITATOR),
                null));
        r.add(new Check(
                "POST " + TOOL,
                "propose",
                (c, w) -> multipart("/ideas/" + c.tool())
                        .param("title", "Proposed by " + w)
                        .param("body", "Why"),
                change("302", Who.MEMBER, Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM idea WHERE tool_instance_id = ? AND title = ? AND author_id = ?"
                                        + " AND status = 'open'",
                                c.tool(),
                                "Proposed by " + w,
                                me))
                        .isEqualTo(1)));
        // Comments on ideas are the comments module's routes, in CommentsPermissionMatrixTest.
        r.add(new Check(
                "POST " + IDEA + "/support",
                "support",
                (c, w) -> post(idea(c, c.open(), "/support")),
                change("302", Who.MEMBER),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM idea_support WHERE idea_id = ? AND person_id = ?", c.open(), me))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + IDEA + "/withdraw",
                "withdraw",
                (c, w) -> post(idea(c, c.open(), "/withdraw")),
                change("302", Who.MEMBER),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM idea_support WHERE idea_id = ? AND person_id = ?", c.open(), me))
                        .isZero()));
        r.add(new Check(
                "POST " + IDEA + "/answer",
                "answer",
                (c, w) -> post(idea(c, c.answered(), "/answer"))
                        .param("status", "accepted")
                        .param("reason", "Answered by " + w),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM idea WHERE id = ? AND status = 'accepted' AND answer = ?",
                                c.answered(),
                                "Answered by " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + IDEA + "/support",
                "support an answered proposal",
                (c, w) -> post(idea(c, c.answered(), "/support")),
                change("422", Who.MEMBER),
                null));
        r.add(new Check(
                "POST " + IDEA + "/moderate",
                "moderate",
                (c, w) -> post(idea(c, c.moderated(), "/moderate")).param("action", "hide"),
                // Once the facilitator has hidden it, the proposal is unknown to those who may not moderate.
                (c, who) -> who.compareTo(Who.FACILITATOR) > 0 && c.reads(who)
                        ? "404"
                        : change("302", Who.FACILITATOR).status(c, who),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM idea WHERE id = ? AND moderation = 'hidden'", c.moderated()))
                        .isEqualTo(1)));
        r.add(new Check(
                "GET " + TOOL + "/settings",
                "settings",
                (c, w) -> get("/ideas/" + c.tool() + "/settings"),
                change("200", Who.FACILITATOR),
                null));
        r.add(new Check(
                "POST " + TOOL + "/settings",
                "save settings",
                (c, w) -> post("/ideas/" + c.tool() + "/settings")
                        .param("categories", "mobilità\nverde")
                        .param("supportsPerPerson", "7")
                        .param("supportThreshold", "3")
                        .param("reportsToHide", "999"),
                change("302", Who.FACILITATOR),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM idea_settings WHERE tool_instance_id = ?"
                                        + " AND supports_per_person = 7 AND support_threshold = 3"
                                        + " AND reports_to_hide = 999",
                                c.tool()))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + IDEA + "/report",
                "report",
                (c, w) -> post(idea(c, c.reported(), "/report")).param("reason", "Reported by " + w),
                anyReader("302"),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM idea_report WHERE idea_id = ? AND person_id = ? AND reason = ?",
                                c.reported(),
                                me,
                                "Reported by " + w))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + IDEA + "/follow",
                "follow",
                (c, w) -> post(idea(c, c.reported(), "/follow")).param("follow", "true"),
                anyReader("302"),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM idea_follow WHERE idea_id = ? AND person_id = ?",
                                c.reported(),
                                me))
                        .isEqualTo(1)));
        r.add(new Check(
                "POST " + IDEA + "/follow",
                "unfollow",
                (c, w) -> post(idea(c, c.reported(), "/follow")).param("follow", "false"),
                anyReader("302"),
                (c, w, me) -> assertThat(count(
                                "SELECT COUNT(*) FROM idea_follow WHERE idea_id = ? AND person_id = ?",
                                c.reported(),
                                me))
                        .isZero()));
        r.add(new Check(
                "GET " + IDEA, "unknown proposal", (c, w) -> get(idea(c, 999_999_999L, "")), (c, who) -> "404", null));
        return r;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES =
            new IdeasPermissionTest().checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private List<String> run(Case c) throws Exception {
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the proposals")
                .run(
                        c.name(),
                        c,
                        checks(),
                        (check, who, r) ->
                                check.effect().verify(c, who, person(c.emails().get(who))));
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
