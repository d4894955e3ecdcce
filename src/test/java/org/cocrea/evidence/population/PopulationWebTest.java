package org.cocrea.evidence.population;

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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The population pages: the demo bike-routes comparison with bars, "fewer than 5" and the indexes; too few
 * participants showing nothing; the initiative page's link; the margins page, its upload (replacing the margins) and
 * its refusals (422 naming the line, nothing stored), its CSV; the self-description page explaining its purpose,
 * saving, refusing with 422, and withdrawing or deleting the account deleting the row.
 */
@WebTest
class PopulationWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PopulationRepository repository;

    private Demo demo() {
        TestIdeas.outsiders(jdbc);
        return new Demo(users);
    }

    private long id(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (Object p : params) {
            q = q.param(p);
        }
        return q.query(Long.class).single();
    }

    private long bikes() {
        return id("SELECT id FROM initiative WHERE title = ?", PopulationDemoData.BIKES);
    }

    private long organisation() {
        return id("SELECT organisation_id FROM initiative WHERE id = ?", bikes());
    }

    @Test
    void theDemoComparisonShowsBarsSmallBandsHiddenAndTheIndexes() throws Exception {
        long bikes = bikes();
        // Age: 18-34 and 35-54 hold 5 each, 55-74 holds 2 (hidden); gender: 6 women, 5 men of 51.5% and 48.5%:
        // ½(|6/11 − 0.515| + |5/11 − 0.485|) = 0.0305, index 0.97.
        String page = mvc.perform(get("/evidence/initiatives/" + bikes + "/representation"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chi ha partecipato")))
                .andExpect(content().string(containsString("Si sono descritti 12 partecipanti.")))
                .andExpect(content().string(containsString("Indice: 0,97")))
                .andExpect(content().string(containsString("Indice: 0,63")))
                .andExpect(content().string(containsString("Indice: 0,61")))
                .andExpect(content().string(containsString("meno di 5")))
                .andExpect(content().string(containsString("class=\"participants\"")))
                .andExpect(content().string(containsString("<caption id=\"table-age\">")))
                .andExpect(content().string(not(containsString("/evidence/me\""))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the 18-34 band: 5 of 12 participants (41,7 %) against 17,2 % of the population
        assertThat(page).contains("41,7 %").contains("17,2 %");
        // the officer is offered the margins, a signed-in citizen the self-description
        mvc.perform(get("/evidence/initiatives/" + bikes + "/representation").with(demo().as(Demo.PARKS_OFFICER)))
                .andExpect(
                        content().string(containsString("/evidence/organisations/" + organisation() + "/population")));
        mvc.perform(get("/evidence/initiatives/" + bikes + "/representation").with(demo().as(Demo.PARENT)))
                .andExpect(content().string(containsString("/evidence/me\"")))
                .andExpect(content().string(not(containsString("/population\""))));
    }

    @Test
    void theInitiativePageLinksToTheComparison() throws Exception {
        long bikes = bikes();
        mvc.perform(get("/initiatives/" + bikes))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/evidence/initiatives/" + bikes + "/representation")));
    }

    @Test
    void fewerThanFiveParticipantsShowNothing() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.GROUP);
        mvc.perform(get("/evidence/initiatives/" + copy + "/representation").with(demo().as(Demo.TEACHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Meno di 5 partecipanti si sono descritti")))
                .andExpect(content().string(not(containsString("class=\"participants\""))))
                .andExpect(content().string(not(containsString("Indice"))));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "p.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOfficerReplacesTheMarginsAndBadFilesAreRefusedNamingTheLine() throws Exception {
        long org = organisation();
        var before = repository.margins(org);
        var officer = demo().as(Demo.PARKS_OFFICER);
        try {
            mvc.perform(get("/evidence/organisations/" + org + "/population").with(officer))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Dati sulla popolazione")))
                    .andExpect(content().string(containsString("Centro")))
                    .andExpect(content().string(containsString("17.200")))
                    .andExpect(content().string(containsString("51,5 %")));
            var refusals = Map.of(
                    "district,Nord,4\ncolour,red,3\n", "Riga 2: \"colour\" non è una dimensione",
                    "district,Nord,4\ndistrict,Sud,-3\n", "Riga 2: un numero di persone non può essere negativo",
                    "district,Nord,4\ndistrict,Nord,5\n", "Riga 2: la fascia \"Nord\" compare due volte",
                    "district,=cmd|' /C calc'!A0,4\n", "Riga 1: una cella comincia con =",
                    "age,18-29,4\nage,25-40,5\n", "Riga 2: questa fascia d’età si sovrappone");
            for (var e : refusals.entrySet()) {
                mvc.perform(multipart("/evidence/organisations/" + org + "/population")
                                .file(csv(e.getKey()))
                                .with(csrf())
                                .with(officer))
                        .andExpect(status().isUnprocessableContent())
                        .andExpect(content().string(containsString(e.getValue())));
                assertThat(repository.margins(org)).as(e.getKey()).isEqualTo(before);
            }
            var latin1 = new MockMultipartFile(
                    "file", "p.csv", "text/csv", "district,Citt\u00e0,3\n".getBytes(StandardCharsets.ISO_8859_1));
            mvc.perform(multipart("/evidence/organisations/" + org + "/population")
                            .file(latin1)
                            .with(csrf())
                            .with(officer))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("non è testo UTF-8")));
            var big = new MockMultipartFile("file", "p.csv", "text/csv", new byte[MarginsCsv.MAX_BYTES + 10]);
            mvc.perform(multipart("/evidence/organisations/" + org + "/population")
                            .file(big)
                            .with(csrf())
                            .with(officer))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("Il file supera 64 KB")));
            mvc.perform(multipart("/evidence/organisations/" + org + "/population")
                            .with(csrf())
                            .with(officer))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("Il file è vuoto")));
            assertThat(repository.margins(org)).isEqualTo(before);

            mvc.perform(multipart("/evidence/organisations/" + org + "/population")
                            .file(csv("dimension,band,value\nage,0-49,60\nage,50+,40\ndistrict,Borgo <b>,7\n"))
                            .with(csrf())
                            .with(officer))
                    .andExpect(status().isFound());
            assertThat(repository.margins(org)).extracting(Margin::band).containsExactly("0-49", "50+", "Borgo <b>");
            mvc.perform(get("/evidence/organisations/" + org + "/population").with(officer))
                    .andExpect(content().string(containsString("Borgo &lt;b&gt;")))
                    .andExpect(content().string(not(containsString("Borgo <b>"))));
            mvc.perform(get("/evidence/organisations/" + org + "/population.csv")
                            .with(officer))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", containsString("no-store")))
                    .andExpect(header().string("Content-Disposition", containsString("attachment")))
                    .andExpect(content().string(containsString("\"age\",\"0-49\",\"60\"")))
                    .andExpect(content().string(containsString("\"district\",\"Borgo <b>\",\"7\"")));
        } finally {
            repository.replace(org, before, id("SELECT id FROM app_user WHERE email = ?", Demo.ADMIN));
        }
    }

    private long describer(String email) {
        TestPeople.ensure(jdbc, email, "citizen", null);
        return id("SELECT id FROM app_user WHERE email = ?", email);
    }

    private long rows(long person) {
        return id("SELECT COUNT(*) FROM evidence_self_description WHERE person_id = ?", person);
    }

    @Test
    void aPersonDescribesThemselvesAndWithdrawingDeletesTheRow() throws Exception {
        long me = describer("population.describer@example.org");
        var as = demo().as("population.describer@example.org");
        mvc.perform(get("/evidence/me").with(as))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ogni risposta è facoltativa")))
                .andExpect(content().string(containsString("solo per contare i partecipanti")))
                .andExpect(content().string(containsString("Preferisco non dirlo")))
                .andExpect(content().string(containsString("<optgroup label=\"Comune di Esempio\">")))
                .andExpect(content().string(not(containsString("Ritira e cancella"))));
        long org = organisation();
        mvc.perform(post("/evidence/me")
                        .with(csrf())
                        .with(as)
                        .param("birthYear", "")
                        .param("ageBand", "25-34")
                        .param("gender", "undisclosed")
                        .param("district", org + ":Nord"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT age_band, gender, district FROM evidence_self_description WHERE person_id = :p")
                        .param("p", me)
                        .query()
                        .singleRow())
                .containsEntry("AGE_BAND".toLowerCase(), "25-34")
                .containsEntry("gender", "undisclosed")
                .containsEntry("district", "Nord");
        mvc.perform(get("/evidence/me").with(as))
                .andExpect(content().string(containsString("Ritira e cancella")))
                .andExpect(content().string(containsString("<option value=\"25-34\" selected>")));
        for (var bad : List.of(
                Map.of("birthYear", "1990", "ageBand", "25-34"),
                Map.of("birthYear", "3000"),
                Map.of("gender", "robot"),
                Map.of("district", "999:<script>"),
                Map.of("ageBand", ""))) {
            var request = post("/evidence/me").with(csrf()).with(as);
            bad.forEach(request::param);
            mvc.perform(request).andExpect(status().isUnprocessableContent());
            assertThat(repository.description(me)).map(SelfDescription::ageBand).contains("25-34");
        }
        mvc.perform(post("/evidence/me/withdraw").with(csrf()).with(as)).andExpect(status().isFound());
        assertThat(rows(me)).isZero();
        mvc.perform(get("/evidence/me").with(as)).andExpect(content().string(not(containsString("Ritira e cancella"))));
    }

    @Test
    void deletingTheAccountDeletesTheSelfDescription() throws Exception {
        long me = describer("population.leaver@example.org");
        var as = demo().as("population.leaver@example.org");
        mvc.perform(post("/evidence/me").with(csrf()).with(as).param("birthYear", "1970"))
                .andExpect(status().isFound());
        assertThat(rows(me)).isEqualTo(1);
        mvc.perform(post("/profile/delete").with(csrf()).with(as).param("password", "unused-password"))
                .andExpect(status().isFound());
        assertThat(id("SELECT COUNT(*) FROM app_user WHERE id = ? AND deleted_at IS NOT NULL", me))
                .isEqualTo(1);
        assertThat(rows(me)).isZero();
    }
}
