package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
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
        String title = "Percorsi ciclabili del quartiere: disegnare i percorsi";
        long id = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        long updates = jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i AND tool_id = 'updates'")
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
}
