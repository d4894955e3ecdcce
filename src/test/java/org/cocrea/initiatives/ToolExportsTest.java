package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every export a tool declares has a route, and the initiative page links it. */
@InitiativesWebTest
class ToolExportsTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Initiatives initiatives;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyDeclaredExportHasARoute() throws Exception {
        var missing = new ArrayList<String>();
        int declared = 0;
        for (Tool tool : initiatives.tools()) {
            var instance = new ToolInstance(4242, 1, tool.phases().iterator().next(), tool.id(), null);
            for (String format : tool.exports()) {
                declared++;
                String path = tool.exportPath(instance, format);
                var request = new MockHttpServletRequest("GET", path);
                request.setRequestURI(path);
                if (mappings.getHandler(request) == null) {
                    missing.add(tool.id() + " " + format + " at " + path);
                }
            }
        }
        assertThat(declared).as("updates, vote and budget declare exports").isGreaterThanOrEqualTo(3);
        // the check can fail: a format nobody serves has no handler
        var unknown = new MockHttpServletRequest("GET", "/updates/4242/export.xml");
        unknown.setRequestURI("/updates/4242/export.xml");
        assertThat(mappings.getHandler(unknown)).isNull();
        assertThat(missing).isEmpty();
    }

    @Test
    void theInitiativePageLinksTheExportsAndTheUpdatesExportServesThePosts() throws Exception {
        String title = "Percorsi ciclabili del quartiere";
        long id = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        long updates = jdbc.sql("SELECT MIN(id) FROM tool_instance WHERE initiative_id = :i AND tool_id = 'updates'")
                .param("i", id)
                .query(Long.class)
                .single();
        String html = mvc.perform(get("/initiatives/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> links = Jsoup.parse(html).select("ul.tools a.export").eachAttr("href");
        assertThat(links).contains("/updates/" + updates + "/export.json");

        jdbc.sql("""
                INSERT INTO update_post (tool_instance_id, title, body, posted_at)
                VALUES (:t, 'Export <check>', '<b>Bread & roses</b>', :now)
                """)
                .param("t", updates)
                .param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
                .update();
        String json = mvc.perform(get("/updates/" + updates + "/export.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Number) JsonPath.read(json, "$.initiativeId")).isEqualTo((int) id);
        assertThat((String) JsonPath.read(json, "$.initiative")).isEqualTo(title);
        List<String> exported = JsonPath.read(json, "$.posts[*].title");
        List<String> stored = jdbc.sql(
                        "SELECT title FROM update_post WHERE tool_instance_id = :t ORDER BY posted_at DESC, id DESC")
                .param("t", updates)
                .query(String.class)
                .list();
        assertThat(exported).isEqualTo(stored).contains("Export <check>");
        // markup characters travel as JSON escapes and read back unchanged
        assertThat(json).doesNotContain("<b>").contains("\\u003cb\\u003eBread \\u0026 roses");
        List<String> bodies = JsonPath.read(json, "$.posts[*].body");
        assertThat(bodies).contains("<b>Bread & roses</b>");
    }

    @Test
    void aVoteWithNothingToExportYetIsNamedNotLinked() throws Exception {
        var place = jdbc.sql("""
                        SELECT p.initiative_id, p.phase FROM initiative_phase p JOIN initiative i ON i.id = p.initiative_id
                        WHERE i.level = 'collective' AND i.status = 'open'
                        AND p.phase IN ('co-commissioning', 'co-assessment') AND NOT EXISTS (SELECT 1 FROM tool_instance t
                            WHERE t.initiative_id = p.initiative_id AND t.phase = p.phase AND t.tool_id = 'vote')
                        ORDER BY p.initiative_id
                        """)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .get(0);
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, :p, 'vote', CURRENT_TIMESTAMP)
                """).param("i", place.getKey()).param("p", place.getValue()).update();
        long vote =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        try {
            var page = initiativePage(place.getKey());
            assertThat(page.select("ul.tools a.export").eachAttr("href"))
                    .as("a vote not yet set up has no ballots to download")
                    .doesNotContain("/vote/" + vote + "/ballots.csv");
            assertThat(page.select("ul.tools span.export").eachText())
                    .anySatisfy(text ->
                            assertThat(text).contains("CSV").contains("available once the results are published"));
            mvc.perform(get("/vote/" + vote + "/ballots.csv")).andExpect(status().isNotFound());
        } finally {
            jdbc.sql("DELETE FROM tool_instance WHERE id = :id")
                    .param("id", vote)
                    .update();
        }
    }

    /**
     * Every budget the initiative page lists: the page lists a phase's tools only for phases on the timeline, and
     * other tests' budgets live in copied initiatives without one (whichever test class ran first).
     */
    @Test
    void aBudgetsPabulibFileIsLinkedExactlyWhenTheBudgetIsClosed() throws Exception {
        var budgets = jdbc.sql("""
                        SELECT t.id, t.initiative_id, b.status FROM tool_instance t JOIN budget b ON b.tool_instance_id = t.id
                        JOIN initiative i ON i.id = t.initiative_id WHERE i.level = 'collective'
                        AND EXISTS (SELECT 1 FROM initiative_phase p
                                    WHERE p.initiative_id = t.initiative_id AND p.phase = t.phase)
                        """)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})
                .list();
        assertThat(budgets).isNotEmpty();
        for (Object[] budget : budgets) {
            boolean closed = "closed".equals(budget[2]);
            var page = initiativePage((Long) budget[1]);
            assertThat(page.select("ul.tools a.export").eachAttr("href"))
                    .as("budget " + budget[0] + " " + budget[2])
                    .matches(links -> links.contains("/budget/" + budget[0] + "/export.pb") == closed);
            mvc.perform(get("/budget/" + budget[0] + "/export.pb"))
                    .andExpect(closed ? status().isOk() : status().isNotFound());
        }
    }

    private org.jsoup.nodes.Document initiativePage(long id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/initiatives/" + id).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
