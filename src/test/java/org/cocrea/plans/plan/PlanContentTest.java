package org.cocrea.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cocrea.plans.PlanContent;
import org.junit.jupiter.api.Test;

class PlanContentTest {
    @Test
    void theCanonicalFormIgnoresLineEndingsAndUnicodeComposition() {
        var windows = new PlanContent("Caffè\r\nogni giorno  \r\n", "", "", "", "", "", "", null);
        var unix = new PlanContent("Caffe\u0300\nogni giorno", "", "", "", "", "", "", null);
        assertThat(windows.canonical()).isEqualTo(unix.canonical());
        assertThat(windows.sha256()).isEqualTo(unix.sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void everySectionAndTheReviewDateAreCoveredInFixedOrder() {
        var plan = new PlanContent("o", "s", "p", "c", "r", "e", "v", LocalDate.of(2027, 1, 31));
        assertThat(plan.canonical()).isEqualTo("""
                ## objectives
                o
                ## services
                s
                ## providers
                p
                ## caseManager
                c
                ## resources
                r
                ## economic
                e
                ## evaluation
                v
                ## reviewDate
                2027-01-31
                """);
        assertThat(plan.sha256()).isNotEqualTo(new PlanContent("o", "s", "p", "c", "r", "e", "v", null).sha256());
    }

    @Test
    void theDiffShowsAddedAndRemovedLines() {
        var lines = Diff.lines("a\nb\nc", "a\nc\nd");
        assertThat(lines)
                .containsExactly(
                        new Diff.Line(Diff.Op.SAME, "a"),
                        new Diff.Line(Diff.Op.REMOVED, "b"),
                        new Diff.Line(Diff.Op.SAME, "c"),
                        new Diff.Line(Diff.Op.ADDED, "d"));
    }

    @Test
    void aHugeDiffFallsBackToRemovedThenAddedWithoutExhaustingMemory() {
        String before = "head\n" + "a\n".repeat(5_000) + "tail";
        String after = "head\n" + "b\n".repeat(5_000) + "tail";
        var lines = Diff.lines(before, after);
        assertThat(lines).hasSize(10_002);
        assertThat(lines.get(0)).isEqualTo(new Diff.Line(Diff.Op.SAME, "head"));
        assertThat(lines.get(1)).isEqualTo(new Diff.Line(Diff.Op.REMOVED, "a"));
        assertThat(lines.get(5_001)).isEqualTo(new Diff.Line(Diff.Op.ADDED, "b"));
        assertThat(lines.get(10_001)).isEqualTo(new Diff.Line(Diff.Op.SAME, "tail"));
    }
}
