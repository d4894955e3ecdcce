package org.cocrea.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.plan.Diff.Op;
import org.cocrea.plans.plan.Diff.Piece;
import org.cocrea.plans.plan.Diff.Row;
import org.junit.jupiter.api.Test;

/** The changes between two versions as people read them, and the T-score trend's geometry. */
class PlanChangesTest {
    private static PlanVersion version(int n, String caseManager, LocalDate review) {
        var content = new PlanContent("Camminare", "Fisioterapia", "ASL", caseManager, "", "", "", review);
        return new PlanVersion(1, n, 1L, OffsetDateTime.now(), content);
    }

    @Test
    void anEditedLineIsOneRowWithItsWordsMarked() {
        assertThat(Diff.rows("Assistente sociale del Comune", "Assistente sociale del distretto"))
                .containsExactly(new Row(
                        Op.CHANGED,
                        List.of(
                                new Piece(Op.SAME, "Assistente sociale del "),
                                new Piece(Op.REMOVED, "Comune"),
                                new Piece(Op.ADDED, "distretto"))));
    }

    @Test
    void keptSymbolsAloneBetweenChangesBecomePartOfTheChange() {
        var row = Diff.rows("Fisioterapia lunedì - mattina presto", "Fisioterapia martedì - pomeriggio presto")
                .get(0);
        assertThat(row.op()).isEqualTo(Op.CHANGED);
        assertThat(row.pieces())
                .contains(new Piece(Op.REMOVED, "lunedì - mattina"), new Piece(Op.ADDED, "martedì - pomeriggio"));
        assertThat(row.pieces())
                .noneMatch(p -> p.op() == Op.SAME
                        && p.text().codePoints().noneMatch(Character::isLetterOrDigit)
                        && !p.text().isBlank());
    }

    @Test
    void aReplacedLineSharingLittleIsShownRemovedThenAdded() {
        assertThat(Diff.rows("Nessuna misura economica", "Contributo affitto 200 euro al mese"))
                .extracting(Row::op)
                .containsExactly(Op.REMOVED, Op.ADDED);
        assertThat(Diff.rows("", "Nuova riga"))
                .containsExactly(new Row(Op.ADDED, List.of(new Piece(Op.ADDED, "Nuova riga"))));
        assertThat(Diff.rows("", "")).isEmpty();
    }

    @Test
    void changesNameTheSectionsThatChangedAndTheReviewDate() {
        var before = version(1, "Assistente sociale", LocalDate.of(2027, 6, 30));
        var after = version(2, "Assistente sociale Marta Rossi", LocalDate.of(2027, 9, 15));
        var changes = PlanChanges.between(before, after);
        assertThat(changes.changedSections())
                .extracting(PlanChanges.Section::name)
                .containsExactly("caseManager");
        assertThat(changes.reviewDateChanged()).isTrue();
        assertThat(changes.none()).isFalse();
        assertThat(changes.unchangedKeys())
                .contains("plans.section.objectives")
                .doesNotContain("plans.section.caseManager", "plans.section.reviewDate.name");
        assertThat(PlanChanges.between(before, before).none()).isTrue();
    }

    @Test
    void theTrendRunsLeftToRightByDateAndUpByTScoreWithFiftyMarked() {
        var d0 = LocalDate.of(2026, 1, 1);
        var chart = TScoreChart.of(List.of(
                new PlanPage.DatedTScore(d0, 40),
                new PlanPage.DatedTScore(d0.plusDays(10), 50),
                new PlanPage.DatedTScore(d0.plusDays(20), 65)));
        assertThat(chart.points()).extracting(TScoreChart.Point::x).containsExactly(40.0, 192.5, 345.0);
        assertThat(chart.points().get(0).y())
                .isGreaterThan(chart.points().get(2).y());
        assertThat(chart.expectedY()).isEqualTo(chart.points().get(1).y());
        assertThat(chart.ticks()).extracting(TScoreChart.Tick::tScore).containsExactly(30, 40, 50, 60, 70);
        assertThat(TScoreChart.of(List.of())).isNull();
        // A T-score beyond 30–70 widens the scale rather than leaving the drawing.
        var wide = TScoreChart.of(List.of(new PlanPage.DatedTScore(d0, 22.5)));
        assertThat(wide.ticks().get(0).tScore()).isEqualTo(20);
        assertThat(wide.points().get(0).x()).isEqualTo((TScoreChart.LEFT + TScoreChart.RIGHT) / 2);
    }
}
