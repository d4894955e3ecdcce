package org.cocrea.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrators' pages on the demo: the moderation queue lists what waits in each tool within what the
 * administrator may see, the statistics match the demo's tables, the list of initiatives withholds what admins may
 * not read (titles, and search over them), and the static pages are edited and shown sanitised.
 */
@WebTest
class AdminPagesWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse as(String who, MockHttpServletRequestBuilder request, String language)
            throws Exception {
        return mvc.perform(request.with(new Demo(users).as(who)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
    }

    private String page(String who, String path) throws Exception {
        var response = as(who, get(path), "en");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long id(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long person(String email) {
        return id("SELECT id FROM app_user WHERE email = :e", Map.of("e", email));
    }

    /** A group initiative the demo administrator is no member of. */
    private long groupInitiativeHiddenFromTheAdmin() {
        return id("""
                SELECT MIN(i.id) FROM initiative i WHERE i.level = 'group' AND i.status <> 'draft'
                AND NOT EXISTS (SELECT 1 FROM initiative_member m WHERE m.initiative_id = i.id AND m.person_id = :a)
                """, Map.of("a", person(Demo.ADMIN)));
    }

    private long idea(long instance, String title, String moderation, int reports) {
        jdbc.sql("""
                        INSERT INTO idea (tool_instance_id, author_id, title, body, status, moderation, created_at)
                        VALUES (:t, :a, :title, 'body', 'open', :m, :now)
                        """)
                .param("t", instance)
                .param("a", person(Demo.CITIZEN))
                .param("title", title)
                .param("m", moderation)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        long idea = id("SELECT id FROM idea WHERE title = :t", Map.of("t", title));
        var reporters = java.util.List.of(Demo.CITIZEN, Demo.PARENT, Demo.VOLUNTEER);
        for (int r = 0; r < reports; r++) {
            jdbc.sql("INSERT INTO idea_report (idea_id, person_id, reason, reported_at) VALUES (:i, :p, 'spam', :now)")
                    .param("i", idea)
                    .param("p", person(reporters.get(r)))
                    .param("now", OffsetDateTime.now(ZoneOffset.UTC).minusHours(r + 1))
                    .update();
        }
        return idea;
    }

    @Test
    void theModerationQueueListsWhatWaitsInEveryToolThatTheAdminMaySee() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long collective = id("""
                SELECT MIN(t.id) FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE t.tool_id = 'ideas' AND i.level = 'collective' AND i.status <> 'draft'
                """, Map.of());
        long group = groupInitiativeHiddenFromTheAdmin();
        jdbc.sql("""
                        INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                        SELECT :g, 'co-design', 'ideas', CURRENT_TIMESTAMP WHERE NOT EXISTS (
                            SELECT 1 FROM tool_instance WHERE initiative_id = :g AND phase = 'co-design' AND tool_id = 'ideas')
                        """).param("g", group).update();
        long groupInstance = id(
                "SELECT id FROM tool_instance WHERE initiative_id = :g AND phase = 'co-design' AND tool_id = 'ideas'",
                Map.of("g", group));
        long hidden = idea(collective, "Hidden idea " + marker, "pending", 2);
        long reported = idea(collective, "Reported idea " + marker, "none", 1);
        long restored = idea(collective, "Restored idea " + marker, "cleared", 1);
        long secret = idea(groupInstance, "Group idea " + marker, "pending", 3);
        long organisation = id("SELECT MIN(id) FROM organisation", Map.of());
        jdbc.sql("""
                        INSERT INTO residence_contest (organisation_id, identifier_hash, claimant_id, claimed_at, pending)
                        VALUES (:o, :h, :c, :now, 'Y')
                        """)
                .param("o", organisation)
                .param("h", "f".repeat(56) + marker)
                .param("c", person(Demo.VOLUNTEER))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC).minusDays(3))
                .update();
        try {
            Document queue = Jsoup.parse(page(Demo.ADMIN, "/admin/moderation"));
            String text = queue.text();
            assertThat(text)
                    .contains("Hidden idea " + marker, "Hidden after 2 reports, until it is reviewed")
                    .contains("Reported idea " + marker, "Reported once, still shown")
                    .contains("Residents register", "contested residence claim")
                    .doesNotContain("Restored idea " + marker)
                    .as("a group initiative's idea stays hidden from an administrator who is no member")
                    .doesNotContain("Group idea " + marker);
            assertThat(queue.select("a[href=/ideas/" + collective + "/" + hidden + "]"))
                    .hasSize(1);
            assertThat(queue.select("a[href=/ideas/" + collective + "/" + reported + "]"))
                    .hasSize(1);
            assertThat(queue.select("a[href=/organisations/" + organisation + "/residents]"))
                    .hasSize(1);
            assertThat(queue.html()).doesNotContain("/" + secret + "\"").doesNotContain(marker + "\">");
            // The oldest first: the contest waits since three days ago, the hidden idea's first report two hours ago.
            assertThat(text.indexOf("Residents register")).isLessThan(text.indexOf("Hidden idea " + marker));

            String italian = as(Demo.ADMIN, get("/admin/moderation"), "it").getContentAsString(StandardCharsets.UTF_8);
            assertThat(italian).contains("Nascosta dopo 2 segnalazioni", "Segnalata una volta, ancora visibile");
        } finally {
            jdbc.sql("DELETE FROM idea WHERE id IN (:ids)")
                    .param("ids", java.util.List.of(hidden, reported, restored, secret))
                    .update();
            jdbc.sql("DELETE FROM residence_contest WHERE identifier_hash = :h")
                    .param("h", "f".repeat(56) + marker)
                    .update();
        }
    }

    /** A table's rows as label → number, read from the page (numbers in English format). */
    private static Map<String, Long> rows(Document page, String tableId) {
        var rows = new LinkedHashMap<String, Long>();
        for (var row : page.select("table#" + tableId + " tbody tr")) {
            rows.put(
                    row.selectFirst("th").text(),
                    Long.parseLong(row.selectFirst("td").text().replaceAll("[^0-9]", "")));
        }
        return rows;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theStatisticsMatchTheDemoAndNameNobody() throws Exception {
        Document stats = Jsoup.parse(page(Demo.ADMIN, "/admin/statistics"));
        var participation = rows(stats, "chart-participation-table");
        assertThat(participation)
                .containsEntry("Ballots cast in budgets", count("SELECT COUNT(*) FROM budget_ballot"))
                .containsEntry("Ballots cast in votes", count("SELECT COUNT(*) FROM vote_ballot"))
                .containsEntry("Supports of ideas", count("SELECT COUNT(*) FROM idea_support"))
                .containsEntry("Supports of petitions", count("SELECT COUNT(*) FROM petition_support"))
                .containsEntry("Ideas proposed", count("SELECT COUNT(*) FROM idea"))
                .containsEntry("Comments", count("SELECT COUNT(*) FROM comment"))
                .containsEntry("Plan versions signed", count("SELECT COUNT(*) FROM plan_signature"));
        // The demo has something in each, so a count that is always zero would show here.
        assertThat(participation.get("Ballots cast in votes")).isPositive();
        assertThat(participation.get("Ideas proposed")).isPositive();
        assertThat(participation.get("Plan versions signed")).isPositive();

        var status = rows(stats, "chart-status-table");
        assertThat(status)
                .containsEntry("Open", count("SELECT COUNT(*) FROM initiative WHERE status = 'open'"))
                .containsEntry("Draft", count("SELECT COUNT(*) FROM initiative WHERE status = 'draft'"));

        var people = stats.select("table#table-people tbody tr");
        assertThat(people).hasSize(3);
        var citizens = people.get(0).select("td");
        assertThat(people.get(0).selectFirst("th").text()).isEqualTo("Citizens");
        assertThat(Long.parseLong(citizens.get(0).text().replaceAll("[^0-9]", "")))
                .isEqualTo(count("""
                        SELECT COUNT(*) FROM app_user WHERE kind = 'citizen' AND NOT admin AND deleted_at IS NULL
                        AND email_verified_at IS NOT NULL"""));
        assertThat(Long.parseLong(stats.select("table#table-people tfoot td")
                        .last()
                        .text()
                        .replaceAll("[^0-9]", "")))
                .isEqualTo(count("SELECT COUNT(*) FROM app_user WHERE deleted_at IS NULL"));

        // Level × phase as the typology counts them: co-design of collective initiatives, drafts never.
        var collective = stats.select("table#table-cells tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Collective"))
                .findFirst()
                .orElseThrow();
        assertThat(Long.parseLong(collective.select("td").get(1).text().replaceAll("[^0-9]", "")))
                .isEqualTo(count("""
                        SELECT COUNT(*) FROM initiative WHERE level = 'collective' AND status <> 'draft' AND in_co_design
                        """))
                .isPositive();

        // Over time: the month table's rows are months in words, newest first, and the charts are server-drawn SVG.
        assertThat(stats.select("table#table-months-caption, caption#table-months-caption"))
                .isNotEmpty();
        assertThat(stats.select("svg.bar-chart")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(stats.select("svg.bar-chart title"))
                .allSatisfy(t -> assertThat(t.text()).isNotBlank());
        String html = stats.html();
        assertThat(html).doesNotContain("@example.org").doesNotContain("Anna").doesNotContain(Demo.CITIZEN);
        String italian = as(Demo.ADMIN, get("/admin/statistics"), "it").getContentAsString(StandardCharsets.UTF_8);
        assertThat(italian).contains("Statistiche della piattaforma", "Schede votate nei bilanci");
        assertThat(italian)
                .containsPattern(
                        "(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \\d{4}");
    }

    @Test
    void theListOfInitiativesWithholdsWhatAdminsMayNotRead() throws Exception {
        long group = groupInitiativeHiddenFromTheAdmin();
        String title = jdbc.sql("SELECT title FROM initiative WHERE id = :id")
                .param("id", group)
                .query(String.class)
                .single();
        Document all = Jsoup.parse(page(Demo.ADMIN, "/admin/initiatives?level=group"));
        assertThat(all.text())
                .contains("Initiative no. " + group + " (not readable by you)")
                .doesNotContain(title);
        assertThat(all.select("a[href=/initiatives/" + group + "]")).isEmpty();
        assertThat(all.select("tbody tr"))
                .allSatisfy(r -> assertThat(r.select("td").get(1).text()).isEqualTo("Group"));

        // Searching by a word of that title finds nothing: a search never reveals a title the admin may not read.
        String word = java.util.Arrays.stream(title.split("[^\\p{L}]+"))
                .filter(w -> w.length() > 4)
                .findFirst()
                .orElseThrow();
        Document searched = Jsoup.parse(page(Demo.ADMIN, "/admin/initiatives?q=" + word + "&level=group"));
        assertThat(searched.text()).doesNotContain("Initiative no. " + group + " ");

        Document open = Jsoup.parse(page(Demo.ADMIN, "/admin/initiatives?level=collective&status=open"));
        assertThat(open.select("tbody tr")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.select("td a")).hasSize(1);
            assertThat(r.select("td").get(3).text()).isEqualTo("Open");
        });
        Document drafts = Jsoup.parse(page(Demo.ADMIN, "/admin/initiatives?status=draft"));
        assertThat(drafts.select("tbody tr"))
                .allSatisfy(r -> assertThat(r.select("td").get(3).text()).isEqualTo("Draft"));

        Document firstPage = Jsoup.parse(page(Demo.ADMIN, "/admin/initiatives"));
        long total = count("SELECT COUNT(*) FROM initiative");
        assertThat(firstPage.select("tbody tr")).hasSize((int) Math.min(20, total));
        assertThat(firstPage.select("a[rel=next]").isEmpty()).isEqualTo(total <= 20);
        Document codesign = Jsoup.parse(page(Demo.ADMIN, "/admin/initiatives?phase=co-design&page=0"));
        assertThat(codesign.selectFirst("h2#admin-initiatives-found").text()).endsWith("initiatives");

        assertThat(as(Demo.ADMIN, get("/admin/initiatives?level=everything"), "en")
                        .getStatus())
                .isEqualTo(400);
        assertThat(as(Demo.ADMIN, get("/admin/initiatives?page=x"), "en").getStatus())
                .isEqualTo(400);
    }

    @Test
    void anAdminEditsAStaticPageWhichIsShownSanitisedWithItsHistory() throws Exception {
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        try {
            var saved = as(
                    Demo.ADMIN,
                    post("/admin/pages/accessibility/en")
                            .with(csrf())
                            .param(
                                    "body",
                                    "## Conformance status\n\n**" + marker + "** <script>alert('x')</script>"
                                            + " <img src=x onerror=alert(1)> [a link](javascript:alert(1))"),
                    "en");
            assertThat(saved.getStatus()).isEqualTo(302);
            assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/pages/accessibility/en");

            String shown = mvc.perform(get("/accessibility").header("Accept-Language", "en"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(shown)
                    .contains("<strong>" + marker + "</strong>")
                    .contains("&lt;script&gt;")
                    .doesNotContain("<script>alert")
                    .doesNotContain("<img src=x")
                    .doesNotContain("javascript:")
                    .contains("Last updated on ");
            // The Italian statement is still the default one, in AgID's structure.
            String italian = mvc.perform(get("/accessibility").header("Accept-Language", "it"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(italian)
                    .doesNotContain(marker)
                    .contains("Stato di conformità", "Contenuti non accessibili", "Meccanismo di feedback e recapiti")
                    .contains("Procedura di attuazione", "Difensore civico per il digitale")
                    .contains("l’ente non l’ha ancora rivista");

            Document editor = Jsoup.parse(page(Demo.ADMIN, "/admin/pages/accessibility/en"));
            assertThat(editor.selectFirst("textarea#body").text()).contains(marker);
            assertThat(editor.select("table#history-caption, caption#history-caption"))
                    .hasSize(1);
            String who = jdbc.sql("SELECT name FROM app_user WHERE email = :e")
                    .param("e", Demo.ADMIN)
                    .query(String.class)
                    .single();
            assertThat(editor.select("section[aria-labelledby=history-heading] tbody tr")
                            .first()
                            .text())
                    .contains(who);
            assertThat(editor.html()).doesNotContain("<script>alert");
            // What changed: the saved text itself, shown as written (escaped) in the history.
            assertThat(editor.select("pre.revision-text").first().wholeText())
                    .contains(marker)
                    .contains("<script>alert('x')</script>");

            // Refusals: nothing stored, the form again with 422 and the text kept.
            long revisions = count("SELECT COUNT(*) FROM static_page_revision");
            var empty = as(
                    Demo.ADMIN,
                    post("/admin/pages/accessibility/en").with(csrf()).param("body", "  \n "),
                    "en");
            assertThat(empty.getStatus()).isEqualTo(422);
            assertThat(empty.getContentAsString()).contains("Write the text of the page.");
            var tooLong = as(
                    Demo.ADMIN,
                    post("/admin/pages/accessibility/en").with(csrf()).param("body", "x".repeat(50_001)),
                    "en");
            assertThat(tooLong.getStatus()).isEqualTo(422);
            assertThat(tooLong.getContentAsString()).contains("at most 50,000 characters");
            var missing = as(Demo.ADMIN, post("/admin/pages/accessibility/en").with(csrf()), "en");
            assertThat(missing.getStatus()).isEqualTo(422);
            assertThat(count("SELECT COUNT(*) FROM static_page_revision")).isEqualTo(revisions);
            assertThat(as(
                                    Demo.ADMIN,
                                    post("/admin/pages/contact/en").with(csrf()).param("body", "x"),
                                    "en")
                            .getStatus())
                    .isEqualTo(404);
            assertThat(as(Demo.ADMIN, get("/admin/pages/terms/EN"), "en").getStatus())
                    .isEqualTo(404);
            assertThat(as(Demo.ADMIN, get("/admin/pages/terms/de"), "en").getStatus())
                    .isEqualTo(404);

            // Saving the same text again records no revision.
            var same = as(
                    Demo.ADMIN,
                    post("/admin/pages/accessibility/en")
                            .with(csrf())
                            .param("body", editor.selectFirst("textarea#body").wholeText()),
                    "en");
            assertThat(same.getStatus()).isEqualTo(302);
            assertThat(count("SELECT COUNT(*) FROM static_page_revision")).isEqualTo(revisions);
        } finally {
            jdbc.sql("DELETE FROM static_page WHERE page = 'accessibility'").update();
            jdbc.sql("DELETE FROM static_page_revision WHERE page = 'accessibility'")
                    .update();
        }
    }

    @Test
    void theFooterLinksTheFourPagesAndEachShowsItsDefaultText() throws Exception {
        // The default texts show until an administrator saves one; other tests of this shared database save pages
        // (EveryRouteHostileInputTest posts to every form), so the pages go back to their defaults first.
        jdbc.sql("DELETE FROM static_page").update();
        Document home = Jsoup.parse(mvc.perform(get("/").header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(home.select("footer a").eachAttr("href")).contains("/about", "/terms", "/privacy", "/accessibility");
        String terms = mvc.perform(get("/terms").header("Accept-Language", "it"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(terms).contains("Condizioni d’uso", "Cocrea è offerta dall’ente pubblico");
        String privacy = mvc.perform(get("/privacy").header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(privacy).contains("Privacy notice", "Passwords are stored only as a one-way hash");
        String about = mvc.perform(get("/about").header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(about).contains("About Cocrea", "co-produce services together");
    }
}
