package org.cocrea.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every route of the proposals tool, for each kind of person, on a collective initiative (public) and a group
 * initiative (members only). Changes are sent with values refused after the permission check (422), so that
 * "allowed" shows without changing anything; "LOGIN" is the redirect to the sign-in page.
 */
@WebTest
class IdeasPermissionTest {
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

    /** One instance to test: who is who, who may read it at all, and an open and a rejected proposal. */
    record Case(String name, long tool, long open, long rejected, long file, Map<Who, String> emails, boolean group) {
        /** Group initiatives are readable by members only: being an admin gives no sight of them. */
        boolean reads(Who who) {
            return !group || who == Who.MEMBER || who == Who.FACILITATOR;
        }
    }

    private Case kase(String title, String citizen, String member, String facilitator, boolean group) {
        TestIdeas.outsiders(jdbc);
        long tool = TestIdeas.newInstance(jdbc, title);
        long open = TestIdeas.idea(jdbc, tool, "Aperta", "open", null);
        long rejected = TestIdeas.idea(jdbc, tool, "Respinta", "rejected", null);
        jdbc.sql("""
                INSERT INTO idea_attachment (idea_id, file_name, content_type, size_bytes, content, created_at)
                VALUES (:i, 'a.png', 'image/png', :n, :c, CURRENT_TIMESTAMP)
                """)
                .param("i", open)
                .param("n", IdeaRepositoryTest.PNG.length)
                .param("c", IdeaRepositoryTest.PNG)
                .update();
        long file = TestIdeas.count(jdbc, "SELECT MAX(id) FROM idea_attachment");
        var emails = new EnumMap<Who, String>(Who.class);
        emails.put(Who.CITIZEN, citizen);
        emails.put(Who.OTHER_CITIZEN, TestIdeas.OTHER_CITIZEN);
        emails.put(Who.MEMBER, member);
        emails.put(Who.FACILITATOR, facilitator);
        emails.put(Who.OTHER_PRO, TestIdeas.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(title, tool, open, rejected, file, emails, group);
    }

    record Route(String name, Function<Case, AbstractMockHttpServletRequestBuilder<?>> request, Expect expect) {}

    interface Expect {
        String status(Case c, Who who);
    }

    private static Expect read() {
        return (c, who) -> c.reads(who) ? "200" : "404";
    }

    /** A change allowed to the roles given, forbidden to other readers, unknown to the rest. */
    private static Expect change(String whenAllowed, Who... allowed) {
        var may = List.of(allowed);
        return (c, who) ->
                who == Who.ANONYMOUS ? "LOGIN" : !c.reads(who) ? "404" : may.contains(who) ? whenAllowed : "403";
    }

    /** Open to every signed-in reader. */
    private static Expect anyReader(String whenAllowed) {
        return (c, who) -> who == Who.ANONYMOUS ? "LOGIN" : c.reads(who) ? whenAllowed : "404";
    }

    private List<Route> routes() {
        var r = new ArrayList<Route>();
        r.add(new Route("list", c -> get("/ideas/" + c.tool()), read()));
        r.add(new Route("list filtered", c -> get("/ideas/" + c.tool() + "?sort=supported&status=open"), read()));
        r.add(new Route("proposal", c -> get("/ideas/" + c.tool() + "/" + c.open()), read()));
        r.add(new Route("attachment", c -> get("/ideas/" + c.tool() + "/" + c.open() + "/files/" + c.file()), read()));
        r.add(new Route(
                "new form", c -> get("/ideas/" + c.tool() + "/new"), change("200", Who.MEMBER, Who.FACILITATOR)));
        r.add(new Route(
                "propose",
                c -> multipart("/ideas/" + c.tool()).param("title", ""),
                change("422", Who.MEMBER, Who.FACILITATOR)));
        r.add(new Route(
                "comment",
                c -> post("/ideas/" + c.tool() + "/" + c.open() + "/comments").param("body", ""),
                change("422", Who.MEMBER, Who.FACILITATOR)));
        r.add(new Route(
                "support an answered proposal",
                c -> post("/ideas/" + c.tool() + "/" + c.rejected() + "/support"),
                change("422", Who.MEMBER)));
        r.add(new Route(
                "withdraw", c -> post("/ideas/" + c.tool() + "/" + c.open() + "/withdraw"), change("302", Who.MEMBER)));
        r.add(new Route(
                "answer",
                c -> post("/ideas/" + c.tool() + "/" + c.open() + "/answer").param("status", "bogus"),
                change("422", Who.FACILITATOR)));
        r.add(new Route(
                "moderate",
                c -> post("/ideas/" + c.tool() + "/" + c.open() + "/moderate").param("action", "bogus"),
                change("422", Who.FACILITATOR)));
        r.add(new Route("settings", c -> get("/ideas/" + c.tool() + "/settings"), change("200", Who.FACILITATOR)));
        r.add(new Route(
                "save settings",
                c -> post("/ideas/" + c.tool() + "/settings").param("supportsPerPerson", "x"),
                change("422", Who.FACILITATOR)));
        r.add(new Route(
                "report",
                c -> post("/ideas/" + c.tool() + "/" + c.open() + "/report").param("reason", ""),
                anyReader("422")));
        r.add(new Route(
                "unfollow",
                c -> post("/ideas/" + c.tool() + "/" + c.open() + "/follow").param("follow", "false"),
                anyReader("302")));
        r.add(new Route("unknown proposal", c -> get("/ideas/" + c.tool() + "/999999999"), (c, who) -> "404"));
        return r;
    }

    @Test
    void everyRouteAnswersEachPersonAsExpectedAtBothLevels() throws Exception {
        var cases = List.of(
                kase(TestIdeas.COLLECTIVE, Demo.PARENT, Demo.CITIZEN, Demo.PARKS_OFFICER, false),
                kase(TestIdeas.GROUP, Demo.CITIZEN, Demo.PARENT, Demo.TEACHER, true));
        var demo = new Demo(users);
        var failures = new ArrayList<String>();
        int checked = 0;
        for (Case c : cases) {
            long before = TestIdeas.count(jdbc, "SELECT COUNT(*) FROM idea WHERE tool_instance_id = ?", c.tool());
            for (Route route : routes()) {
                for (Who who : Who.values()) {
                    var request = route.request().apply(c).with(csrf());
                    if (who != Who.ANONYMOUS) {
                        request = request.with(demo.as(c.emails().get(who)));
                    }
                    var response = mvc.perform(request).andReturn().getResponse();
                    String expected = route.expect().status(c, who);
                    String actual = response.getStatus() == 302
                                    && String.valueOf(response.getRedirectedUrl())
                                            .endsWith("/login")
                            ? "LOGIN"
                            : String.valueOf(response.getStatus());
                    checked++;
                    if (!actual.equals(expected)) {
                        failures.add(c.name() + " / " + route.name() + " / " + who + ": expected " + expected
                                + " but got " + actual);
                    }
                    assertThat(response.getContentAsString())
                            .doesNotContain("Exception")
                            .doesNotContain("\tat ");
                }
            }
            assertThat(TestIdeas.count(jdbc, "SELECT COUNT(*) FROM idea WHERE tool_instance_id = ?", c.tool()))
                    .as("nothing was proposed")
                    .isEqualTo(before);
            assertThat(TestIdeas.count(
                            jdbc,
                            "SELECT COUNT(*) FROM idea WHERE tool_instance_id = ? AND status = 'open'"
                                    + " AND moderation = 'none'",
                            c.tool()))
                    .as("nothing was answered or hidden")
                    .isEqualTo(1);
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isEqualTo(2 * routes().size() * Who.values().length);
    }
}
