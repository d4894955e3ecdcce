package org.cocrea.opinions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.cocrea.opinions.analysis.PolisExport;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The opinion tool's pages and refusals: the demo's results with groups, voting with and without htmx, a changed
 * vote, new statements (duplicates, hostile text, moderation before publication), settings, the Polis import and
 * export round trip, the five-participant rule and no one's votes shown to others.
 */
@WebTest
class OpinionsWebTest {
    static final Path LONDON = Path.of("src/test/resources/opinions/london.youth.policing");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Recompute recompute;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    private String html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long count(String sql, Object... params) {
        return TestOpinions.count(jdbc, sql, params);
    }

    @Test
    void theDemoConversationShowsGroupsOnTheMapWithATable() throws Exception {
        long id = TestOpinions.demoConversation(jdbc, TestOpinions.COLLECTIVE);
        var page = Jsoup.parse(html(get("/opinions/" + id + "/results").with(demo.as(Demo.VOLUNTEER))));
        assertThat(page.select("svg.opinion-map-svg title").text()).isNotBlank();
        assertThat(page.select("svg.opinion-map-svg desc").text()).isNotBlank();
        assertThat(page.select("svg.opinion-map-svg circle.point")).hasSizeGreaterThan(60);
        assertThat(page.select("svg.opinion-map-svg polygon.hull")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("svg.opinion-map-svg circle.me")).hasSize(1);
        assertThat(page.select("article.opinion-group")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("article.opinion-group.mine")).hasSize(1);
        assertThat(page.select("article.opinion-group.mine .representative li")).isNotEmpty();
        assertThat(page.select("#groups-caption").text()).isNotBlank();
        assertThat(page.select("table.opinion-shares svg.share-bar")).isNotEmpty();
        assertThat(page.select("#computed").text()).isNotBlank();
        // anonymous visitors of the public initiative read the results too, with no "you are here"
        var anonymous = Jsoup.parse(html(get("/opinions/" + id + "/results")));
        assertThat(anonymous.select("circle.me")).isEmpty();
        assertThat(anonymous.select("article.opinion-group")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theSmallGroupLevelDemoHidesItsGroups() throws Exception {
        long id = TestOpinions.demoConversation(jdbc, TestOpinions.GROUP);
        var page = Jsoup.parse(html(get("/opinions/" + id + "/results").with(demo.as(Demo.PARENT))));
        assertThat(page.select("article.opinion-group")).isEmpty();
        assertThat(page.select("polygon.hull")).isEmpty();
        assertThat(page.select("p.notice").text()).contains("almeno 5 partecipanti");
        // a statement voted by one person shows no shares: that would be their vote
        assertThat(page.select("table.opinion-shares svg.share-bar")).isEmpty();
        mvc.perform(get("/opinions/" + id + "/results")).andExpect(status().isNotFound());
    }

    @Test
    void votingWithoutJavaScriptRedirectsAndAVoteCanBeChanged() throws Exception {
        long id = TestOpinions.newConversation(jdbc, TestOpinions.COLLECTIVE);
        long s = TestOpinions.statement(jdbc, id, "Più rastrelliere in piazza");
        var page = Jsoup.parse(html(get("/opinions/" + id).with(demo.as(Demo.CITIZEN))));
        assertThat(page.select("#card-statement").text()).isEqualTo("Più rastrelliere in piazza");
        assertThat(page.select("form.vote-choices button[name=choice]")).hasSize(3);
        mvc.perform(as(post("/opinions/" + id + "/votes"), Demo.CITIZEN)
                        .param("statement", String.valueOf(s))
                        .param("choice", "agree"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/opinions/" + id + "#vote-card-title"));
        assertThat(count("SELECT vote FROM opinion_vote WHERE statement_id = ?", s))
                .isEqualTo(1);
        mvc.perform(as(post("/opinions/" + id + "/votes"), Demo.CITIZEN)
                        .param("statement", String.valueOf(s))
                        .param("choice", "disagree")
                        .param("back", "statements"))
                .andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM opinion_vote WHERE statement_id = ?", s))
                .isEqualTo(1);
        assertThat(count("SELECT vote FROM opinion_vote WHERE statement_id = ?", s))
                .isEqualTo(-1);
        // the page now says every statement was voted on
        var after = Jsoup.parse(html(get("/opinions/" + id).with(demo.as(Demo.CITIZEN))));
        assertThat(after.select("#card-statement")).isEmpty();
        // the person's own vote is shown to them, and to nobody else
        String pressed = ".opinion-statements button[aria-pressed=true]";
        var mine = Jsoup.parse(html(get("/opinions/" + id + "/statements").with(demo.as(Demo.CITIZEN))));
        assertThat(mine.select(pressed).text()).isEqualTo("In disaccordo");
        assertThat(mine.select(".opinion-statements .meta").text()).contains("Eri in disaccordo");
        for (String other : new String[] {Demo.PARENT, Demo.PARKS_OFFICER, Demo.ADMIN}) {
            var theirs = Jsoup.parse(html(get("/opinions/" + id + "/statements").with(demo.as(other))));
            assertThat(theirs.select(pressed)).isEmpty();
            assertThat(theirs.text()).doesNotContain("Eri in disaccordo");
        }
        assertThat(Jsoup.parse(html(get("/opinions/" + id + "/statements"))).select(pressed))
                .isEmpty();
    }

    @Test
    void thePersonalHomeSaysHowManyStatementsWaitForTheVoteUntilAllAreVoted() throws Exception {
        long id = TestOpinions.newConversation(jdbc, TestOpinions.COLLECTIVE);
        long first = TestOpinions.statement(jdbc, id, "Una corsia protetta in via Roma");
        long second = TestOpinions.statement(jdbc, id, "Più rastrelliere alla stazione");
        String item = "li.todo-opinions a[href=/opinions/" + id + "#vote-card-title]";
        String initiative = jdbc.sql(
                        "SELECT i.title FROM initiative i JOIN tool_instance t ON t.initiative_id = i.id WHERE t.id = :t")
                .param("t", id)
                .query(String.class)
                .single();
        assertThat(onTheCitizensHome(item))
                .isEqualTo("2 affermazioni aspettano il tuo voto nella conversazione di “" + initiative + "”");
        for (long statement : new long[] {first, second}) {
            mvc.perform(as(post("/opinions/" + id + "/votes"), Demo.CITIZEN)
                            .param("statement", String.valueOf(statement))
                            .param("choice", "pass"))
                    .andExpect(status().isFound());
            assertThat(onTheCitizensHome(item))
                    .isEqualTo(
                            statement == first
                                    ? "1 affermazione aspetta il tuo voto nella conversazione di “" + initiative + "”"
                                    : "");
        }
        // a statement still waiting for a facilitator is not the citizen's to vote on
        jdbc.sql("UPDATE opinion_statement SET status = 'pending' WHERE id = :s")
                .param("s", TestOpinions.statement(jdbc, id, "In attesa di moderazione"))
                .update();
        assertThat(onTheCitizensHome(item)).isEmpty();
    }

    /** The text of the citizen's personal home item that {@code selector} finds, empty when there is none. */
    private String onTheCitizensHome(String selector) throws Exception {
        return Jsoup.parse(html(get("/").with(demo.as(Demo.CITIZEN))))
                .select(selector)
                .text();
    }

    @Test
    void withHtmxTheAnswerIsTheNextCard() throws Exception {
        long id = TestOpinions.newConversation(jdbc, TestOpinions.COLLECTIVE);
        long first = TestOpinions.statement(jdbc, id, "Prima");
        long second = TestOpinions.statement(jdbc, id, "Seconda");
        String card = html(as(post("/opinions/" + id + "/votes"), Demo.CITIZEN)
                .header("HX-Request", "true")
                .param("statement", String.valueOf(first))
                .param("choice", "pass"));
        var fragment = Jsoup.parse(card);
        assertThat(fragment.select("html head title")).isEmpty();
        assertThat(fragment.select("#card-statement").text()).isEqualTo("Seconda");
        assertThat(fragment.select("input[name=statement]").val()).isEqualTo(String.valueOf(second));
        assertThat(count("SELECT vote FROM opinion_vote WHERE statement_id = ?", first))
                .isZero();
    }

    @Test
    void badVotesAreRefused() throws Exception {
        long id = TestOpinions.newConversation(jdbc, TestOpinions.COLLECTIVE);
        long s = TestOpinions.statement(jdbc, id, "Una");
        mvc.perform(as(post("/opinions/" + id + "/votes"), Demo.CITIZEN)
                        .param("statement", String.valueOf(s))
                        .param("choice", "maybe"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as(post("/opinions/" + id + "/votes"), Demo.CITIZEN).param("choice", "agree"))
                .andExpect(status().isUnprocessableContent());
        long other = TestOpinions.newConversation(jdbc, TestOpinions.COLLECTIVE);
        long foreign = TestOpinions.statement(jdbc, other, "Altrove");
        mvc.perform(as(post("/opinions/" + id + "/votes"), Demo.CITIZEN)
                        .param("statement", String.valueOf(foreign))
                        .param("choice", "agree"))
                .andExpect(status().isNotFound());
        assertThat(count("SELECT COUNT(*) FROM opinion_vote WHERE tool_instance_id IN (?, ?)", id, other))
                .isZero();
    }

    @Test
    void statementsAreCheckedAndDuplicatesLinkToTheOneThere() throws Exception {
        long id = TestOpinions.newConversation(jdbc, TestOpinions.COLLECTIVE);
        mvc.perform(as(post("/opinions/" + id + "/statements"), Demo.CITIZEN)
                        .param("body", "Più piste ciclabili, meno auto!"))
                .andExpect(status().isFound());
        long first = count("SELECT MAX(id) FROM opinion_statement WHERE tool_instance_id = ?", id);
        var refused = mvc.perform(as(post("/opinions/" + id + "/statements"), Demo.CITIZEN)
                        .param("body", "  piu PISTE ciclabili meno auto  "))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(refused);
        assertThat(page.select("p.duplicate a").attr("href"))
                .isEqualTo("/opinions/" + id + "/statements#statement-" + first);
        assertThat(page.select("textarea[name=body]").text()).isEqualTo("piu PISTE ciclabili meno auto");
        for (String hostile : new String[] {"x".repeat(10_000), "bell\u0007", "zero\u0000width", "   "}) {
            mvc.perform(as(post("/opinions/" + id + "/statements"), Demo.CITIZEN)
                            .param("body", hostile))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(as(post("/opinions/" + id + "/statements"), Demo.CITIZEN)
                        .param("body", "<script>alert(1)</script><b>grassetto</b>"))
                .andExpect(status().isFound());
        String list = html(get("/opinions/" + id + "/statements").with(demo.as(Demo.PARENT)));
        assertThat(list).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(count("SELECT COUNT(*) FROM opinion_statement WHERE tool_instance_id = ?", id))
                .isEqualTo(2);
    }

    @Test
    void withModerationBeforeAParticipantsStatementWaitsForAFacilitator() throws Exception {
        long id = TestOpinions.newConversation(jdbc, TestOpinions.COLLECTIVE);
        mvc.perform(as(post("/opinions/" + id + "/settings"), Demo.PARKS_OFFICER)
                        .param("moderation", "before")
                        .param("method", "polis"))
                .andExpect(status().isFound());
        mvc.perform(as(post("/opinions/" + id + "/settings"), Demo.PARKS_OFFICER)
                        .param("moderation", "never")
                        .param("method", "magic"))
                .andExpect(status().isUnprocessableContent());
        assertThat(count(
                        "SELECT COUNT(*) FROM opinion_conversation WHERE tool_instance_id = ?"
                                + " AND moderation = 'before' AND method = 'polis'",
                        id))
                .isEqualTo(1);
        mvc.perform(as(post("/opinions/" + id + "/statements"), Demo.CITIZEN).param("body", "Da leggere prima"))
                .andExpect(status().isFound());
        long s = count("SELECT MAX(id) FROM opinion_statement WHERE tool_instance_id = ?", id);
        assertThat(count("SELECT COUNT(*) FROM opinion_statement WHERE id = ? AND status = 'pending'", s))
                .isEqualTo(1);
        assertThat(html(get("/opinions/" + id + "/statements").with(demo.as(Demo.PARENT))))
                .doesNotContain("Da leggere prima");
        assertThat(html(get("/opinions/" + id).with(demo.as(Demo.PARKS_OFFICER))))
                .contains("moderazione");
        mvc.perform(as(post("/opinions/" + id + "/statements/" + s + "/moderate"), Demo.PARKS_OFFICER)
                        .param("action", "publish"))
                .andExpect(status().isFound());
        assertThat(html(get("/opinions/" + id + "/statements").with(demo.as(Demo.PARENT))))
                .contains("Da leggere prima");
        mvc.perform(as(post("/opinions/" + id + "/statements/" + s + "/moderate"), Demo.PARKS_OFFICER)
                        .param("action", "delete"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aPolisExportIsImportedComputedAndExportedInTheSameLayout() throws Exception {
        long id = TestOpinions.newConversation(jdbc, TestOpinions.COLLECTIVE);
        mvc.perform(as(multipart("/opinions/" + id + "/import"), Demo.PARKS_OFFICER)
                        .file(file("comments", "comments.csv"))
                        .file(file("participantsVotes", "participants-votes.csv"))
                        .file(file("votes", "votes.csv")))
                .andExpect(status().isFound());
        var original = PolisExport.read(LONDON);
        assertThat(count("SELECT COUNT(*) FROM opinion_statement WHERE tool_instance_id = ?", id))
                .isEqualTo(original.statements().size());
        assertThat(count(
                        "SELECT COUNT(*) FROM opinion_participant WHERE tool_instance_id = ? AND person_id IS NULL",
                        id))
                .isEqualTo(original.conversation().participants().size());
        assertThat(recompute.computeIfClaimed(id)).isTrue();
        assertThat(html(get("/opinions/" + id + "/results").with(demo.as(Demo.CITIZEN))))
                .contains("opinion-map-svg");
        // a second import into the same conversation is refused, nothing added
        long before = count("SELECT COUNT(*) FROM opinion_vote WHERE tool_instance_id = ?", id);
        mvc.perform(as(multipart("/opinions/" + id + "/import"), Demo.PARKS_OFFICER)
                        .file(file("comments", "comments.csv"))
                        .file(file("participantsVotes", "participants-votes.csv")))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("SELECT COUNT(*) FROM opinion_vote WHERE tool_instance_id = ?", id))
                .isEqualTo(before);

        byte[] zip = mvc.perform(get("/opinions/" + id + "/export.zip").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> files = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("comments.csv", "participants-votes.csv", "votes.csv");
        var back = PolisExport.read(
                new java.io.StringReader(files.get("comments.csv")),
                new java.io.StringReader(files.get("participants-votes.csv")),
                new java.io.StringReader(files.get("votes.csv")));
        assertThat(back.statements().stream()
                        .map(PolisExport.Statement::text)
                        .sorted()
                        .toList())
                .isEqualTo(original.statements().stream()
                        .map(s -> Texts.cleaned(s.text()))
                        .map(PolisTransfer::defused)
                        .sorted()
                        .toList());
        assertThat(back.conversation().participants())
                .hasSize(original.conversation().participants().size());
        assertThat(votesByStatementText(back)).isEqualTo(votesByStatementText(original));

        // the export is the facilitators': others are refused
        mvc.perform(get("/opinions/" + id + "/export.zip").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMalformedExportIsRefusedWithTheFileAndLine() throws Exception {
        long id = TestOpinions.newConversation(jdbc, TestOpinions.COLLECTIVE);
        String refused = mvc.perform(as(multipart("/opinions/" + id + "/import"), Demo.PARKS_OFFICER)
                        .file(file("comments", "comments.csv"))
                        .file(new MockMultipartFile(
                                "participantsVotes",
                                "participants-votes.csv",
                                "text/csv",
                                "participant,group-id,n-comments,n-votes,n-agree,n-disagree,1\n1,,0,1,1,0,7\n"
                                        .getBytes())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("participants-votes.csv");
        mvc.perform(as(multipart("/opinions/" + id + "/import"), Demo.PARKS_OFFICER)
                        .file(file("comments", "comments.csv")))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("SELECT COUNT(*) FROM opinion_statement WHERE tool_instance_id = ?", id))
                .isZero();
        html(get("/opinions/" + id + "/import").with(demo.as(Demo.PARKS_OFFICER)));
        html(get("/opinions/" + id + "/settings").with(demo.as(Demo.PARKS_OFFICER)));
    }

    /** Each statement's votes as a sorted list of (text, sorted votes), ids aside. */
    private static Map<String, java.util.List<Integer>> votesByStatementText(PolisExport.Export export) {
        var c = export.conversation();
        var last = new HashMap<Long, Integer>();
        for (int i = 0; i < c.value().length; i++) {
            last.put(((long) c.participant()[i] << 32) | c.statement()[i], (int) c.value()[i]);
        }
        var out = new java.util.TreeMap<String, java.util.List<Integer>>();
        last.forEach((key, v) -> out.computeIfAbsent(
                        PolisTransfer.defused(Texts.cleaned(export.statements()
                                .get((int) (key & 0xffffffffL))
                                .text())),
                        k -> new java.util.ArrayList<>())
                .add(v));
        out.values().forEach(java.util.Collections::sort);
        return out;
    }

    private static MockMultipartFile file(String field, String name) throws Exception {
        return new MockMultipartFile(field, name, "text/csv", Files.readAllBytes(LONDON.resolve(name)));
    }
}
