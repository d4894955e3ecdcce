package org.cocrea.initiatives.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.People;
import org.cocrea.initiatives.Phase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The /typology page read as HTML: the accessible table and the SVG heatmap carry the same number for each of
 * the twelve cells, and under every filter those numbers, with the private initiatives counted apart, are the ones
 * /api/typology gives.
 */
@InitiativesWebTest
class TypologyPageTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long demoOrg;
    long otherOrg;

    @BeforeEach
    void setUp() {
        People.ensure(jdbc);
        demoOrg = org("Comune di Esempio");
        otherOrg = org("Altro Comune");
    }

    private long org(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Map<String, String> p) {
        p.forEach(request::param);
        return request;
    }

    /**
     * "level/phase" → count from the table (what the viewer can open plus the private ones counted apart), checked
     * first to be the same as in the picture; a cell links to its list exactly when it has something to open.
     */
    private Map<String, Long> page(Map<String, String> filters) throws Exception {
        String html = mvc.perform(with(get("/typology"), filters))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document doc = Jsoup.parse(html);

        var table = new LinkedHashMap<String, Long>();
        var shown = new LinkedHashMap<String, Long>();
        var rows = doc.select("table.typology-table tbody tr");
        assertThat(rows).hasSize(Level.values().length);
        for (int r = 0; r < rows.size(); r++) {
            var cells = rows.get(r).select("td");
            assertThat(cells).hasSize(Phase.values().length);
            for (int c = 0; c < cells.size(); c++) {
                String key = Level.values()[r].code() + "/" + Phase.values()[c].code();
                var count = cells.get(c).selectFirst(".cell-count");
                long visible = Long.parseLong(count.text().trim());
                if (visible > 0) {
                    assertThat(cell(count.attr("href")))
                            .as("table link of " + key)
                            .isEqualTo(key);
                } else {
                    assertThat(count.tagName())
                            .as("an empty cell links nowhere: " + key)
                            .isEqualTo("span");
                }
                var hidden = cells.get(c).selectFirst(".cell-private");
                shown.put(key, visible);
                table.put(key, visible + (hidden == null ? 0 : Long.parseLong(hidden.attr("data-count"))));
            }
        }

        var picture = new LinkedHashMap<String, Long>();
        var counts = doc.select("svg.heatmap-picture text.heat-count");
        assertThat(counts).hasSize(12);
        int i = 0;
        for (Level level : Level.values()) {
            for (Phase phase : Phase.values()) {
                picture.put(
                        level.code() + "/" + phase.code(),
                        Long.valueOf(counts.get(i++).text().trim()));
            }
        }
        for (var link : doc.select("svg.heatmap-picture a")) {
            String key = cell(link.attr("href"));
            assertThat(shown.get(key))
                    .as("a linked picture cell has something to open: " + key)
                    .isPositive();
        }
        assertThat(picture).as("the picture and the table, with " + filters).isEqualTo(shown);
        return table;
    }

    /** The "level/phase" a cell's link filters the list by. */
    private static String cell(String href) {
        var params = UriComponentsBuilder.fromUriString(href).build().getQueryParams();
        return params.getFirst("level") + "/" + params.getFirst("phase");
    }

    private Map<String, Long> api(Map<String, String> filters) throws Exception {
        String json = mvc.perform(with(get("/api/typology"), filters))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> cells = JsonPath.read(json, "$.cells");
        var counts = new LinkedHashMap<String, Long>();
        for (var c : cells) {
            counts.put(c.get("level") + "/" + c.get("phase"), ((Number) c.get("count")).longValue());
        }
        return counts;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void tableAndPictureCarryTheSameNumbersAsTheApiUnderEveryFilter() throws Exception {
        var unfiltered = page(Map.of());
        assertThat(unfiltered).isEqualTo(api(Map.of()));
        assertThat(total(unfiltered)).isPositive();

        List<Map<String, String>> filters = List.of(
                Map.of("organisation", String.valueOf(demoOrg)),
                Map.of("organisation", String.valueOf(otherOrg)),
                Map.of("domain", "education"),
                Map.of("domain", "health"),
                Map.of("objective", "efficiency"),
                Map.of("objective", "customer-satisfaction"),
                Map.of("role", "initiator"),
                Map.of("role", "co-implementer"),
                Map.of("status", "open"),
                Map.of("status", "closed"),
                Map.of("status", "archived"),
                Map.of("domain", "environment-and-parks", "role", "co-designer", "status", "open"));
        for (var filter : filters) {
            var html = page(filter);
            assertThat(html).as("/typology with " + filter).isEqualTo(api(filter));
        }

        // the filters do change the numbers: another organisation's, education's and initiator's differ
        assertThat(page(Map.of("organisation", String.valueOf(otherOrg)))).isNotEqualTo(unfiltered);
        assertThat(page(Map.of("domain", "education"))).isNotEqualTo(unfiltered);
        assertThat(total(page(Map.of("domain", "education")))).isPositive().isLessThan(total(unfiltered));
        assertThat(total(page(Map.of("role", "initiator")))).isLessThan(total(unfiltered));
        assertThat(total(page(Map.of("objective", "efficiency")))).isLessThan(total(unfiltered));
        assertThat(total(page(Map.of("status", "open")))).isPositive().isLessThanOrEqualTo(total(unfiltered));
    }
}
