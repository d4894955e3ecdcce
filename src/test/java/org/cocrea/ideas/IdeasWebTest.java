package org.cocrea.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.cocrea.platform.mail.DevMailboxAccess;
import org.cocrea.testing.Browser;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

@WebTest
class IdeasWebTest {
    static final byte[] PNG = IdeaRepositoryTest.PNG;
    static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    IdeasDemoData demoData;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    private long count(String sql, Object... params) {
        return TestIdeas.count(jdbc, sql, params);
    }

    private ResultActions propose(long tool, String who, String title, MockMultipartFile... files) throws Exception {
        var request = multipart("/ideas/" + tool);
        for (var f : files) {
            request.file(f);
        }
        return mvc.perform(request.with(csrf())
                .with(demo.as(who))
                .param("title", title)
                .param("body", "Una **corsia** protetta")
                .param("category", "mobilità")
                .param("latitude", "44.4949")
                .param("longitude", "11.3426")
                .param("cost", "15000,50"));
    }

    private long latestIdea(long tool) {
        return count("SELECT MAX(id) FROM idea WHERE tool_instance_id = ?", tool);
    }

    @Test
    void theDemoInitiativeHasProposalsWhoseAcceptedOnesAreTheBudgetProjects() throws Exception {
        long tool = count("""
                SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE i.title = ? AND t.tool_id = 'ideas'
                """, TestIdeas.COLLECTIVE);
        mvc.perform(get("/ideas/" + tool))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pista ciclabile protetta in via Roma")))
                .andExpect(content().string(containsString("Respinta")));
        var accepted = jdbc.sql("SELECT id FROM idea WHERE tool_instance_id = ? AND status = 'accepted' ORDER BY id")
                .param(tool)
                .query(Long.class)
                .list();
        assertThat(accepted).hasSize(6);
        var sources =
                jdbc.sql("""
                SELECT p.source_proposal_id FROM budget_project p JOIN budget b ON b.id = p.budget_id
                JOIN tool_instance t ON t.id = b.tool_instance_id JOIN initiative i ON i.id = t.initiative_id
                WHERE i.title = ? ORDER BY p.position
                """).param(TestIdeas.COLLECTIVE).query(Long.class).list();
        assertThat(sources).isEqualTo(accepted);
        // Running the demo again changes nothing; the group initiative has its proposals too.
        long before = count("SELECT COUNT(*) FROM idea");
        demoData.seed();
        assertThat(count("SELECT COUNT(*) FROM idea")).isEqualTo(before);
        assertThat(count("""
                SELECT COUNT(*) FROM idea x JOIN tool_instance t ON t.id = x.tool_instance_id
                JOIN initiative i ON i.id = t.initiative_id WHERE i.title = ? AND i.level = 'group'
                """, TestIdeas.GROUP)).isEqualTo(IdeasDemoData.SCHOOL_IDEAS.size());
        long first = accepted.get(0);
        mvc.perform(get("/ideas/" + tool + "/" + first))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("openstreetmap.org/?mlat=44.4949&amp;mlon=11.3426")))
                .andExpect(content().string(containsString("Sì, è compreso nel progetto.")))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("Risposta ufficiale")));
    }

    @Test
    void aMemberProposesWithAttachmentsThatAreServedSafely() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        mvc.perform(get("/ideas/" + tool + "/new").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        propose(
                        tool,
                        Demo.CITIZEN,
                        "Corsia protetta",
                        new MockMultipartFile("files", "mappa.png", "image/png", PNG),
                        new MockMultipartFile("files", "../../relazione tecnica.pdf", "application/pdf", PDF),
                        new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
                .andExpect(status().isFound());
        long idea = latestIdea(tool);
        assertThat(count("SELECT cost_cents FROM idea WHERE id = ?", idea)).isEqualTo(1_500_050L);
        assertThat(count("SELECT COUNT(*) FROM idea_attachment WHERE idea_id = ?", idea))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM idea_follow WHERE idea_id = ?", idea))
                .as("the author follows their proposal")
                .isEqualTo(1);
        var files = jdbc.sql("SELECT id FROM idea_attachment WHERE idea_id = ? ORDER BY id")
                .param(idea)
                .query(Long.class)
                .list();
        String base = "/ideas/" + tool + "/" + idea;
        mvc.perform(get(base))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>corsia</strong>")))
                .andExpect(content().string(containsString("<img src=\"" + base + "/files/" + files.get(0))))
                .andExpect(content().string(containsString("relazione tecnica.pdf")));
        mvc.perform(get(base + "/files/" + files.get(0)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(content().bytes(PNG));
        mvc.perform(get(base + "/files/" + files.get(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", not(containsString(".."))));
        // A file is reached only through its own proposal.
        long other = TestIdeas.idea(jdbc, tool, "Altro", "open", null);
        mvc.perform(get("/ideas/" + tool + "/" + other + "/files/" + files.get(0)))
                .andExpect(status().isNotFound());
    }

    @Test
    void wrongTooBigOrFakeFilesAreRefusedAndNothingIsStored() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        byte[] big = Arrays.copyOf(PNG, Uploads.MAX_BYTES + 1);
        var cases = new MockMultipartFile[] {
            new MockMultipartFile("files", "virus.exe", "application/x-msdownload", new byte[] {'M', 'Z', 0, 0}),
            new MockMultipartFile("files", "fake.png", "image/png", "<script>alert(1)</script>".getBytes()),
            new MockMultipartFile("files", "photo.pdf", "application/pdf", PNG),
            new MockMultipartFile("files", "page.html", "text/html", "<html></html>".getBytes()),
            new MockMultipartFile("files", "big.png", "image/png", big)
        };
        for (var file : cases) {
            propose(tool, Demo.CITIZEN, "Con allegato", file)
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("id=\"files-error\"")))
                    .andExpect(content().string(containsString("value=\"Con allegato\"")));
        }
        var six = new MockMultipartFile[6];
        Arrays.fill(six, new MockMultipartFile("files", "a.png", "image/png", PNG));
        propose(tool, Demo.CITIZEN, "Sei file", six).andExpect(status().is(422));
        assertThat(count("SELECT COUNT(*) FROM idea WHERE tool_instance_id = ?", tool))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM idea_attachment")).isEqualTo(count("""
                SELECT COUNT(*) FROM idea_attachment a JOIN idea i ON i.id = a.idea_id WHERE i.tool_instance_id <> ?
                """, tool));
    }

    @Test
    void badFieldsAreExplainedNextToThemWithTheFormKept() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        mvc.perform(as(multipart("/ideas/" + tool), Demo.CITIZEN)
                        .param("title", "")
                        .param("body", "")
                        .param("latitude", "91")
                        .param("longitude", "abc")
                        .param("cost", "-5"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("id=\"body-error\"")))
                .andExpect(content().string(containsString("id=\"latitude-error\"")))
                .andExpect(content().string(containsString("id=\"longitude-error\"")))
                .andExpect(content().string(containsString("id=\"cost-error\"")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        // Facilitators' categories are a closed list.
        mvc.perform(as(post("/ideas/" + tool + "/settings"), Demo.PARKS_OFFICER)
                        .param("categories", "mobilità\nverde")
                        .param("supportsPerPerson", "2")
                        .param("supportThreshold", "3")
                        .param("reportsToHide", "2"))
                .andExpect(status().isFound());
        mvc.perform(as(multipart("/ideas/" + tool), Demo.CITIZEN)
                        .param("title", "Titolo")
                        .param("body", "Testo")
                        .param("category", "sport"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"category-error\"")))
                .andExpect(content().string(containsString("<select id=\"category\"")));
        assertThat(count("SELECT COUNT(*) FROM idea WHERE tool_instance_id = ?", tool))
                .isZero();
        mvc.perform(as(post("/ideas/" + tool + "/settings"), Demo.PARKS_OFFICER)
                        .param("categories", "x".repeat(101))
                        .param("supportsPerPerson", "0")
                        .param("supportThreshold", "-1")
                        .param("reportsToHide", "many"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"categories-error\"")))
                .andExpect(content().string(containsString("id=\"supportsPerPerson-error\"")))
                .andExpect(content().string(containsString("id=\"supportThreshold-error\"")))
                .andExpect(content().string(containsString("id=\"reportsToHide-error\"")));
    }

    @Test
    void supportsRespectTheLimitCanBeWithdrawnAndShowProgress() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        mvc.perform(as(post("/ideas/" + tool + "/settings"), Demo.PARKS_OFFICER)
                        .param("categories", "")
                        .param("supportsPerPerson", "1")
                        .param("supportThreshold", "4")
                        .param("reportsToHide", "3"))
                .andExpect(status().isFound());
        long a = TestIdeas.idea(jdbc, tool, "Prima", "open", null);
        long b = TestIdeas.idea(jdbc, tool, "Seconda", "evaluating", null);
        long closed = TestIdeas.idea(jdbc, tool, "Respinta", "rejected", null);
        String base = "/ideas/" + tool + "/";
        mvc.perform(as(post(base + a + "/support"), Demo.VOLUNTEER)).andExpect(redirectedUrl(base + a));
        // Someone who supports the idea is told so, not asked to "Sostieni questa idea" again (issue 14, point 4).
        mvc.perform(as(get(base + a), Demo.VOLUNTEER))
                .andExpect(content().string(containsString("Hai dato il tuo sostegno a questa idea.")))
                .andExpect(content().string(not(containsString("Sostieni questa idea"))));
        mvc.perform(as(post(base + a + "/support"), Demo.VOLUNTEER))
                .andExpect(status().is(422))
                // the limit of one support is reached, said in the singular
                .andExpect(content().string(containsString("Stai già sostenendo 1 idea,")));
        mvc.perform(as(post(base + b + "/support"), Demo.VOLUNTEER))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("il massimo consentito")));
        mvc.perform(as(post(base + closed + "/support"), Demo.CITIZEN))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("non raccoglie più sostegni")));
        mvc.perform(get(base + a))
                .andExpect(content().string(containsString("1 dei 4 sostegni necessari")))
                .andExpect(content().string(containsString("max=\"4\" value=\"1\"")));
        mvc.perform(as(post(base + a + "/withdraw"), Demo.VOLUNTEER)).andExpect(status().isFound());
        mvc.perform(as(post(base + b + "/support"), Demo.VOLUNTEER)).andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM idea_support WHERE idea_id IN (?, ?)", a, b))
                .isEqualTo(1);
        // Facilitators do not support the citizens' proposals; readers who are not members cannot either.
        mvc.perform(as(post(base + a + "/support"), Demo.PARKS_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(as(post(base + a + "/support"), Demo.PARENT)).andExpect(status().isForbidden());
    }

    @Test
    void commentsHaveOneLevelOfRepliesAndAreSanitised() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        long idea = TestIdeas.idea(jdbc, tool, "Discussa", "open", null);
        String base = "/ideas/" + tool + "/" + idea;
        // The idea's thread is the comments module's, posted to its routes and coming back to the idea.
        String thread = "/comments/tool/" + tool + "/idea/" + idea;
        mvc.perform(as(post(thread), Demo.VOLUNTEER)
                        .param("body", "Bella idea <script>alert(1)</script> [x](javascript:alert(1))")
                        .param("back", base))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern(base + "#comment-*"));
        long top = count("SELECT MAX(id) FROM comment WHERE target_kind = 'idea' AND target_id = ?", idea);
        mvc.perform(as(post(thread), Demo.PARKS_OFFICER)
                        .param("body", "Grazie")
                        .param("parent", String.valueOf(top))
                        .param("back", base))
                .andExpect(status().isFound());
        long reply = count("SELECT MAX(id) FROM comment WHERE target_kind = 'idea' AND target_id = ?", idea);
        mvc.perform(as(post(thread), Demo.CITIZEN)
                        .param("body", "Risposta alla risposta")
                        .param("parent", String.valueOf(reply))
                        .param("back", base))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Puoi rispondere solo a un commento di questa pagina")))
                .andExpect(content().string(containsString("Risposta alla risposta")));
        mvc.perform(as(post(thread), Demo.CITIZEN).param("body", "  ")).andExpect(status().is(422));
        mvc.perform(as(post(thread), Demo.CITIZEN).param("body", "x").param("parent", "abc"))
                .andExpect(status().is(422));
        assertThat(count("SELECT COUNT(*) FROM comment WHERE target_kind = 'idea' AND target_id = ?", idea))
                .isEqualTo(2);
        mvc.perform(get(base))
                .andExpect(content().string(containsString("class=\"comment reply\" id=\"comment-" + reply + "\"")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(not(containsString("javascript:"))));
    }

    @Test
    void officialAnswersArePublicNeedAReasonToRejectAndMailTheFollowers() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        long idea = TestIdeas.idea(jdbc, tool, "Da valutare", "open", null);
        String base = "/ideas/" + tool + "/" + idea;
        mvc.perform(as(post(base + "/follow"), Demo.VOLUNTEER).param("follow", "true"))
                .andExpect(status().isFound());
        mvc.perform(as(post(base + "/follow"), Demo.PARENT).param("follow", "true"))
                .andExpect(status().isFound());
        mvc.perform(as(post(base + "/follow"), Demo.PARENT).param("follow", "false"))
                .andExpect(status().isFound());
        mvc.perform(as(post(base + "/answer"), Demo.PARKS_OFFICER).param("status", "rejected"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"answerReason-error\"")));
        mvc.perform(as(post(base + "/answer"), Demo.PARKS_OFFICER).param("status", "open"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"answerStatus-error\"")));
        mvc.perform(as(post(base + "/answer"), Demo.CITIZEN).param("status", "accepted"))
                .andExpect(status().isForbidden());
        assertThat(count("SELECT COUNT(*) FROM idea WHERE id = ? AND status = 'open'", idea))
                .isEqualTo(1);
        mvc.perform(as(post(base + "/answer"), Demo.PARKS_OFFICER)
                        .param("status", "rejected")
                        .param("reason", "Il tratto è di competenza **regionale**."))
                .andExpect(redirectedUrl(base));
        mvc.perform(get(base))
                .andExpect(content().string(containsString("Respinta")))
                .andExpect(content().string(containsString("di competenza <strong>regionale</strong>")));
        var mailbox = DevMailboxAccess.on(jdbc);
        assertThat(mailbox.to(Demo.VOLUNTEER))
                .anySatisfy(m -> assertThat(m.subject()).contains("Da valutare").contains("Respinta"));
        assertThat(mailbox.to(Demo.PARENT))
                .noneSatisfy(m -> assertThat(m.subject()).contains("Da valutare"));
    }

    @Test
    void reportsHideAProposalForReviewAndFacilitatorsRestoreIt() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        TestIdeas.outsiders(jdbc);
        mvc.perform(as(post("/ideas/" + tool + "/settings"), Demo.PARKS_OFFICER)
                        .param("categories", "")
                        .param("supportsPerPerson", "5")
                        .param("supportThreshold", "0")
                        .param("reportsToHide", "2"))
                .andExpect(status().isFound());
        long idea = TestIdeas.idea(jdbc, tool, "Pubblicità", "open", null);
        String base = "/ideas/" + tool + "/" + idea;
        mvc.perform(as(post(base + "/report"), Demo.PARENT).param("reason", "Spam"))
                .andExpect(redirectedUrl(base));
        mvc.perform(as(post(base + "/report"), Demo.PARENT).param("reason", "Spam di nuovo"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Hai già segnalato")));
        mvc.perform(as(post(base + "/report"), TestIdeas.OTHER_CITIZEN).param("reason", ""))
                .andExpect(status().is(422));
        mvc.perform(get(base)).andExpect(status().isOk());
        mvc.perform(as(post(base + "/report"), TestIdeas.OTHER_CITIZEN).param("reason", "Pubblicità"))
                .andExpect(redirectedUrl("/ideas/" + tool));
        // Hidden pending review: gone for readers, kept for the author and the facilitators.
        mvc.perform(get(base)).andExpect(status().isNotFound());
        mvc.perform(get("/ideas/" + tool)).andExpect(content().string(not(containsString("Pubblicità"))));
        mvc.perform(get(base).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("finché i facilitatori")));
        mvc.perform(get(base).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 segnalazioni")));
        mvc.perform(as(post(base + "/moderate"), Demo.CITIZEN).param("action", "restore"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post(base + "/moderate"), Demo.PARKS_OFFICER).param("action", "restore"))
                .andExpect(redirectedUrl(base));
        mvc.perform(get(base)).andExpect(status().isOk());
        mvc.perform(as(post(base + "/moderate"), Demo.PARKS_OFFICER).param("action", "hide"))
                .andExpect(status().isFound());
        mvc.perform(get(base)).andExpect(status().isNotFound());
        mvc.perform(get("/ideas/" + tool).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(content().string(containsString("Pubblicità")))
                .andExpect(content().string(containsString("Nascosta")));
    }

    @Test
    void theListFiltersSortsAndPagesWithAStableRandomOrderPerVisitor() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        for (int i = 0; i < 25; i++) {
            TestIdeas.idea(jdbc, tool, String.format("Idea %02d", i), i % 5 == 0 ? "accepted" : "open", null);
        }
        long popular = TestIdeas.idea(jdbc, tool, "La più sostenuta", "open", null);
        mvc.perform(as(post("/ideas/" + tool + "/" + popular + "/support"), Demo.VOLUNTEER))
                .andExpect(status().isFound());
        String list = "/ideas/" + tool;
        mvc.perform(get(list))
                .andExpect(content().string(containsString("26 idee")))
                .andExpect(content().string(containsString("Pagina 1 di 2")))
                .andExpect(content().string(containsString("La più sostenuta")));
        mvc.perform(get(list + "?page=2"))
                .andExpect(content().string(containsString("Idea 00")))
                .andExpect(content().string(not(containsString("La più sostenuta"))));
        mvc.perform(get(list + "?status=accepted"))
                .andExpect(content().string(containsString("5 idee")))
                .andExpect(content().string(not(containsString("Idea 01"))));
        mvc.perform(get(list + "?category=mobilità&status=bogus&sort=bogus&page=-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("26 idee")));
        String supported = mvc.perform(get(list + "?sort=supported"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(supported.indexOf("La più sostenuta")).isLessThan(supported.indexOf("Idea 24"));
        // The seed lives in the visitor's session, carried by its cookie.
        var visitor = new Browser(mvc);
        String first = visitor.perform(get(list + "?sort=random")).getContentAsString();
        String again = visitor.perform(get(list + "?sort=random")).getContentAsString();
        String second = visitor.perform(get(list + "?sort=random&page=2")).getContentAsString();
        assertThat(titles(again)).isEqualTo(titles(first));
        var all = new java.util.HashSet<>(titles(first));
        all.addAll(titles(second));
        assertThat(all).hasSize(26);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static java.util.List<String> titles(String html) {
        var m = java.util.regex.Pattern.compile("<h3><a href=\"/ideas/\\d+/\\d+\">([^<]+)</a></h3>")
                .matcher(html);
        var out = new java.util.ArrayList<String>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
