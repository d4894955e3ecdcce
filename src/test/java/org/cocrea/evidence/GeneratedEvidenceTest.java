package org.cocrea.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cocrea.demodata.DemoDataCommand;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Level;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo-data generator's co-assessment steps (indicators, surveys, ratings, and the contributions and plans'
 * outcomes handed to the evidence module) at the small scale on H2, read back as the evidence pages read them: every
 * generated initiative's page shows effectiveness, efficiency and satisfaction figures with values, and the portfolio
 * shows indicator progress, positive ratings and the citizens' share of hours in each of the twelve cells, survey
 * satisfaction in the collective ones and the plans' GAS figures.
 */
class GeneratedEvidenceTest {
    static JdbcClient jdbc;
    static EvidenceRepository evidence;
    static final String GENERATED =
            " IN (SELECT id FROM organisation WHERE name LIKE 'Comune di %' AND name <> 'Comune di Esempio')";

    @BeforeAll
    static void generate() {
        String url = "jdbc:h2:mem:evgen" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var out = new ByteArrayOutputStream();
        var print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = DemoDataCommand.run(
                List.of(
                        "--scale",
                        "small",
                        "--spring.datasource.url=" + url,
                        "--cocrea.demo=false",
                        "--cocrea.data-dir=target/demo-data-evidence-test",
                        "--spring.task.scheduling.pool.size=1"),
                print,
                print);
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        var ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        jdbc = JdbcClient.create(ds);
        evidence = new EvidenceRepository(jdbc);
    }

    record Generated(long id, Level level) {}

    /** The initiatives spread over the cells (not the plans' individual initiatives, which have no indicators). */
    static List<Generated> generated() {
        return jdbc.sql("SELECT id, level FROM initiative WHERE organisation_id" + GENERATED
                        + " AND id NOT IN (SELECT initiative_id FROM tool_instance WHERE tool_id = 'plan') ORDER BY id")
                .query((rs, n) -> new Generated(
                        rs.getLong(1), Level.fromCode(rs.getString(2)).orElseThrow()))
                .list();
    }

    @Test
    void everyGeneratedInitiativesPageShowsEffectivenessEfficiencyAndSatisfaction() {
        var initiatives = generated();
        assertThat(initiatives).hasSize(24);
        var service = new EvidenceService(evidence, null, null, List.of());
        for (var g : initiatives) {
            var page = service.of(initiative(g));
            assertThat(shown(page.effectiveness()))
                    .as("effectiveness of %s", g)
                    .anyMatch(f -> f.what().equals("evidence.figure.indicator"));
            assertThat(shown(page.efficiency()))
                    .as("efficiency of %s", g)
                    .anyMatch(f -> f.what().equals("evidence.figure.citizenHours"))
                    .anyMatch(f -> f.what().equals("evidence.figure.totalHours"));
            assertThat(shown(page.satisfaction()))
                    .as("satisfaction of %s", g)
                    .anyMatch(f -> f.what().equals("evidence.figure.positive"));
            if (g.level() == Level.COLLECTIVE) {
                assertThat(shown(page.satisfaction()))
                        .as("survey satisfaction of %s", g)
                        .anyMatch(f -> f.what().equals("evidence.figure.scale5"))
                        .anyMatch(f -> f.what().equals("evidence.figure.nps"));
            }
        }
    }

    @Test
    void theEvidenceTablesHoldWhatTheToolsStored() {
        assertThat(count("SELECT COUNT(*) FROM evidence_reading"))
                .isPositive()
                .isEqualTo(count("SELECT COUNT(*) FROM indicator_reading"));
        assertThat(count("SELECT COUNT(*) FROM evidence_rating"))
                .isPositive()
                .isEqualTo(count("SELECT COUNT(*) FROM rating"));
        assertThat(count("SELECT COUNT(*) FROM evidence_response"))
                .isPositive()
                .isEqualTo(count("SELECT COUNT(*) FROM survey_response"));
        // One overall (1-5) and one NPS answer per response, as the survey's own answers say.
        assertThat(count("SELECT COUNT(*) FROM evidence_scale"))
                .isEqualTo(2 * count("SELECT COUNT(*) FROM survey_response"))
                .isEqualTo(count("SELECT COUNT(*) FROM survey_answer a JOIN survey_item i ON i.id = a.item_id"
                        + " WHERE i.kind IN ('scale5', 'nps')"));
        assertThat(count("SELECT COUNT(*) FROM evidence_contribution WHERE entry_key LIKE '%:generated:%'"))
                .isPositive()
                .isEqualTo(count("SELECT COUNT(*) FROM ledger_entry WHERE entry_key LIKE '%:generated:%'"));
        assertThat(count("SELECT COUNT(*) FROM evidence_outcome WHERE scale = 'gas'"))
                .isEqualTo(count("SELECT COUNT(*) FROM tool_instance WHERE tool_id = 'plan'"));
        // The survey's results page reads its tallies: one person per response on each required question.
        assertThat(count("SELECT COUNT(*) FROM survey_item_people p JOIN survey_item i ON i.id = p.item_id"
                        + " WHERE i.kind = 'nps' AND p.people <> (SELECT COUNT(*) FROM survey_response r"
                        + " WHERE r.tool_instance_id = p.tool_instance_id)"))
                .isZero();
    }

    @Test
    void thePortfolioShowsTheGeneratedMeasuresInEveryCell() {
        var organisations = jdbc.sql("SELECT id FROM organisation WHERE id" + GENERATED + " ORDER BY id")
                .query(Long.class)
                .list();
        var shownCells = new HashSet<String>();
        var surveyCells = new HashSet<String>();
        boolean gas = false;
        for (long org : organisations) {
            var portfolio = new EvidenceService(evidence, null, null, List.of())
                    .portfolio(new EvidenceService.Reader(org), "", "");
            var measures = portfolio.measures();
            for (int c = 0; c < portfolio.cells().size(); c++) {
                var stats = portfolio.cells().get(c).stats();
                String cell = Level.values()[c / 4] + ":" + c % 4;
                if (median(stats, measures, "progress")
                        && median(stats, measures, "positive")
                        && median(stats, measures, "citizen-share")) {
                    shownCells.add(cell);
                }
                if (median(stats, measures, "satisfaction") && median(stats, measures, "nps")) {
                    surveyCells.add(cell);
                }
            }
            gas |= portfolio.objectives().stream().anyMatch(g -> median(g.stats(), measures, "gas"));
        }
        assertThat(shownCells).hasSize(12);
        assertThat(surveyCells).containsAll(Set.of("COLLECTIVE:0", "COLLECTIVE:1", "COLLECTIVE:2", "COLLECTIVE:3"));
        assertThat(gas).as("the plans' GAS figures in the portfolio").isTrue();
    }

    private static boolean median(List<Portfolio.Stat> stats, List<String> measures, String measure) {
        return stats.get(measures.indexOf(measure)).median() != null;
    }

    private static List<Figure> shown(List<Figure> figures) {
        return figures.stream()
                .filter(f -> !f.suppressed() && f.value() != null)
                .toList();
    }

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static Initiative initiative(Generated g) {
        return new Initiative(
                g.id(),
                "generated",
                "",
                "",
                0,
                null,
                null,
                g.level(),
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null);
    }
}
