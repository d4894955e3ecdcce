package org.cocrea.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.Phase;
import org.junit.jupiter.api.Test;

/**
 * The measures from known rows (suppression under five people included) and their grouping by cell, role,
 * objective and factor, with the filters.
 */
class AggregationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private static EvidenceRepository.Scope scope(long id, String level, Integer openAttitude, Double skills) {
        return new EvidenceRepository.Scope(
                id,
                "I" + id,
                level,
                "mobility",
                1,
                level.equals("collective"),
                new boolean[] {false, true, true, true},
                new Integer[] {null, openAttitude, null, null},
                skills == null ? 0 : 6,
                new Double[] {skills, null, null, null, null});
    }

    private static EvidenceRepository.Ratings ratings(long id, Phase phase, int count, int positive) {
        return new EvidenceRepository.Ratings(id, phase, count, positive, count - positive, DAY);
    }

    @Test
    void measuresAreComputedAndSmallGroupsSuppressed() {
        var values = Measures.of(
                List.of(new EvidenceRepository.Latest(
                        1,
                        10,
                        "Ciclisti",
                        "n",
                        Phase.CO_ASSESSMENT,
                        "effectiveness",
                        new BigDecimal("150"),
                        new BigDecimal("100"),
                        new BigDecimal("200"),
                        "higher",
                        DAY,
                        new BigDecimal("50"),
                        DAY,
                        2)),
                List.of(
                        new EvidenceRepository.Scales(1, Phase.CO_ASSESSMENT, "scale5", 10, 10, 4.0, 0, 0, DAY),
                        new EvidenceRepository.Scales(1, Phase.CO_ASSESSMENT, "nps", 10, 10, 8, 5, 2, DAY),
                        new EvidenceRepository.Scales(2, Phase.CO_ASSESSMENT, "scale5", 4, 4, 5.0, 0, 0, DAY)),
                List.of(ratings(1, Phase.CO_ASSESSMENT, 20, 15), ratings(2, Phase.CO_ASSESSMENT, 3, 3)),
                List.of(new EvidenceRepository.Inputs(
                        1,
                        Phase.CO_DELIVERY,
                        new BigDecimal("30"),
                        new BigDecimal("10"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        5,
                        1,
                        6,
                        12,
                        DAY)),
                List.of(new EvidenceRepository.Respondents(1, Phase.CO_ASSESSMENT, 10, DAY)));
        assertThat(find(values, 1, "progress").value()).isEqualTo(50);
        assertThat(find(values, 1, "satisfaction").value()).isEqualTo(75);
        assertThat(find(values, 1, "nps").value()).isEqualTo(30);
        assertThat(find(values, 1, "positive").value()).isEqualTo(75);
        assertThat(find(values, 1, "citizen-share").value()).isEqualTo(75);
        assertThat(values.stream()
                        .filter(v -> v.initiativeId() == 1 && v.measure().equals("participants"))
                        .map(Measures.Value::value))
                .containsExactlyInAnyOrder(6.0, 10.0);
        var small = find(values, 2, "satisfaction");
        assertThat(small.suppressed()).isTrue();
        assertThat(small.value()).isNull();
        assertThat(find(values, 2, "positive").suppressed()).isTrue();
    }

    private static Measures.Value find(List<Measures.Value> values, long initiative, String measure) {
        return values.stream()
                .filter(v -> v.initiativeId() == initiative && v.measure().equals(measure))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void groupsByCellRoleObjectiveAndFactorAndFilters() {
        var scope = new ArrayList<EvidenceRepository.Scope>();
        var values = new ArrayList<Measures.Value>();
        var roles = new ArrayList<EvidenceRepository.Code>();
        var objectives = new ArrayList<EvidenceRepository.Code>();
        for (long id = 1; id <= 8; id++) {
            scope.add(scope(id, id <= 6 ? "collective" : "group", id <= 3 ? 5 : 1, id <= 4 ? 4.5 : null));
            values.add(new Measures.Value(id, Phase.CO_ASSESSMENT, "positive", 10.0 * id, 10, false));
            values.add(new Measures.Value(id, Phase.CO_DELIVERY, "positive", null, 2, true));
            roles.add(new EvidenceRepository.Code(id, id % 2 == 0 ? "co-designer" : "co-implementer"));
            objectives.add(new EvidenceRepository.Code(id, "customer-satisfaction"));
        }
        var p = Aggregation.portfolio(scope, roles, objectives, values, "", "", false);
        assertThat(p.initiatives()).isEqualTo(8);
        assertThat(p.cells()).hasSize(12);
        int positive = Measures.ALL.indexOf("positive");
        var collectiveAssessment = p.cells().get(2 * 4 + 3);
        assertThat(collectiveAssessment.args())
                .containsExactly("evidence.level.collective", "evidence.phase.co-assessment");
        assertThat(collectiveAssessment.initiatives()).isEqualTo(6);
        var stat = collectiveAssessment.stats().get(positive);
        assertThat(stat.count()).isEqualTo(6);
        assertThat(stat.median()).isEqualTo(35);
        assertThat(stat.tooFew()).isFalse();
        // the suppressed co-delivery values count nowhere
        assertThat(p.cells().get(2 * 4 + 2).stats().get(positive).count()).isZero();
        var groupAssessment = p.cells().get(4 + 3).stats().get(positive);
        assertThat(groupAssessment.count()).isEqualTo(2);
        assertThat(groupAssessment.tooFew()).isTrue();
        assertThat(p.roles().get(1).stats().get(positive).count()).isEqualTo(4);
        assertThat(p.objectives().get(2).stats().get(positive).count()).isEqualTo(8);
        // open-attitude: 1..3 answered 5 (high), 4..8 answered 1 (low)
        var openHigh = p.factors().get(Aggregation.factors().indexOf("open-attitude") * 3 + 2);
        assertThat(openHigh.initiatives()).isEqualTo(3);
        assertThat(openHigh.stats().get(positive).median()).isEqualTo(20);

        var filtered = Aggregation.portfolio(
                scope, roles, objectives, values, "collective:co-assessment", "open-attitude:low", false);
        assertThat(filtered.cell()).isEqualTo("collective:co-assessment");
        assertThat(filtered.initiatives()).isEqualTo(3); // 4, 5, 6
        assertThat(filtered.cells().get(2 * 4 + 3).stats().get(positive).median())
                .isEqualTo(50);

        var citizens = Aggregation.portfolio(scope, roles, objectives, values, "", "skills:high", false);
        assertThat(citizens.initiatives()).isEqualTo(4);

        var unknown = Aggregation.portfolio(scope, roles, objectives, values, "<script>", "x:y:z", false);
        assertThat(unknown.cell()).isEmpty();
        assertThat(unknown.factor()).isEmpty();
        assertThat(unknown.initiatives()).isEqualTo(8);
    }

    @Test
    void theIndividualPlansMeasuresAreShownOnlyOverAtLeastFivePlans() {
        var outcomes = new ArrayList<EvidenceRepository.Outcomes>();
        var scope = new ArrayList<EvidenceRepository.Scope>();
        for (long id = 1; id <= 6; id++) {
            scope.add(scope(id, "individual", id <= 4 ? 5 : 1, null));
            outcomes.add(new EvidenceRepository.Outcomes(id, Phase.CO_DESIGN, "gas", 1, 40 + id, 1, id, DAY));
            outcomes.add(new EvidenceRepository.Outcomes(id, Phase.CO_ASSESSMENT, "ladder", 1, 6, 1, 1.5, DAY));
        }
        var values = Measures.outcomes(outcomes);
        assertThat(values).hasSize(18).noneMatch(Measures.Value::suppressed);
        var p = Aggregation.portfolio(scope, List.of(), List.of(), values, "", "", true);
        int gas = Measures.ALL.indexOf("gas");
        int gasChange = Measures.ALL.indexOf("gas-change");
        int ladder = Measures.ALL.indexOf("ladder-change");
        var design = p.cells().get(1).stats(); // individual · co-design
        assertThat(design.get(gas).suppressed()).isFalse();
        assertThat(design.get(gas).count()).isEqualTo(6);
        assertThat(design.get(gas).median()).isEqualTo(43.5);
        assertThat(design.get(gasChange).median()).isEqualTo(3.5);
        assertThat(design.get(gas).people()).isEqualTo(6);
        assertThat(p.cells().get(3).stats().get(ladder).median()).isEqualTo(1.5);
        // four plans (open-attitude high): suppressed, no figure at all
        var high = p.factors().get(Aggregation.factors().indexOf("open-attitude") * 3 + 2);
        assertThat(high.initiatives()).isEqualTo(4);
        var hidden = high.stats().get(gas);
        assertThat(hidden.suppressed()).isTrue();
        assertThat(hidden.median()).isNull();
        assertThat(hidden.lower()).isNull();
        assertThat(hidden.people()).isZero();
        // the other measures are untouched
        assertThat(high.stats().get(Measures.ALL.indexOf("positive")).suppressed())
                .isFalse();
    }

    /**
     * A plan measured on one day only has a latest value but no change: the change is the mean over the plans measured
     * on two days or more, counted in those plans; with none, there is no change value at all (not a zero).
     */
    @Test
    void aChangeCountsOnlyPlansMeasuredOnTwoDays() {
        var values = Measures.outcomes(List.of(
                new EvidenceRepository.Outcomes(1, Phase.CO_DESIGN, "gas", 7, 48, 3, 6.5, DAY),
                new EvidenceRepository.Outcomes(2, Phase.CO_DESIGN, "gas", 4, 41, 0, 0, DAY),
                new EvidenceRepository.Outcomes(3, Phase.CO_ASSESSMENT, "ladder", 2, 6, 0, 0, DAY)));
        assertThat(values)
                .extracting(v -> v.initiativeId() + " " + v.measure() + " " + v.value() + " n=" + v.people())
                .containsExactly("1 gas 48.0 n=7", "1 gas-change 6.5 n=3", "2 gas 41.0 n=4");
    }

    @Test
    void bands() {
        assertThat(Aggregation.band(1)).isEqualTo("low");
        assertThat(Aggregation.band(2.5)).isEqualTo("low");
        assertThat(Aggregation.band(3)).isEqualTo("middle");
        assertThat(Aggregation.band(3.6)).isEqualTo("high");
    }
}
