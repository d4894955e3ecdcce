package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.testing.Demo;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** (Demo accounts speak Italian.) An initiative's area: checked field by field, drawn as an SVG outline. */
@InitiativesWebTest
class AreaWebTest {
    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[11.3,44.5],[11.4,44.5],[11.4,44.6],[11.3,44.5]]]}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
    }

    private MockHttpServletRequestBuilder form(String title, String area) {
        return post("/initiatives")
                .with(csrf())
                .with(demo.as(Demo.PARKS_OFFICER))
                .param("title", title)
                .param("summary", "Un’area del quartiere")
                .param("description", "")
                .param("domain", "environment-and-parks")
                .param("level", "collective")
                .param("citizenRoles", "co-designer")
                .param("objectives", "effectiveness")
                .param("area", area);
    }

    private long initiatives() {
        return jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single();
    }

    @Test
    void badAreasAreRefusedBesideTheFieldAndNothingIsStored() throws Exception {
        long before = initiatives();
        String[][] cases = {
            {"{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}", "deve essere chiuso"},
            {"{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}", "almeno 4 posizioni"},
            {"{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[200,0],[1,1],[0,0]]]}", "tra −180 e 180"},
            {"{\"type\":\"Polygon\",\"coordinates\":[[[44.5,11.3],[44.5,95],[44.6,11.4],[44.5,11.3]]]}", "tra −90 e 90"
            },
            {"{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[\"1\",0],[1,1],[0,0]]]}", "[longitudine, latitudine]"},
            {"{\"type\":\"Point\",\"coordinates\":[1,2]}", "Polygon o MultiPolygon"},
            {"{not json", "non è un JSON valido"},
        };
        for (String[] c : cases) {
            String html = mvc.perform(form("Area sbagliata", c[0]))
                    .andExpect(status().is(422))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            var doc = Jsoup.parse(html);
            assertThat(doc.select("#area-error").text()).as(c[0]).contains(c[1]);
            // the form keeps what was typed
            assertThat(doc.select("textarea[name=area]").text()).isEqualTo(c[0]);
        }
        assertThat(initiatives()).isEqualTo(before);
    }

    @Test
    void theAreaIsDrawnAsAnOutlineWithATextAlternativeNotShownAsJson() throws Exception {
        String location = mvc.perform(form("Giardini di via Roma", SQUARE))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String html = mvc.perform(get(location).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("coordinates"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var doc = Jsoup.parse(html);
        assertThat(doc.select("pre")).isEmpty();
        var svg = doc.selectFirst("figure.area svg.area-map");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("viewBox")).matches("0 0 \\d+\\.\\d \\d+\\.\\d");
        assertThat(svg.select("[style]")).isEmpty();
        var path = svg.selectFirst("path.area-outline");
        assertThat(path.attr("d")).startsWith("M4.0 304.0L").endsWith("Z");
        String caption = doc.getElementById(svg.attr("aria-labelledby")).text();
        assertThat(caption).isEqualTo("Area: poligono di 3 punti intorno a 44.5500, 11.3500.");
        // no script, no external tile anywhere in the figure
        assertThat(doc.select("figure.area").html()).doesNotContain("http").doesNotContain("<script");
    }
}
