package org.cocrea.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.PermissionMatrix.Expect;
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
 * Every route of the shared drafts tool, for each of the seven kinds of person, on an instance of its own in a
 * copy of a group and of a collective demo initiative. Each cell gets documents of its own: one being written by
 * the facilitator with the member as co-author, one being written by the facilitator alone, and one published
 * with an amendment by the member (and, for withdrawing a support, the person's support). An allowed change must
 * change the instance's drafts; a refused one must change nothing. "LOGIN" is the redirect to the sign-in page;
 * outsiders get 404, readers who may not act 403, and a document being written is "not found" to all but its
 * writers. {@link #ROUTES} is derived from the checks and compared with the registered routes.
 */
@WebTest
class DraftsPermissionMatrixTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DraftRepository drafts;

    @BeforeEach
    void people() {
        TestDrafts.ensurePeople(jdbc);
    }

    record Case(String name, long instance, Map<Who, String> emails, Set<Who> see) {}

    /** What one cell acts on. */
    record Ids(long shared, long alone, long open, long paragraph, long text, long amendment, long member) {}

    record Check(
            String route,
            String name,
            Function<Ids, MockHttpServletRequestBuilder> request,
            Expect<Case> expect,
            boolean supportFirst) {}

    private static Expect<Case> read() {
        return (c, who) -> c.see().contains(who) ? "200" : "404";
    }

    /** Allowed to facilitators (and members when {@code members}); readers 403, outsiders 404. */
    private static Expect<Case> act(String allowed, boolean members) {
        return (c, who) -> who == Who.ANONYMOUS
                ? "LOGIN"
                : who == Who.FACILITATOR || (members && who == Who.MEMBER)
                        ? allowed
                        : c.see().contains(who) ? "403" : "404";
    }

    /** A document being written: its writers (the facilitator and, when named, the member), not found to others. */
    private static Expect<Case> writers(String allowed, String member, boolean get) {
        return (c, who) -> who == Who.ANONYMOUS
                ? (get ? "404" : "LOGIN")
                : who == Who.FACILITATOR ? allowed : who == Who.MEMBER && member != null ? member : "404";
    }

    private static final String ID = "/drafts/{id:\\d+}";
    private static final String DOC = ID + "/{doc:\\d+}";

    private List<Check> checks(long instance) {
        String base = "/drafts/" + instance;
        var checks = new ArrayList<Check>();
        checks.add(new Check("GET " + ID, "list", i -> get(base), read(), false));
        checks.add(new Check("GET " + ID + "/new", "new form", i -> get(base + "/new"), act("200", false), false));
        checks.add(new Check(
                "POST " + ID + "/new",
                "create",
                i -> post(base + "/new").param("title", "T").param("text", "Uno."),
                act("302", false),
                false));
        checks.add(new Check(
                "POST " + ID + "/settings",
                "settings",
                i -> post(base + "/settings").param("membersStart", "true"),
                act("302", false),
                false));
        checks.add(new Check(
                "GET " + DOC, "editing page", i -> get(base + "/" + i.shared()), writers("200", "200", true), false));
        checks.add(new Check(
                "POST " + DOC + "/text",
                "save text",
                i -> post(base + "/" + i.shared() + "/text")
                        .param("text", "Nuovo.")
                        .param("edition", "1"),
                writers("302", "302", false),
                false));
        checks.add(new Check(
                "POST " + DOC + "/coauthors",
                "add co-author",
                i -> post(base + "/" + i.alone() + "/coauthors").param("person", String.valueOf(i.member())),
                writers("302", null, false),
                false));
        checks.add(new Check(
                "POST " + DOC + "/coauthors/{person:\\d+}/remove",
                "remove co-author",
                i -> post(base + "/" + i.shared() + "/coauthors/" + i.member() + "/remove"),
                writers("302", "403", false),
                false));
        checks.add(new Check(
                "POST " + DOC + "/publish",
                "publish",
                i -> post(base + "/" + i.shared() + "/publish"),
                writers("302", "302", false),
                false));
        checks.add(new Check("GET " + DOC, "document", i -> get(base + "/" + i.open()), read(), false));
        checks.add(new Check(
                "GET " + DOC + "/document.pdf",
                "pdf",
                i -> get(base + "/" + i.open() + "/document.pdf"),
                read(),
                false));
        checks.add(new Check(
                "GET " + DOC + "/versions", "versions", i -> get(base + "/" + i.open() + "/versions"), read(), false));
        checks.add(new Check(
                "GET " + DOC + "/versions/{n:\\d{1,9}}",
                "version",
                i -> get(base + "/" + i.open() + "/versions/1"),
                read(),
                false));
        checks.add(new Check(
                "GET " + DOC + "/compare",
                "compare",
                i -> get(base + "/" + i.open() + "/compare").param("from", "1").param("to", "1"),
                read(),
                false));
        checks.add(new Check(
                "GET " + DOC + "/amendments/{amendment:\\d+}",
                "amendment",
                i -> get(base + "/" + i.open() + "/amendments/" + i.amendment()),
                read(),
                false));
        checks.add(new Check(
                "GET " + DOC + "/paragraphs/{paragraph:\\d+}/amend",
                "amend form",
                i -> get(base + "/" + i.open() + "/paragraphs/" + i.paragraph() + "/amend"),
                act("200", true),
                false));
        checks.add(new Check(
                "POST " + DOC + "/paragraphs/{paragraph:\\d+}/amend",
                "amend",
                i -> post(base + "/" + i.open() + "/paragraphs/" + i.paragraph() + "/amend")
                        .param("kind", "replace")
                        .param("body", "Diverso.")
                        .param("reason", "Perché sì.")
                        .param("base", String.valueOf(i.text())),
                act("302", true),
                false));
        checks.add(new Check(
                "POST " + DOC + "/amendments/{amendment:\\d+}/support",
                "support",
                i -> post(base + "/" + i.open() + "/amendments/" + i.amendment() + "/support"),
                act("302", true),
                false));
        checks.add(new Check(
                "POST " + DOC + "/amendments/{amendment:\\d+}/unsupport",
                "withdraw support",
                i -> post(base + "/" + i.open() + "/amendments/" + i.amendment() + "/unsupport"),
                act("302", true),
                true));
        checks.add(new Check(
                "POST " + DOC + "/amendments/{amendment:\\d+}/decide",
                "decide",
                i -> post(base + "/" + i.open() + "/amendments/" + i.amendment() + "/decide")
                        .param("decision", "reject")
                        .param("reason", "No."),
                act("302", false),
                false));
        checks.add(new Check(
                "POST " + DOC + "/final",
                "final",
                i -> post(base + "/" + i.open() + "/final"),
                act("302", false),
                false));
        return checks;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered). */
    static final Set<String> ROUTES = new DraftsPermissionMatrixTest()
            .checks(0).stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    /** Everything of the instance's drafts a route may change, as text. */
    private String state(Case c) {
        var out = new StringBuilder();
        for (String sql :
                List.of("SELECT members_start FROM draft_settings WHERE tool_instance_id = :i", """
                SELECT id, title, status, working_text, edition, current_version FROM draft_document
                WHERE tool_instance_id = :i ORDER BY id
                """, """
                SELECT c.document_id, c.person_id FROM draft_coauthor c JOIN draft_document d ON d.id = c.document_id
                WHERE d.tool_instance_id = :i ORDER BY 1, 2
                """, """
                SELECT a.id, a.status, a.decision_reason FROM draft_amendment a
                JOIN draft_document d ON d.id = a.document_id WHERE d.tool_instance_id = :i ORDER BY a.id
                """, """
                SELECT s.amendment_id, s.person_id FROM draft_support s JOIN draft_amendment a ON a.id = s.amendment_id
                JOIN draft_document d ON d.id = a.document_id WHERE d.tool_instance_id = :i ORDER BY 1, 2
                """)) {
            out.append(jdbc.sql(sql).param("i", c.instance()).query().listOfRows())
                    .append('\n');
        }
        return out.toString();
    }

    private Ids prepare(Case c, Long person) {
        long facilitator = TestDrafts.person(jdbc, c.emails().get(Who.FACILITATOR));
        long member = TestDrafts.person(jdbc, c.emails().get(Who.MEMBER));
        long shared = drafts.create(c.instance(), facilitator, "Shared", DraftsWebTest.TEXT);
        drafts.addCoauthor(shared, member);
        long alone = drafts.create(c.instance(), facilitator, "Alone", DraftsWebTest.TEXT);
        long open = drafts.create(c.instance(), facilitator, "Open", DraftsWebTest.TEXT);
        drafts.publish(open, Outline.parse(DraftsWebTest.TEXT, "text"));
        var item = drafts.items(open, 1).get(0);
        long amendment = drafts.propose(open, item, 1, Amendment.DELETE, null, "Via.", member);
        if (person != null) {
            drafts.support(amendment, person);
        }
        return new Ids(shared, alone, open, item.paragraphId(), item.textId(), amendment, member);
    }

    private List<String> run(Case c) throws Exception {
        // A changing route (POST) must change the drafts exactly when it is allowed (302); a page never does.
        return new PermissionMatrix(mvc, users)
                .people(c.emails()::get)
                .state(() -> state(c), "the drafts")
                .allowed("302")
                .run(c.name(), checks(c.instance()), (check, who) -> {
                    String email = c.emails().get(who);
                    Long person = email == null ? null : TestDrafts.person(jdbc, email);
                    var ids = prepare(c, check.supportFirst() ? person : null);
                    return PermissionMatrix.Cell.changing(
                            check.name(),
                            () -> check.request().apply(ids),
                            check.expect().status(c, who),
                            check.route().startsWith("POST"),
                            null);
                });
    }

    private Case kase(String name, String initiative, Map<Who, String> roles, Set<Who> see) {
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, TestDrafts.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, TestDrafts.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(name, TestDrafts.newInstance(jdbc, initiative), emails, see);
    }

    @Test
    void groupInitiative() throws Exception {
        var c = kase(
                "group",
                TestDrafts.GROUP,
                Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                Set.of(Who.MEMBER, Who.FACILITATOR)); // members only, admins included
        assertThat(run(c)).isEmpty();
    }

    @Test
    void collectiveInitiative() throws Exception {
        var c = kase(
                "collective",
                TestDrafts.COLLECTIVE,
                Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                Set.of(Who.values()));
        assertThat(run(c)).isEmpty();
    }
}
