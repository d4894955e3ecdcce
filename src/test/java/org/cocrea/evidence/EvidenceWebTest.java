package org.cocrea.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.indicators.Direction;
import org.cocrea.indicators.IndicatorRead;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence pages: the demo bike routes' evidence with effectiveness, efficiency and satisfaction figures and the
 * suppression sentence; the initiative page's link; the portfolio with its twelve cells and its filters as GET
 * parameters; refusals (404 for outsiders and citizens, the sign-in page for the anonymous); the open data package
 * validated against its own schema; an event delivered twice counted once; a rating given on the site reaching the
 * evidence through its event.
 */
@WebTest
class EvidenceWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Intake intake;

    private Demo demo() {
        TestIdeas.outsiders(jdbc);
        return new Demo(users);
    }

    private long initiative(String title) {
        return jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private long bikes() {
        return initiative(IndicatorsDemoTitles.BIKES);
    }

    @Test
    void theBikeRoutesEvidenceShowsEffectivenessEfficiencyAndSatisfaction() throws Exception {
        var page = mvc.perform(get("/evidence/initiatives/" + bikes()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"effectiveness\">Efficacia</h2>")))
                .andExpect(content().string(containsString("<h2 id=\"efficiency\">Efficienza</h2>")))
                .andExpect(content().string(containsString("<h2 id=\"satisfaction\">Soddisfazione</h2>")))
                .andExpect(content().string(containsString("<h2 id=\"participation\">Partecipazione</h2>")))
                .andExpect(content().string(containsString("Avanzamento di «")))
                .andExpect(content().string(containsString("Valutazioni rapide positive")))
                .andExpect(content().string(containsString("Persone che hanno risposto a un questionario")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String section : List.of("effectiveness", "efficiency", "satisfaction")) {
            String part = section(page, section);
            assertThat(part).as(section).contains("class=\"evidence-value\"");
            assertThat(part).as(section).doesNotContain(".none");
        }
        assertThat(page).contains("Da ").contains("Dal ");
        // numbers in the explanations are written as Italians write them, and the objectives are a list
        var text = org.jsoup.Jsoup.parse(page).select("main").text();
        assertThat(text).containsPattern("Tutte le [0-9.]+(,[0-9]+)? ore date ÷ il miglioramento di");
        assertThat(text).doesNotContainPattern("[0-9]\\.[0-9]{1,2}\\b");
        assertThat(org.jsoup.Jsoup.parse(page).select("#evidence-objectives").text())
                .isEqualTo("Obiettivi dichiarati: efficacia, efficienza");
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "-section\"");
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    @Test
    void figuresFromFewerThanFivePeopleAreSuppressedWithASentence() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        for (int p = 1; p <= 3; p++) {
            intake.on(new ContributionRecorded(
                    "web:few:" + copy + ":" + p,
                    1,
                    copy,
                    Phase.CO_DELIVERY,
                    "shifts",
                    1,
                    (long) p,
                    ContributionRecorded.Side.CITIZEN,
                    ContributionRecorded.Kind.HOURS,
                    new BigDecimal("4"),
                    null,
                    LocalDate.of(2026, 3, 1)));
        }
        mvc.perform(get("/evidence/initiatives/" + copy))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Non mostrato: hanno partecipato meno di 5 persone")))
                .andExpect(content().string(not(containsString("Da 3 persone"))))
                // the whole input stays: the ledger shows the same total to the same readers
                .andExpect(content().string(containsString("Tutte le ore impiegate")));
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        var reading = new IndicatorRead(
                copy,
                1,
                Phase.CO_ASSESSMENT,
                424242,
                Objective.EFFECTIVENESS,
                new BigDecimal("30"),
                new BigDecimal("10"),
                new BigDecimal("50"),
                Direction.HIGHER,
                LocalDate.of(2026, 5, 5),
                898989,
                "Alberi piantati",
                "alberi");
        intake.on(reading);
        intake.on(reading);
        var contribution = new ContributionRecorded(
                "web:twice:" + copy,
                1,
                copy,
                Phase.CO_DELIVERY,
                "shifts",
                1,
                1L,
                ContributionRecorded.Side.CITIZEN,
                ContributionRecorded.Kind.HOURS,
                new BigDecimal("4"),
                null,
                LocalDate.of(2026, 3, 1));
        intake.on(contribution);
        intake.on(contribution);
        var response = new org.cocrea.survey.ResponseSubmitted(
                copy,
                1,
                Phase.CO_ASSESSMENT,
                990001,
                List.of(new org.cocrea.survey.ResponseSubmitted.ScaleAnswer(1, "nps", 9)));
        intake.on(response);
        intake.on(response);
        var rating =
                new org.cocrea.rating.RatingGiven(copy, 1, Phase.CO_ASSESSMENT, 1, LocalDate.of(2026, 3, 2), 990002, 5);
        intake.on(rating);
        intake.on(rating);
        for (String table :
                List.of("evidence_reading", "evidence_contribution", "evidence_response", "evidence_rating")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE initiative_id = :i")
                            .param("i", copy)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isEqualTo(1);
        }
        mvc.perform(get("/evidence/initiatives/" + copy))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Avanzamento di «Alberi piantati»")))
                .andExpect(content().string(containsString("50 %")));
    }

    @Test
    void aRatingGivenOnTheSiteReachesTheEvidenceThroughItsEvent() throws Exception {
        long copy = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-assessment', 'rating', :now)
                """).param("i", copy).param("now", now).update();
        long instance =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        var demo = demo();
        mvc.perform(post("/rating/" + instance)
                        .param("score", "negative")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/rating/" + instance)
                        .param("score", "positive")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN)))
                .andExpect(status().is3xxRedirection());
        var rows = jdbc.sql("SELECT score FROM evidence_rating WHERE initiative_id = :i")
                .param("i", copy)
                .query(Integer.class)
                .list();
        assertThat(rows).containsExactly(1);
    }

    @Test
    void theInitiativePageLinksToItsEvidence() throws Exception {
        mvc.perform(get("/initiatives/" + bikes()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/evidence/initiatives/" + bikes() + "\"")));
    }

    @Test
    void aGroupInitiativesEvidenceIsForItsMembersOnly() throws Exception {
        long school = initiative(TestIdeas.GROUP);
        var demo = demo();
        mvc.perform(get("/evidence/initiatives/" + school)).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/initiatives/" + school).with(demo.as(TestIdeas.OTHER_CITIZEN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evidence/initiatives/" + school).with(demo.as(Demo.TEACHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Risposta media sulle scale 1–5")));
        mvc.perform(get("/evidence/initiatives/99999999")).andExpect(status().isNotFound());
    }

    @Test
    void thePortfolioShowsTheTwelveCellsAndFilters() throws Exception {
        var demo = demo();
        var page = mvc.perform(get("/evidence").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Evidenze tra le iniziative")))
                .andExpect(content().string(containsString("Sono descrizioni, non cause")))
                .andExpect(content().string(containsString("<caption id=\"by-cell-caption\">")))
                .andExpect(content().string(containsString("Individuale · co-programmazione")))
                .andExpect(content().string(containsString("Collettivo · co-valutazione")))
                .andExpect(content().string(containsString("href=\"/evidence/opendata.zip\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int start = page.indexOf("<table class=\"evidence-table\" id=\"by-cell\">");
        String cells = page.substring(start, page.indexOf("</table>", start));
        assertThat(Pattern.compile("<th scope=\"row\">")
                        .matcher(cells)
                        .results()
                        .count())
                .isEqualTo(12);
        assertThat(page).contains("n = ");

        mvc.perform(get("/evidence")
                        .param("cell", "collective:co-assessment")
                        .param("factor", "open-attitude:high")
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"collective:co-assessment\" selected>")))
                .andExpect(content().string(containsString("<option value=\"open-attitude:high\" selected>")));
        mvc.perform(get("/evidence")
                        .param("cell", "<script>x</script>")
                        .param("factor", "'; DROP")
                        .with(demo.as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>x"))));
    }

    /** The cell of a measure in a row of the portfolio's table by typology cell. */
    private static String measureIn(String page, String row, String measure) {
        int table = page.indexOf("<table class=\"evidence-table\" id=\"by-cell\">");
        int start = page.indexOf("<th scope=\"row\">" + row + "</th>", table);
        assertThat(start).as(row).isGreaterThan(table);
        String tr = page.substring(start, page.indexOf("</tr>", start));
        String[] cells = tr.split("<td>");
        // cells[1] is the number of initiatives, then one cell per measure
        String cell = cells[2 + Measures.ALL.indexOf(measure)];
        return cell.substring(0, cell.indexOf("</td>"));
    }

    @Test
    void thePortfolioShowsTheIndividualPlansGasAndLadderFiguresOverAtLeastTheDemosSixPlans() throws Exception {
        var demo = demo();
        String page = mvc.perform(get("/evidence").with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Piani individuali: punteggio T GAS medio")))
                .andExpect(content().string(containsString("id=\"how-plans\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // at least the demo's six plans (other tests of this context may add scored plans of the organisation)
        var figure = Pattern.compile("^-?\\d+,\\d \\(-?\\d+,\\d–-?\\d+,\\d\\), n = (\\d+)");
        for (var cell : List.of(
                List.of("Individuale · co-progettazione", "gas"),
                List.of("Individuale · co-progettazione", "gas-change"),
                List.of("Individuale · co-valutazione", "ladder-change"))) {
            var m = figure.matcher(measureIn(page, cell.get(0), cell.get(1)));
            assertThat(m.find()).as(cell.toString()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as(cell.toString()).isGreaterThanOrEqualTo(6);
        }
        // the T-scores themselves: every demo plan improved, so the median change is positive
        String change = measureIn(page, "Individuale · co-progettazione", "gas-change");
        assertThat(change).doesNotStartWith("-").doesNotStartWith("0,0");
        // another organisation's professional counts public initiatives only: no individual plans
        String other = mvc.perform(get("/evidence").with(demo.as(TestIdeas.OTHER_PRO)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(measureIn(other, "Individuale · co-progettazione", "gas")).contains("nessun valore");
    }

    @Test
    void aGoalScoredOnTheSiteReachesTheEvidenceThroughItsEvent() throws Exception {
        long plan = jdbc.sql("""
                        SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                        WHERE t.tool_id = 'plan' AND i.title = 'Piano personale di salute'
                        """).query(Long.class).single();
        long goal = jdbc.sql("SELECT MIN(id) FROM plan_goal WHERE tool_instance_id = :p")
                .param("p", plan)
                .query(Long.class)
                .single();
        record Row(long revision, BigDecimal latest, LocalDate on) {}
        var read = (java.util.function.Supplier<Row>) () -> jdbc.sql("""
                        SELECT revision, latest_value, latest_on FROM evidence_outcome
                        WHERE instance_id = :p AND scale = 'gas'
                        """)
                .param("p", plan)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class)))
                .single();
        var before = read.get();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        mvc.perform(post("/plans/" + plan + "/goals/" + goal + "/scores")
                        .with(csrf())
                        .with(demo().as(Demo.CITIZEN))
                        .param("level", "2")
                        .param("scoredOn", today.toString()))
                .andExpect(status().is3xxRedirection());
        var after = read.get();
        assertThat(after.revision()).isGreaterThan(before.revision());
        assertThat(after.on()).isEqualTo(today);
        assertThat(after.latest()).isGreaterThan(before.latest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_outcome WHERE instance_id = :p")
                        .param("p", plan)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void thePortfolioIsForProfessionalsAndAdministrators() throws Exception {
        var demo = demo();
        mvc.perform(get("/evidence")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/evidence").with(demo.as(Demo.CITIZEN))).andExpect(status().isNotFound());
        mvc.perform(get("/evidence").with(demo.as(TestIdeas.OTHER_PRO))).andExpect(status().isOk());
        mvc.perform(get("/evidence").with(demo.as(Demo.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void thePublicOpenDataPackageIsValidAgainstItsOwnSchema() throws Exception {
        var bytes = mvc.perform(get("/evidence/opendata.zip"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var files = unzip(bytes);
        var tables = validate(files);
        var ids = tables.get("initiatives").stream()
                .map(r -> r.get("initiative_id"))
                .toList();
        assertThat(ids).contains(String.valueOf(bikes()));
        assertThat(ids).doesNotContain(String.valueOf(initiative(TestIdeas.GROUP)));
        assertThat(tables.get("indicators")).isNotEmpty();
        assertThat(tables.get("outcomes")).anySatisfy(r -> {
            assertThat(r.get("initiative_id")).isEqualTo(String.valueOf(bikes()));
            assertThat(r.get("measure")).isEqualTo("positive");
            assertThat(r.get("value")).isNotEmpty();
        });
        // suppressed cells are empty, as the schema documents
        for (var r : tables.get("outcomes")) {
            if (r.get("suppressed").equals("true")) {
                assertThat(r.get("value")).isEmpty();
                assertThat(r.get("people")).isEmpty();
            } else if (!r.get("measure").equals("progress")) {
                assertThat(Integer.parseInt(r.get("people"))).isGreaterThanOrEqualTo(5);
            }
        }
        for (var r : tables.get("participation")) {
            for (String f : List.of("contributors", "respondents", "ratings")) {
                assertThat(r.get(f).isEmpty() || Integer.parseInt(r.get(f)) >= 5)
                        .isTrue();
            }
        }
    }

    @Test
    void anOrganisationsOpenDataIncludesItsNonPublicInitiativesForItsOfficersOnly() throws Exception {
        long school = initiative(TestIdeas.GROUP);
        long org = jdbc.sql("SELECT organisation_id FROM initiative WHERE id = :i")
                .param("i", school)
                .query(Long.class)
                .single();
        var demo = demo();
        var bytes = mvc.perform(
                        get("/evidence/organisations/" + org + "/opendata.zip").with(demo.as(Demo.TEACHER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var tables = validate(unzip(bytes));
        assertThat(tables.get("initiatives").stream().map(r -> r.get("initiative_id")))
                .contains(String.valueOf(school));
        mvc.perform(get("/evidence/organisations/" + org + "/opendata.zip").with(demo.as(TestIdeas.OTHER_PRO)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evidence/organisations/" + org + "/opendata.zip").with(demo.as(Demo.PARENT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evidence/organisations/99999999/opendata.zip").with(demo.as(Demo.ADMIN)))
                .andExpect(status().isNotFound());
    }

    static Map<String, String> unzip(byte[] bytes) throws Exception {
        var files = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKey("datapackage.json");
        return files;
    }

    /**
     * Checks every resource against the package's own descriptor: the CSV exists, its header equals the schema's
     * field names in order, every value parses as its field's type, an empty cell only where the field is not
     * required (the declared missing value). Returns the rows by resource name.
     */
    static Map<String, List<Map<String, String>>> validate(Map<String, String> files) throws Exception {
        JsonNode pkg = JsonMapper.builder().build().readTree(files.get("datapackage.json"));
        assertThat(pkg.get("profile").asString()).isEqualTo("tabular-data-package");
        var out = new HashMap<String, List<Map<String, String>>>();
        assertThat(pkg.get("resources")).hasSize(4);
        for (JsonNode resource : pkg.get("resources")) {
            String path = resource.get("path").asString();
            assertThat(files).as(path).containsKey(path);
            var fields = new ArrayList<String>();
            var types = new ArrayList<String>();
            var required = new ArrayList<Boolean>();
            for (JsonNode f : resource.get("schema").get("fields")) {
                fields.add(f.get("name").asString());
                types.add(f.get("type").asString());
                assertThat(f.get("description").asString())
                        .as("data dictionary of " + f.get("name"))
                        .isNotBlank();
                required.add(f.has("constraints")
                        && f.get("constraints").get("required").asBoolean());
            }
            assertThat(resource.get("schema").get("missingValues").get(0).asString())
                    .isEmpty();
            var parser = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(files.get(path)));
            assertThat(parser.getHeaderNames()).as(path + " header").isEqualTo(fields);
            var rows = new ArrayList<Map<String, String>>();
            for (var record : parser) {
                assertThat(record.size()).isEqualTo(fields.size());
                var row = new HashMap<String, String>();
                for (int i = 0; i < fields.size(); i++) {
                    String v = record.get(i);
                    String where = path + " " + fields.get(i) + "=" + v;
                    if (v.isEmpty()) {
                        assertThat(required.get(i))
                                .as(where + " empty but required")
                                .isFalse();
                    } else {
                        switch (types.get(i)) {
                            case "integer" -> Long.parseLong(v);
                            case "number" -> new BigDecimal(v);
                            case "date" -> LocalDate.parse(v);
                            case "boolean" -> assertThat(v).as(where).isIn("true", "false");
                            case "string" -> {}
                            default -> throw new AssertionError("unknown type " + types.get(i));
                        }
                    }
                    row.put(fields.get(i), v);
                }
                rows.add(row);
            }
            out.put(resource.get("name").asString(), rows);
        }
        return out;
    }
}
