package org.cocrea.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The map tool's pages, its refusals (each with its message, nothing stored) and its GeoJSON download. */
@WebTest
class MapWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private long map() {
        return MapPermissionMatrixTest.demoMap(jdbc);
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM map_feature").query(Long.class).single();
    }

    private MockHttpServletRequestBuilder draw(String kind, String coordinates) {
        return post("/map/" + map() + "/features")
                .with(csrf())
                .with(new Demo(users).as(Demo.CITIZEN))
                .param("title", "Nuovo percorso")
                .param("category", "Percorso proposto")
                .param("description", "Lungo il fiume")
                .param("kind", kind)
                .param("coordinates", coordinates);
    }

    @Test
    void theMapPageListsTheDemoFeaturesAsTextAndLoadsTheShapesFromTheDownload() throws Exception {
        mvc.perform(get("/map/" + map()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dal mercato alla scuola lungo via dei Tigli")))
                .andExpect(content().string(containsString("Incrocio senza semaforo davanti al liceo")))
                .andExpect(content().string(containsString("Punto pericoloso")))
                .andExpect(content().string(containsString("Le auto arrivano veloci")))
                .andExpect(content().string(containsString("data-features-url=\"/map/" + map() + "/export.geojson\"")))
                .andExpect(content().string(containsString("/webjars/leaflet/1.9.4/dist/leaflet.js")))
                // nothing of the shapes inline: the page stays small however many there are
                .andExpect(content().string(not(containsString("\"coordinates\""))))
                .andExpect(content().string(not(containsString("Disegna sulla mappa"))));
        mvc.perform(get("/map/" + map() + "?page=abc")).andExpect(status().isOk());
        mvc.perform(get("/map/" + map() + "?page=99999999999")).andExpect(status().isOk());
        mvc.perform(get("/map/" + map()).with(new Demo(users).as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Disegna sulla mappa")));
    }

    @Test
    void aMemberDrawsALineByCoordinatesAndSeesItsPage() throws Exception {
        mvc.perform(get("/map/" + map() + "/new").with(new Demo(users).as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"coordinates\"")))
                .andExpect(content().string(containsString("data-mode=\"feature\"")))
                .andExpect(content().string(containsString("Percorso proposto")));
        var result = mvc.perform(draw("line", "41.9001, 12.4901\n41.9011, 12.4921"))
                .andExpect(status().isFound())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/map/" + map() + "/features/");
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nuovo percorso")))
                .andExpect(content().string(containsString("41.9001, 12.4901")))
                .andExpect(content().string(containsString("Lungo il fiume")));
    }

    @Test
    void badGeometriesAreRefusedWithAMessageAndNothingStored() throws Exception {
        long before = rows();
        mvc.perform(draw("polygon", "41.90, 12.49\n41.91, 12.50\n41.90, 12.50\n41.91, 12.49"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("I lati dell’area si incrociano")))
                // what was typed is kept
                .andExpect(content().string(containsString("41.91, 12.49")));
        mvc.perform(draw("point", "95, 12.49"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Riga 1: la latitudine deve essere tra -90 e 90.")));
        mvc.perform(draw("line", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scrivi almeno una posizione")));
        mvc.perform(draw("hexagon", "41.9, 12.5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scegli un punto, una linea o un’area.")));
        mvc.perform(draw("polygon", "41.9, 12.5\n".repeat(100_000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Un disegno può avere al massimo 1.000 posizioni")));
        mvc.perform(draw("line", "41.9, 12.5\n41.9, 12.6").param("title", "x".repeat(10_000_000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scrivi un titolo")));
        mvc.perform(draw("line", "41.9, 12.5\n41.9, 12.6").param("category", "Inventata"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scegli una delle categorie proposte.")));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aFacilitatorHidesAFeatureThatThenLeavesTheListAndTheDownload() throws Exception {
        var officer = new Demo(users).as(Demo.PARKS_OFFICER);
        var location = mvc.perform(draw("point", "41.9033, 12.4966").param("title", "Da nascondere"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location + "/hidden").with(csrf()).with(officer).param("hidden", "true"))
                .andExpect(status().isFound());
        mvc.perform(get("/map/" + map())).andExpect(content().string(not(containsString("Da nascondere"))));
        mvc.perform(get("/map/" + map() + "/export.geojson"))
                .andExpect(content().string(not(containsString("Da nascondere"))));
        mvc.perform(get(location)).andExpect(status().isNotFound());
        // its author and the facilitators still see it, marked
        mvc.perform(get(location).with(new Demo(users).as(Demo.CITIZEN))).andExpect(status().isOk());
        mvc.perform(get("/map/" + map()).with(officer))
                .andExpect(content().string(containsString("Da nascondere")))
                .andExpect(content().string(containsString("Nascosto")));
        mvc.perform(post(location + "/hidden").with(csrf()).with(officer).param("hidden", "false"))
                .andExpect(status().isFound());
        mvc.perform(get(location)).andExpect(status().isOk());
        mvc.perform(post("/map/" + map() + "/features/999999999/hidden")
                        .with(csrf())
                        .with(officer))
                .andExpect(status().isNotFound());
    }

    @Test
    void facilitatorsSetTheCategories() throws Exception {
        var officer = new Demo(users).as(Demo.PARKS_OFFICER);
        mvc.perform(get("/map/" + map() + "/settings").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Punto pericoloso")));
        mvc.perform(post("/map/" + map() + "/settings")
                        .with(csrf())
                        .with(officer)
                        .param(
                                "categories",
                                "a\n".repeat(5)
                                        + String.join("\n", java.util.Collections.nCopies(1, ""))
                                        + "x".repeat(101)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("al massimo 20 categorie")));
        var many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("c").append(i).append('\n');
        }
        mvc.perform(post("/map/" + map() + "/settings")
                        .with(csrf())
                        .with(officer)
                        .param("categories", many.toString()))
                .andExpect(status().isUnprocessableContent());
        String kept = String.join("\n", MapDemoData.CATEGORIES);
        mvc.perform(post("/map/" + map() + "/settings")
                        .with(csrf())
                        .with(officer)
                        .param("categories", kept + "\n" + kept))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT categories FROM map_settings WHERE tool_instance_id = :i")
                        .param("i", map())
                        .query(String.class)
                        .single())
                .isEqualTo(kept);
    }

    @Test
    void theDownloadIsAGeoJsonFeatureCollectionOfTheShownFeatures() throws Exception {
        var response = mvc.perform(get("/map/" + map() + "/export.geojson"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/geo+json")))
                .andExpect(header().string("Content-Disposition", containsString(".geojson")))
                .andReturn()
                .getResponse();
        var json = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(json.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(json.path("features").size()).isGreaterThanOrEqualTo(5);
        var kinds = new java.util.HashSet<String>();
        json.path("features")
                .forEach(f -> kinds.add(f.path("geometry").path("type").asString()));
        assertThat(kinds).contains("Point", "LineString", "Polygon");
        assertThat(response.getContentAsString()).contains("Incrocio senza semaforo davanti al liceo");
        mvc.perform(get("/map/999999999/export.geojson")).andExpect(status().isNotFound());
    }

    @Test
    void eachFeatureHasACommentThreadThatMembersWriteIn() throws Exception {
        long route = jdbc.sql("SELECT MIN(id) FROM map_feature WHERE tool_instance_id = :i")
                .param("i", map())
                .query(Long.class)
                .single();
        mvc.perform(get("/map/" + map() + "/features/" + route))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("la strada si stringe")))
                .andExpect(content().string(containsString("senso unico")));
        mvc.perform(get("/map/" + map() + "/features/" + route).with(new Demo(users).as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("action=\"/comments/tool/" + map() + "/feature/" + route)));
        mvc.perform(post("/comments/tool/" + map() + "/feature/" + route)
                        .with(csrf())
                        .with(new Demo(users).as(Demo.CITIZEN))
                        .param("body", "Si potrebbe allargare il marciapiede.")
                        .param("back", "/map/" + map() + "/features/" + route))
                .andExpect(status().isFound());
        mvc.perform(get("/map/" + map() + "/features/" + route))
                .andExpect(content().string(containsString("Si potrebbe allargare il marciapiede.")));
        mvc.perform(get("/map/" + map())).andExpect(content().string(containsString("commenti")));
    }

    @Test
    void theInitiativePageOffersTheMapAndItsDownload() throws Exception {
        long initiative = jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", map())
                .query(Long.class)
                .single();
        mvc.perform(get("/initiatives/" + initiative))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/map/" + map())))
                .andExpect(content().string(containsString("/map/" + map() + "/export.geojson")));
    }
}
