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
                AND (i.title LIKE 'Piano personale di salute:%' OR i.title LIKE 'Scuola inclusiva:%'
                    OR i.title LIKE 'Percorsi ciclabili del quartiere:%')
                """).query().listOfRows();
        assertThat(rows.stream().map(r -> r.get("id")).distinct()).hasSize(12);
        for (var row : rows) {
            mvc.perform(get("/initiatives/" + row.get("id")).with(demo.as((String) row.get("email"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-current=\"step\"")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("/updates/")));
        }
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
