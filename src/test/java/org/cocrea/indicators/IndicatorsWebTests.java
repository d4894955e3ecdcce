package org.cocrea.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cocrea.initiatives.Objective;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The indicators' pages and every refusal: the demo's progress sentences, chart and table; a new indicator refused
 * for an objective the initiative did not declare, a target equal to the baseline or on the wrong side, dates in the
 * wrong order, numbers that are not, hostile text (stored, shown escaped); readings typed (before the baseline, in
 * the future: refused) with their raw progress and event; a reading taken from the plans' GAS measure, offered only
 * to the care team. A refusal answers 422 with the form as typed and stores nothing.
 */
@WebTest
@RecordApplicationEvents
class IndicatorsWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    private long demoInstance(String initiative) {
        return jdbc.sql("""
                        SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                        WHERE t.tool_id = 'indicators' AND i.title = :t
                        """).param("t", initiative).query(Long.class).single();
    }

    private long indicators(long instance) {
        return jdbc.sql("SELECT COUNT(*) FROM indicator WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    private long readings(long indicator) {
        return jdbc.sql("SELECT COUNT(*) FROM indicator_reading WHERE indicator_id = :i")
                .param("i", indicator)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder indicator(
            long id,
            String who,
            String objective,
            String name,
            String direction,
            String baseline,
            String baselineOn,
            String target,
            String targetOn) {
        return as(post("/indicators/" + id), who)
                .param("objective", objective)
                .param("name", name)
                .param("unit", "ciclisti al giorno")
                .param("direction", direction)
                .param("baseline", baseline)
                .param("baselineOn", baselineOn)
                .param("target", target)
                .param("targetOn", targetOn)
                .param("source", "Conteggio")
                .param("method", "Martedì");
    }

    @Test
    void theDemoSaysHowFarEachIndicatorHasCome() throws Exception {
        long bikes = demoInstance(IndicatorsDemoData.BIKES);
        mvc.perform(get("/indicators/" + bikes))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Percorso compiuto: 54% da 120 a 200 ciclisti al giorno, ultima misura il")))
                .andExpect(content().string(containsString("Pericoli segnalati al mese")))
                .andExpect(content().string(containsString("Più basso è meglio")))
                .andExpect(content().string(not(containsString("Aggiungi un indicatore"))));
        long cyclists = jdbc.sql("SELECT id FROM indicator WHERE tool_instance_id = :i AND name = :n")
                .param("i", bikes)
                .param("n", IndicatorsDemoData.CYCLISTS)
                .query(Long.class)
                .single();
        mvc.perform(as(get("/indicators/" + bikes + "/" + cyclists), Demo.PARKS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg role=\"img\"")))
                .andExpect(content().string(containsString("<polyline")))
                .andExpect(content().string(containsString("id=\"readings\"")))
                .andExpect(content().string(containsString("Prima della corsia protetta")))
                .andExpect(content().string(containsString("Registra una misura")));
        long school = demoInstance(IndicatorsDemoData.SCHOOL);
        mvc.perform(as(get("/indicators/" + school), Demo.TEACHER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bambini che partecipano ai laboratori inclusivi")))
                .andExpect(content().string(containsString("Efficacia")))
                .andExpect(content().string(containsString("Aggiungi un indicatore")));
    }

    @Test
    void badIndicatorsAreRefusedWithNothingStored() throws Exception {
        long id = TestIndicators.newInstance(jdbc, TestIndicators.GROUP); // declares effectiveness only
        var cases = new String[][] {
            {"efficiency", "higher", "10", "2026-01-01", "20", "2026-06-01", "Scegli uno degli obiettivi dichiarati"},
            {"happiness", "higher", "10", "2026-01-01", "20", "2026-06-01", "Scegli uno degli obiettivi dichiarati"},
            {
                "effectiveness",
                "higher",
                "10",
                "2026-01-01",
                "10",
                "2026-06-01",
                "deve essere diverso dal valore di partenza"
            },
            {"effectiveness", "higher", "10", "2026-01-01", "5", "2026-06-01", "deve essere più alto"},
            {"effectiveness", "lower", "10", "2026-01-01", "15", "2026-06-01", "deve essere più basso"},
            {"effectiveness", "higher", "10", "2026-06-01", "20", "2026-01-01", "deve venire dopo la data"},
            {"effectiveness", "higher", "10", "2026-06-01", "20", "2026-06-01", "deve venire dopo la data"},
            {"effectiveness", "higher", "dieci", "2026-01-01", "20", "2026-06-01", "Scrivi un numero"},
            {"effectiveness", "higher", "1e400", "2026-01-01", "20", "2026-06-01", "Scrivi un numero"},
            {"effectiveness", "higher", "10", "ieri", "20", "2026-06-01", "Scrivi una data"},
            {"effectiveness", "sideways", "10", "2026-01-01", "20", "2026-06-01", "più alto o più basso"},
        };
        for (var c : cases) {
            mvc.perform(indicator(id, Demo.TEACHER, c[0], "Presenze", c[1], c[2], c[3], c[4], c[5]))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString(c[6])))
                    .andExpect(content().string(containsString("value=\"Presenze\"")));
        }
        mvc.perform(indicator(id, Demo.TEACHER, "effectiveness", "", "higher", "1", "2026-01-01", "2", "2026-06-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scrivi il nome dell’indicatore.")));
        mvc.perform(indicator(
                        id,
                        Demo.TEACHER,
                        "effectiveness",
                        "x".repeat(201),
                        "higher",
                        "1",
                        "2026-01-01",
                        "2",
                        "2026-06-01"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(indicator(
                                id,
                                Demo.TEACHER,
                                "effectiveness",
                                "Presenze",
                                "higher",
                                "1",
                                "2026-01-01",
                                "2",
                                "2026-06-01")
                        .param("measure", "plans:gas:1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scegli una misura dell’elenco.")));
        assertThat(indicators(id)).isZero();

        // Hostile text is stored as typed and shown escaped; a comma is a decimal point.
        mvc.perform(indicator(
                        id,
                        Demo.TEACHER,
                        "effectiveness",
                        "<script>alert(1)</script>",
                        "lower",
                        "12,5",
                        "2026-01-01",
                        "4,25",
                        "2026-06-01"))
                .andExpect(status().isFound());
        var stored = jdbc.sql("SELECT name, baseline_value, target_value FROM indicator WHERE tool_instance_id = :i")
                .param("i", id)
                .query()
                .singleRow();
        assertThat(stored.get("name")).isEqualTo("<script>alert(1)</script>");
        assertThat((BigDecimal) stored.get("baseline_value")).isEqualByComparingTo("12.5");
        assertThat((BigDecimal) stored.get("target_value")).isEqualByComparingTo("4.25");
        mvc.perform(as(get("/indicators/" + id), Demo.PARENT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void aTypedReadingStoresItsRawProgressAndIsPublished() throws Exception {
        long id = TestIndicators.newInstance(jdbc, TestIndicators.COLLECTIVE);
        var today = LocalDate.now(ZoneId.of("Europe/Rome"));
        mvc.perform(indicator(
                        id,
                        Demo.PARKS_OFFICER,
                        "effectiveness",
                        "Ciclisti",
                        "higher",
                        "120",
                        today.minusDays(30).toString(),
                        "200",
                        today.plusDays(100).toString()))
                .andExpect(status().isFound());
        long indicator = jdbc.sql("SELECT id FROM indicator WHERE tool_instance_id = :i")
                .param("i", id)
                .query(Long.class)
                .single();
        String path = "/indicators/" + id + "/" + indicator;
        mvc.perform(as(post(path + "/readings"), Demo.PARKS_OFFICER)
                        .param("value", "1")
                        .param("on", today.minusDays(31).toString())
                        .param("note", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("non può venire prima della data del valore di partenza")));
        mvc.perform(as(post(path + "/readings"), Demo.PARKS_OFFICER)
                        .param("value", "1")
                        .param("on", today.plusDays(1).toString())
                        .param("note", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("non può essere nel futuro")));
        mvc.perform(as(post(path + "/readings"), Demo.PARKS_OFFICER)
                        .param("value", "molti")
                        .param("on", today.toString())
                        .param("note", "x".repeat(501)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scrivi un numero")))
                .andExpect(content().string(containsString("Scrivi al massimo 500 caratteri.")));
        mvc.perform(as(post(path + "/take"), Demo.PARKS_OFFICER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("non ha una misura che puoi leggere")));
        assertThat(readings(indicator)).isZero();

        mvc.perform(as(post(path + "/readings"), Demo.PARKS_OFFICER)
                        .param("value", "240")
                        .param("on", today.toString())
                        .param("note", "Dopo la corsia"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT progress FROM indicator_reading WHERE indicator_id = :i")
                        .param("i", indicator)
                        .query(BigDecimal.class)
                        .single())
                .as("stored raw, beyond the target")
                .isEqualByComparingTo("150");
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Percorso compiuto: 100% da 120 a 200 ciclisti al giorno")))
                .andExpect(content().string(containsString("Il traguardo è superato: percorso compiuto al 150%.")));
        assertThat(events.stream(IndicatorRead.class)
                        .filter(e -> e.instanceId() == id)
                        .toList())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.indicatorId()).isEqualTo(indicator);
                    assertThat(e.objective()).isEqualTo(Objective.EFFECTIVENESS);
                    assertThat(e.value()).isEqualByComparingTo("240");
                    assertThat(e.baseline()).isEqualByComparingTo("120");
                    assertThat(e.target()).isEqualByComparingTo("200");
                    assertThat(e.direction()).isEqualTo(Direction.HIGHER);
                    assertThat(e.on()).isEqualTo(today);
                });
    }

    @Test
    void thePlansGasMeasureIsOfferedToTheCareTeamAndTakenWithOneClick() throws Exception {
        long id = TestIndicators.newInstance(jdbc, TestIndicators.INDIVIDUAL);
        long initiative = TestIndicators.initiativeOf(jdbc, id);
        TestIndicators.scoredPlan(jdbc, initiative);
        String key = "plans:gas:" + initiative;
        mvc.perform(as(get("/indicators/" + id), Demo.SOCIAL_WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + key + "\"")))
                .andExpect(content().string(containsString("T-score GAS medio dei piani individuali")));
        mvc.perform(indicator(
                                id,
                                Demo.SOCIAL_WORKER,
                                "effectiveness",
                                "Obiettivi del piano",
                                "higher",
                                "50",
                                "2026-01-01",
                                "60",
                                "2027-01-01")
                        .param("measure", key))
                .andExpect(status().isFound());
        long indicator = jdbc.sql("SELECT id FROM indicator WHERE tool_instance_id = :i")
                .param("i", id)
                .query(Long.class)
                .single();
        mvc.perform(as(post("/indicators/" + id + "/" + indicator + "/take"), Demo.SOCIAL_WORKER))
                .andExpect(status().isFound());
        var reading = jdbc.sql(
                        "SELECT reading_value, progress, people, source_key FROM indicator_reading WHERE indicator_id = :i")
                .param("i", indicator)
                .query()
                .singleRow();
        // One goal of weight 1 scored +1: T = 50 + 10 × 1 / sqrt(0.7 + 0.3) = 60, the target: 100%.
        assertThat((BigDecimal) reading.get("reading_value")).isEqualByComparingTo("60");
        assertThat((BigDecimal) reading.get("progress")).isEqualByComparingTo("100");
        assertThat(reading.get("people")).isEqualTo(1);
        assertThat(reading.get("source_key")).isEqualTo(key);
        mvc.perform(as(get("/indicators/" + id + "/" + indicator), Demo.CITIZEN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Presa dalla misura, calcolata su 1 persone")))
                .andExpect(content().string(not(containsString(key))));
    }
}
