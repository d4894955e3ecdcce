package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@InitiativesWebTest
class DemoInitiativesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void typologyApiHasANonZeroCountInAllTwelveCells() throws Exception {
        mvc.perform(get("/api/typology"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cells.length()").value(12))
                .andExpect(jsonPath("$.cells[?(@.count == 0)]").isEmpty())
                .andExpect(jsonPath("$.cells[0].level").value("individual"))
                .andExpect(jsonPath("$.cells[0].phase").value("co-commissioning"));
    }

    @Test
    void eachDemoInitiativeOpensForEachOfItsMembersWithTimelineAndTools() throws Exception {
        var demo = new Demo(users);
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT i.id, i.title, u.email FROM initiative i
                JOIN initiative_member m ON m.initiative_id = i.id JOIN app_user u ON u.id = m.person_id
                WHERE i.organisation_id = (SELECT id FROM organisation WHERE name = 'Comune di Esempio')
                AND i.title IN ('Piano personale di salute', 'Scuola inclusiva', 'Percorsi ciclabili del quartiere',
                    'Orti condivisi in via Mazzini', 'Cura del parco Nord con i volontari')
                """).query().listOfRows();
        assertThat(rows.stream().map(r -> r.get("id")).distinct()).hasSize(5);
        for (var row : rows) {
            mvc.perform(get("/initiatives/" + row.get("id")).with(demo.as((String) row.get("email"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-current=\"step\"")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("/updates/")));
        }
    }

    /**
     * Issue 14: the seed's three stories are three initiatives, each through the four phases of one cycle with
     * real tools in each phase (not only updates), and the shorter ones add a citizen-initiated initiative and
     * one in its second cycle.
     */
    @Test
    void theThreeStoriesRunThroughTheFourPhasesWithRealToolsInEach() {
        var expected = Map.of(
                "Piano personale di salute",
                        List.of(
                                "co-commissioning:needs",
                                "co-design:plan",
                                "co-delivery:actions",
                                "co-assessment:ladder"),
                "Scuola inclusiva",
                        List.of(
                                "co-commissioning:vote",
                                "co-design:ideas",
                                "co-delivery:updates",
                                "co-assessment:vote"),
                "Percorsi ciclabili del quartiere",
                        List.of(
                                "co-commissioning:ideas",
                                "co-commissioning:budget",
                                "co-commissioning:vote",
                                "co-assessment:vote"));
        for (var story : expected.entrySet()) {
            long id = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                    .param("t", story.getKey())
                    .query(Long.class)
                    .single();
            assertThat(jdbc.sql("SELECT phase FROM initiative_phase WHERE initiative_id = :i AND cycle = 1"
                                    + " ORDER BY starts_on")
                            .param("i", id)
                            .query(String.class)
                            .list())
                    .as(story.getKey())
                    .containsExactly("co-commissioning", "co-design", "co-delivery", "co-assessment");
            var tools = jdbc.sql("SELECT phase || ':' || tool_id FROM tool_instance WHERE initiative_id = :i")
                    .param("i", id)
                    .query(String.class)
                    .list();
            assertThat(tools).as(story.getKey()).containsAll(story.getValue());
            for (String phase : List.of("co-commissioning", "co-design", "co-delivery", "co-assessment")) {
                assertThat(tools).as(story.getKey() + " " + phase).anyMatch(t -> t.startsWith(phase + ":"));
            }
        }
        assertThat(jdbc.sql("""
                        SELECT MAX(p.cycle) FROM initiative_phase p JOIN initiative i ON i.id = p.initiative_id
                        WHERE i.title = 'Cura del parco Nord con i volontari'
                        """).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM initiative_citizen_role r JOIN initiative i ON i.id = r.initiative_id
                        WHERE i.title = 'Orti condivisi in via Mazzini' AND r.role = 'initiator'
                        """).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDashboardShowsTheMatrixAndTheTable() throws Exception {
        mvc.perform(get("/typology"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<table")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("heat-")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "/initiatives?level=collective&amp;phase=co-commissioning")))
                // A visitor opens no individual initiative: those cells are counted as private and link nowhere.
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                                "/initiatives?level=individual&amp;phase=co-commissioning"))));
        // The citizen opens their own plan's initiative from its cell.
        mvc.perform(get("/typology").with(new Demo(users).as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "/initiatives?level=individual&amp;phase=co-design")));
    }
}
