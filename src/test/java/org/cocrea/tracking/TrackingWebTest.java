package org.cocrea.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracking pages and every refusal, on the demo and on instances of their own: the demo's funded projects with
 * milestones, updates and a photo; importing a funded project once (a project the budget did not fund cannot be);
 * a progress update to 60% with a photo; progress 120, negative money, a cancellation without reason and a photo
 * with wrong magic bytes refused with 422 and nothing stored; completion told to the members; milestones; the
 * organisation-wide page with its filters, pages and exports, which show public initiatives only.
 */
@WebTest
class TrackingWebTest {
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
        TestTracking.ensurePeople(jdbc);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    private long number(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param("p" + i, params[i]);
        }
        return spec.query(Long.class).single();
    }

    /** Every row of the result and what hangs off it, as text: a refusal leaves it unchanged. */
    private String rows(long result) {
        return String.valueOf(jdbc.sql("SELECT * FROM tracked_result WHERE id = :r")
                        .param("r", result)
                        .query()
                        .listOfRows())
                + jdbc.sql("SELECT * FROM tracked_update WHERE result_id = :r ORDER BY id")
                        .param("r", result)
                        .query()
                        .listOfRows()
                + number("SELECT COUNT(*) FROM image");
    }

    @Test
    void theDemoTracksTheFundedBicycleProjects() throws Exception {
        long instance = number("SELECT MIN(id) FROM tool_instance WHERE tool_id = 'tracking'");
        String page = mvc.perform(get("/tracking/" + instance))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Monitoraggio dei progetti finanziati")))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("Completato")))
                .andExpect(content().string(containsString("In corso")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Pista ciclabile protetta in via Roma", "Rastrelliere in dieci piazze");
        long result = number(
                "SELECT id FROM tracked_result WHERE tool_instance_id = :p0 AND status = 'in-progress'", instance);
        mvc.perform(get("/tracking/" + instance + "/" + result))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Progetto esecutivo approvato")))
                .andExpect(content().string(containsString("Avanzamento: 40%")))
                .andExpect(content().string(containsString("/images/")))
                .andExpect(content().string(containsString("Iniziati i lavori")))
                .andExpect(content().string(containsString("120.000,00")))
                // no tool offers activities or pacts on this branch: no such section
                .andExpect(content().string(not(containsString("Attività e patti"))))
                // visitors get no forms
                .andExpect(content().string(not(containsString("/progress\""))));
        mvc.perform(get("/tracking/" + instance + "/" + result).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/progress\"")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(get("/tracking/" + instance + "/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void aFundedProjectIsImportedOnceAndAnUnfundedOneNever() throws Exception {
        long[] created = TestTracking.newInstance(jdbc, TestTracking.COLLECTIVE);
        var projects = TestTracking.closedBudget(jdbc, created[1], Demo.CITIZEN);
        String base = "/tracking/" + created[0];
        mvc.perform(get(base).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("budget:" + projects.get(0))))
                .andExpect(content().string(containsString("budget:" + projects.get(1))))
                .andExpect(content().string(not(containsString("budget:" + projects.get(2)))));
        mvc.perform(as(post(base + "/import"), Demo.PARKS_OFFICER).param("source", "budget:" + projects.get(0)))
                .andExpect(status().isFound());
        assertThat(number(
                        "SELECT COUNT(*) FROM tracked_result WHERE source_kind = 'budget' AND source_id = :p0"
                                + " AND budget_cents = 5000000 AND status = 'planned'",
                        projects.get(0)))
                .isEqualTo(1);
        mvc.perform(as(post(base + "/import"), Demo.PARKS_OFFICER).param("source", "budget:" + projects.get(0)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("già seguito")));
        mvc.perform(as(post(base + "/import"), Demo.PARKS_OFFICER).param("source", "budget:" + projects.get(2)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("non si può importare")));
        mvc.perform(as(post(base + "/import"), Demo.PARKS_OFFICER).param("source", "<script>"))
                .andExpect(status().isUnprocessableContent());
        assertThat(number("SELECT COUNT(*) FROM tracked_result WHERE tool_instance_id = :p0", created[0]))
                .isEqualTo(1);
    }

    @Test
    void aFacilitatorMovesAProjectTo60PercentWithAPhoto() throws Exception {
        long[] created = TestTracking.newInstance(jdbc, TestTracking.COLLECTIVE);
        long result = TestTracking.result(jdbc, created[0], "Giardino della scuola")[0];
        String path = "/tracking/" + created[0] + "/" + result;
        var photo = new MockMultipartFile("image", "cantiere.png", "image/png", TestTracking.png());
        mvc.perform(as(multipart(path + "/progress").file(photo), Demo.PARKS_OFFICER)
                        .param("status", "in-progress")
                        .param("progress", "60")
                        .param("spent", "4.500,50")
                        .param("reason", "")
                        .param("body", "Piantati gli alberi")
                        .param("imageAlt", "Il cantiere del giardino"))
                .andExpect(status().isFound());
        assertThat(number(
                        "SELECT COUNT(*) FROM tracked_result WHERE id = :p0 AND progress = 60 AND spent_cents = 450050"
                                + " AND status = 'in-progress' AND image_id IS NOT NULL",
                        result))
                .isEqualTo(1);
        assertThat(number(
                        "SELECT COUNT(*) FROM tracked_update WHERE result_id = :p0 AND progress = 60"
                                + " AND author_id IS NOT NULL AND image_id IS NOT NULL",
                        result))
                .isEqualTo(1);
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Avanzamento: 60%")))
                .andExpect(content().string(containsString("value=\"60\"")))
                .andExpect(content().string(containsString("Il cantiere del giardino")))
                .andExpect(content().string(containsString("4.500,50")));
        mvc.perform(get("/tracking/" + created[0]))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Avanzamento: 60%")));
    }

    @Test
    void badProgressIsRefusedAndNothingIsStored() throws Exception {
        long[] created = TestTracking.newInstance(jdbc, TestTracking.COLLECTIVE);
        long result = TestTracking.result(jdbc, created[0], "Fontana")[0];
        String path = "/tracking/" + created[0] + "/" + result + "/progress";
        String before = rows(result);
        record Bad(String status, String progress, String spent, String reason, String message) {}
        for (var bad : List.of(
                new Bad("in-progress", "120", "0", "", "da 0 a 100"),
                new Bad("in-progress", "-1", "0", "", "da 0 a 100"),
                new Bad("in-progress", "dieci", "0", "", "da 0 a 100"),
                new Bad("in-progress", "10", "-5", "", "zero o più"),
                new Bad("in-progress", "10", "1,234", "", "zero o più"),
                new Bad("cancelled", "10", "0", "  ", "perché il progetto è annullato"),
                new Bad("completed", "90", "0", "", "al 100%"),
                new Bad("finished", "10", "0", "", "Scegli uno stato"))) {
            mvc.perform(as(post(path), Demo.PARKS_OFFICER)
                            .param("status", bad.status())
                            .param("progress", bad.progress())
                            .param("spent", bad.spent())
                            .param("reason", bad.reason())
                            .param("body", "Testo"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString(bad.message())))
                    // the form comes back as typed
                    .andExpect(content().string(containsString("value=\"" + bad.progress() + "\"")));
            assertThat(rows(result)).as(bad.toString()).isEqualTo(before);
        }
        var fake = new MockMultipartFile("image", "foto.png", "image/png", "GIF89a not a png at all".getBytes());
        mvc.perform(as(multipart(path).file(fake), Demo.PARKS_OFFICER)
                        .param("status", "in-progress")
                        .param("progress", "30")
                        .param("spent", "10")
                        .param("reason", "")
                        .param("body", "Con foto")
                        .param("imageAlt", "Foto"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Con foto")));
        assertThat(rows(result)).isEqualTo(before);
    }

    @Test
    void completionAndCancellationAreToldToTheMembers() throws Exception {
        long[] created = TestTracking.newInstance(jdbc, TestTracking.COLLECTIVE);
        long result = TestTracking.result(jdbc, created[0], "Rastrelliere")[0];
        String path = "/tracking/" + created[0] + "/" + result;
        mvc.perform(as(post(path + "/progress"), Demo.PARKS_OFFICER)
                        .param("status", "completed")
                        .param("progress", "100")
                        .param("spent", "9000")
                        .param("reason", "ignored")
                        .param("body", "Finito"))
                .andExpect(status().isFound());
        long member = number("SELECT id FROM app_user WHERE email = :p0", Demo.CITIZEN);
        long facilitator = number("SELECT id FROM app_user WHERE email = :p0", Demo.PARKS_OFFICER);
        assertThat(number(
                        "SELECT COUNT(*) FROM notification WHERE kind = 'tracking' AND link = :p0 AND person_id = :p1",
                        path,
                        member))
                .isEqualTo(1);
        assertThat(number(
                        "SELECT COUNT(*) FROM notification WHERE kind = 'tracking' AND link = :p0 AND person_id = :p1",
                        path,
                        facilitator))
                .as("not the author")
                .isZero();
        assertThat(number("SELECT COUNT(*) FROM tracked_result WHERE id = :p0 AND cancel_reason IS NULL", result))
                .isEqualTo(1);
        mvc.perform(as(post(path + "/progress"), Demo.PARKS_OFFICER)
                        .param("status", "cancelled")
                        .param("progress", "100")
                        .param("spent", "9000")
                        .param("reason", "Il fornitore è fallito")
                        .param("body", "Annullato"))
                .andExpect(status().isFound());
        assertThat(number(
                        "SELECT COUNT(*) FROM notification WHERE kind = 'tracking' AND link = :p0 AND person_id = :p1",
                        path,
                        member))
                .isEqualTo(2);
        mvc.perform(get(path)).andExpect(content().string(containsString("Annullato perché: Il fornitore è fallito")));
    }

    @Test
    void milestonesAndResultsByHand() throws Exception {
        long[] created = TestTracking.newInstance(jdbc, TestTracking.GROUP);
        String base = "/tracking/" + created[0];
        mvc.perform(as(post(base + "/results"), Demo.TEACHER)
                        .param("title", "")
                        .param("description", "x")
                        .param("budget", "-3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scrivi un titolo")))
                .andExpect(content().string(containsString("costo previsto")));
        mvc.perform(as(post(base + "/results"), Demo.TEACHER)
                        .param("title", "Biblioteca di classe")
                        .param("description", "Libri per tutti")
                        .param("budget", "2500"))
                .andExpect(status().isFound());
        long result = number("SELECT id FROM tracked_result WHERE tool_instance_id = :p0", created[0]);
        String path = base + "/" + result;
        mvc.perform(as(post(path + "/milestones"), Demo.TEACHER)
                        .param("title", "Acquisto")
                        .param("plannedOn", "ieri"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scegli una data")));
        mvc.perform(as(post(path + "/milestones"), Demo.TEACHER)
                        .param("title", "Acquisto")
                        .param("plannedOn", LocalDate.now().minusDays(3).toString()))
                .andExpect(status().isFound());
        long milestone = number("SELECT id FROM tracked_milestone WHERE result_id = :p0", result);
        mvc.perform(get(path).with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In ritardo")))
                .andExpect(content().string(containsString("2.500,00")));
        mvc.perform(as(post(path + "/milestones/" + milestone), Demo.TEACHER)
                        .param("doneOn", LocalDate.now().plusDays(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("deve ancora venire")));
        mvc.perform(as(post(path + "/milestones/" + milestone), Demo.TEACHER)
                        .param("doneOn", LocalDate.now().toString()))
                .andExpect(status().isFound());
        assertThat(number("SELECT COUNT(*) FROM tracked_milestone WHERE id = :p0 AND done_on IS NOT NULL", milestone))
                .isEqualTo(1);
        mvc.perform(as(post(path + "/links"), Demo.TEACHER).param("work", "pacts:1"))
                .andExpect(status().isUnprocessableContent());
        // a group initiative is for its members: not on the organisation-wide page, not in its export
        mvc.perform(get("/tracking")).andExpect(content().string(not(containsString("Biblioteca di classe"))));
        mvc.perform(get("/tracking/export.csv"))
                .andExpect(content().string(not(containsString("Biblioteca di classe"))));
        mvc.perform(get(base)).andExpect(status().isNotFound());
    }

    @Test
    void theOrganisationWidePageFiltersAndExports() throws Exception {
        long[] created = TestTracking.newInstance(jdbc, TestTracking.COLLECTIVE);
        long result = TestTracking.result(jdbc, created[0], "=HYPERLINK(\"http://x\") pista")[0];
        mvc.perform(get("/tracking"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Che fine ha fatto quello che abbiamo votato")))
                .andExpect(content().string(containsString("Rastrelliere in dieci piazze")))
                .andExpect(content().string(containsString("<progress")));
        mvc.perform(get("/tracking").param("status", "completed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rastrelliere in dieci piazze")))
                .andExpect(content().string(not(containsString("Pista ciclabile protetta in via Roma"))));
        mvc.perform(get("/tracking").param("initiative", String.valueOf(created[1])))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HYPERLINK")))
                .andExpect(content().string(not(containsString("Rastrelliere in dieci piazze"))));
        // hostile filters are ignored, never a 500
        mvc.perform(get("/tracking")
                        .param("status", "'; DROP")
                        .param("initiative", "x")
                        .param("page", "-4"))
                .andExpect(status().isOk());
        mvc.perform(get("/tracking").param("page", "99999")).andExpect(status().isOk());
        String csv = mvc.perform(get("/tracking/export.csv").param("initiative", String.valueOf(created[1])))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("tracking.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("id");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo(String.valueOf(result));
        assertThat(records.get(1).get(3)).as("formula defused").startsWith("'=HYPERLINK");
        assertThat(records.get(1).get(6)).isEqualTo("10000.00");
        String json = mvc.perform(get("/tracking/" + created[0] + "/export.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var tree = JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("results").size()).isEqualTo(1);
        assertThat(tree.get("results").get(0).get("progressPercent").asInt()).isZero();
        assertThat(tree.get("results").get(0).get("status").asString()).isEqualTo("planned");
        mvc.perform(get("/tracking/" + created[0] + "/export.csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"planned\"")));
    }
}
