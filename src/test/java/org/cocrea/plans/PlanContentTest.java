package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
