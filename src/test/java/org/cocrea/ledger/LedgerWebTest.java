package org.cocrea.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledger's pages: an initiative's totals, citizen share and the rates named with their values; a person's own
 * contributions only; the CSV (names only for facilitators, formulas defused); the rates form refusing negative,
 * absurd and hostile values with 422 and nothing stored; the demo plan's diary in the demo ledger; the measures.
 */
@WebTest
class LedgerWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Recorder recorder;

    @Autowired
    LedgerMeasures measures;

    private Demo demo() {
        TestIdeas.outsiders(jdbc);
        return new Demo(users);
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private String name(String email) {
        return jdbc.sql("SELECT name FROM app_user WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single();
    }

    private long organisation(long initiative) {
        return jdbc.sql("SELECT organisation_id FROM initiative WHERE id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
    }

    private void give(long initiative, String key, String email, Side side, Kind kind, String q, String unit) {
        recorder.record(new ContributionRecorded(
                key,
                1,
                initiative,
                Phase.CO_DELIVERY,
                "shifts",
                1,
                email == null ? null : person(email),
                side,
                kind,
                new BigDecimal(q),
                unit,
                LocalDate.of(2026, 4, 10)));
    }

    private long groupWithContributions() {
        long copy = TestIdeas.copy(jdbc, TestIdeas.GROUP);
        give(copy, "web:" + copy + ":1", Demo.PARENT, Side.CITIZEN, Kind.HOURS, "6", null);
        give(copy, "web:" + copy + ":2", Demo.TEACHER, Side.PROFESSIONAL, Kind.HOURS, "2", null);
        give(copy, "web:" + copy + ":3", Demo.PARENT, Side.CITIZEN, Kind.KILOMETRES, "10", null);
        give(copy, "web:" + copy + ":4", Demo.PARENT, Side.CITIZEN, Kind.MATERIALS, "3", "=HYPERLINK(\"x\")");
        give(copy, "web:" + copy + ":5", Demo.PARENT, Side.CITIZEN, Kind.MONEY, "20", null);
        return copy;
    }

    @Test
    void anInitiativesLedgerShowsTotalsTheCitizenShareAndTheRatesUsed() throws Exception {
        long group = groupWithContributions();
        long org = organisation(group);
        jdbc.sql("""
                INSERT INTO ledger_rate (organisation_id, rate, amount, applies_from, set_at)
                VALUES (:o, 'volunteer-hour', 15, DATE '2026-01-01', CURRENT_TIMESTAMP),
                    (:o, 'professional-hour', 30, DATE '2026-01-01', CURRENT_TIMESTAMP),
                    (:o, 'kilometre', 0.4, DATE '2026-01-01', CURRENT_TIMESTAMP),
                    (:o, 'volunteer-hour', 99, DATE '2026-06-01', CURRENT_TIMESTAMP)
                ON CONFLICT DO NOTHING
                """).param("o", org).update();
        try {
            // Citizens: 6 h x 15 + 10 km x 0,40 + 20 € = 114 €; professionals: 2 h x 30 = 60 €; share 114/174 = 66%.
            mvc.perform(get("/ledger/initiatives/" + group).with(demo().as(Demo.TEACHER)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("75%")))
                    .andExpect(content().string(containsString("66%")))
                    .andExpect(content().string(containsString("114,00\u00a0€")))
                    .andExpect(content().string(containsString("174,00\u00a0€")))
                    .andExpect(content()
                            .string(containsString(
                                    "Un’ora di tempo di un cittadino: 15,00\u00a0€, dal 1 gennaio 2026")))
                    .andExpect(content().string(containsString("Un chilometro percorso: 0,40\u00a0€")))
                    // The June rate is not used: every contribution is from April.
                    .andExpect(content().string(not(containsString("99,00"))))
                    .andExpect(content().string(containsString("Totali per fase")))
                    .andExpect(content().string(containsString("/ledger/organisations/" + org + "/rates")))
                    .andExpect(content().string(not(containsString(name(Demo.PARENT)))));
            // A member who keeps no rates is not offered the form; names never appear on the page.
            mvc.perform(get("/ledger/initiatives/" + group).with(demo().as(Demo.PARENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("/rates\""))));
        } finally {
            jdbc.sql("DELETE FROM ledger_rate WHERE organisation_id = :o AND applies_from IN (DATE '2026-01-01',"
                            + " DATE '2026-06-01')")
                    .param("o", org)
                    .update();
        }
    }

    @Test
    void theCsvNamesPeopleOnlyForFacilitatorsAndDefusesFormulas() throws Exception {
        long group = groupWithContributions();
        var facilitator = mvc.perform(
                        get("/ledger/initiatives/" + group + "/entries.csv").with(demo().as(Demo.TEACHER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String parentName = jdbc.sql("SELECT name FROM app_user WHERE email = :e")
                .param("e", Demo.PARENT)
                .query(String.class)
                .single();
        assertThat(facilitator)
                .startsWith("\"date\",\"phase\",\"tool\",\"side\",\"kind\",\"quantity\",\"unit\",\"person_id\"");
        assertThat(facilitator).contains(parentName).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(facilitator.lines()).hasSize(6);
        var member = mvc.perform(
                        get("/ledger/initiatives/" + group + "/entries.csv").with(demo().as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(member).doesNotContain(parentName).doesNotContain("person");
        assertThat(member.lines()).hasSize(6);
        assertThat(member).contains("\"2026-04-10\",\"co-delivery\",\"shifts\",\"citizen\",\"hours\",\"6\",\"\"");
    }

    @Test
    void myContributionsListOnlyMine() throws Exception {
        long group = groupWithContributions();
        mvc.perform(get("/ledger/mine").with(demo().as(Demo.TEACHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I miei contributi")))
                .andExpect(content().string(containsString("2 ore")))
                .andExpect(content().string(not(containsString("10 km"))));
        // The demo parent's own shifts come first (newest first) and other tests give them kilometres too: read
        // every page of their contributions and find this test's entry among them.
        var pages = new StringBuilder();
        for (int page = 1; page <= 20; page++) {
            pages.append(mvc.perform(get("/ledger/mine?page=" + page).with(demo().as(Demo.PARENT)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
        }
        assertThat(pages.toString())
                .contains(" km")
                .contains("href=\"/ledger/initiatives/" + group + "\"")
                .contains("=HYPERLINK(\"x\")");
        mvc.perform(get("/ledger/mine?page=abc").with(demo().as(Demo.PARENT))).andExpect(status().isOk());
        mvc.perform(get("/ledger/mine?page=99999").with(demo().as(Demo.PARENT))).andExpect(status().isOk());
        mvc.perform(get("/ledger/mine").with(demo().as(TestIdeas.OTHER_CITIZEN)))
                .andExpect(status().isOk())
                // Another person's page never lists the parent's entries (other tests may have given them their own).
                .andExpect(content().string(not(containsString("href=\"/ledger/initiatives/" + group + "\""))));
    }

    @Test
    void theDemoPlansDiaryFillsItsLedgerForTheTeam() throws Exception {
        long plan = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", PlansDemoData.INITIATIVE)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM ledger_entry WHERE initiative_id = :i AND entry_key LIKE 'plan:diary:%'")
                        .param("i", plan)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(20);
        mvc.perform(get("/ledger/initiatives/" + plan).with(demo().as(PlansDemoData.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"ledger-empty\""))))
                .andExpect(content().string(containsString("Azioni e diario")))
                .andExpect(content().string(containsString("Professionisti")));
        mvc.perform(get("/initiatives/" + plan).with(demo().as(PlansDemoData.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/ledger/initiatives/" + plan + "\"")));
        mvc.perform(get("/ledger/mine").with(demo().as(PlansDemoData.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Piano personale di salute")))
                .andExpect(content().string(containsString("km")));
        mvc.perform(get("/ledger/initiatives/" + plan).with(demo().as(TestIdeas.OTHER_CITIZEN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ledger/initiatives/" + plan)).andExpect(status().isNotFound());
        // The measures of the indicators tool read the same totals.
        assertThat(measures.measures(plan, person(PlansDemoData.CASE_MANAGER), Locale.ITALIAN))
                .extracting(m -> m.key())
                .containsExactly(
                        "ledger:citizen-hours:" + plan,
                        "ledger:professional-hours:" + plan,
                        "ledger:citizen-share:" + plan);
        assertThat(measures.measures(plan, person(TestIdeas.OTHER_PRO), Locale.ITALIAN))
                .isEmpty();
        var hours = measures.read("ledger:citizen-hours:" + plan).orElseThrow();
        assertThat(hours.value()).isPositive();
        assertThat(hours.people()).isGreaterThanOrEqualTo(1);
        assertThat(measures.read("ledger:citizen-hours:x")).isEmpty();
        assertThat(measures.read("survey:1")).isEmpty();
    }

    @Test
    void ratesAreRefusedWhenNegativeAbsurdOrHostileAndNothingIsStored() throws Exception {
        long org = organisation(TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE));
        String path = "/ledger/organisations/" + org + "/rates";
        var bad = List.of(
                List.of("volunteer-hour", "-5", "2026-01-01", "amount"),
                List.of("volunteer-hour", "5000", "2026-01-01", "amount"),
                List.of("volunteer-hour", "1e3", "2026-01-01", "amount"),
                List.of("volunteer-hour", "<script>alert(1)</script>", "2026-01-01", "amount"),
                List.of("volunteer-hour", "12,345", "2026-01-01", "amount"),
                List.of("<b>hour</b>", "12", "2026-01-01", "kind"),
                List.of("kilometre", "0,3", "1899-01-01", "from"),
                List.of("kilometre", "0,3", "'; DROP TABLE ledger_rate; --", "from"),
                List.of("kilometre", "0,3", "2999-01-01", "from"));
        long before =
                jdbc.sql("SELECT COUNT(*) FROM ledger_rate").query(Long.class).single();
        for (var b : bad) {
            mvc.perform(post(path)
                            .with(csrf())
                            .with(demo().as(Demo.PARKS_OFFICER))
                            .param("kind", b.get(0))
                            .param("amount", b.get(1))
                            .param("from", b.get(2)))
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("id=\"" + b.get(3) + "-error\"")))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))))
                    .andExpect(content().string(not(containsString("<b>hour</b>"))));
        }
        mvc.perform(post(path).with(csrf()).with(demo().as(Demo.PARKS_OFFICER))).andExpect(status().is(422));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_rate")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        mvc.perform(post(path)
                        .with(csrf())
                        .with(demo().as(Demo.PARKS_OFFICER))
                        .param("kind", "volunteer-hour")
                        .param("amount", "17,25")
                        .param("from", "2003-03-03"))
                .andExpect(status().isFound());
        mvc.perform(get(path).with(demo().as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("17,25\u00a0€")))
                .andExpect(content().string(containsString("3 marzo 2003")));
        jdbc.sql("DELETE FROM ledger_rate WHERE organisation_id = :o AND applies_from = DATE '2003-03-03'")
                .param("o", org)
                .update();
    }
}
