package org.cocrea.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weekly aggregation: ISO weeks from Monday to Sunday, shares, suppression under five, before and after. */
class RatingResultsTest {
    private static Results.DayCount day(String date, int score, int count) {
        return new Results.DayCount(LocalDate.parse(date), score, count);
    }

    @Test
    void daysAreGroupedByIsoWeekMondayToSunday() {
        // Sunday 4 January 2026 belongs to ISO week 1 of 2026, which began on Monday 29 December 2025.
        var days = List.of(
                day("2025-12-29", 1, 2), day("2026-01-04", -1, 3), day("2026-01-05", 0, 1), day("2026-01-11", 1, 4));
        var results = Results.of(days, LocalDate.parse("2026-01-05"));
        assertThat(results.weeks()).hasSize(2);
        var first = results.weeks().get(0);
        assertThat(first.monday()).isEqualTo(LocalDate.parse("2025-12-29"));
        assertThat(first.year()).isEqualTo(2026);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.shares()).isEqualTo(new Results.Shares(3, 0, 2));
        var second = results.weeks().get(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.shares()).isEqualTo(new Results.Shares(0, 1, 4));
        assertThat(results.total()).isEqualTo(10);
    }

    @Test
    void sharesAreWholePerCentAndTheBarFillsTheWidth() {
        var results = Results.of(
                List.of(day("2026-03-02", -1, 1), day("2026-03-03", 0, 1), day("2026-03-04", 1, 1)),
                LocalDate.parse("2026-01-01"));
        var shares = results.weeks().get(0).shares();
        assertThat(shares.percent(Face.NEGATIVE)).isEqualTo(33);
        assertThat(shares.percent(Face.POSITIVE)).isEqualTo(33);
        var segments = results.weeks().get(0).segments();
        assertThat(segments).extracting(Results.Segment::face).containsExactly(Face.values());
        assertThat(segments.stream().mapToInt(Results.Segment::width).sum()).isEqualTo(Results.WIDTH);
    }

    @Test
    void groupsUnderFiveAreSuppressed() {
        var results = Results.of(List.of(day("2026-03-02", -1, 4)), LocalDate.parse("2026-03-01"));
        assertThat(results.weeks().get(0).shares().suppressed()).isTrue();
        assertThat(results.enough()).isFalse();
        var five =
                Results.of(List.of(day("2026-03-02", -1, 4), day("2026-03-03", 1, 1)), LocalDate.parse("2026-03-01"));
        assertThat(five.weeks().get(0).shares().suppressed()).isFalse();
    }

    @Test
    void beforeAndAfterSplitOnTheDateWhichCountsAsAfter() {
        var days = List.of(
                day("2026-02-01", -1, 4), day("2026-02-02", 1, 1), day("2026-03-01", 1, 4), day("2026-03-01", -1, 1));
        var c = Results.of(days, LocalDate.parse("2026-03-01")).comparison();
        assertThat(c.before()).isEqualTo(new Results.Shares(4, 0, 1));
        assertThat(c.after()).isEqualTo(new Results.Shares(1, 0, 4));
        assertThat(c.comparable()).isTrue();
        assertThat(c.difference(Face.POSITIVE)).isEqualTo(60);
        assertThat(c.difference(Face.NEGATIVE)).isEqualTo(-60);
        var tooFew = Results.of(days, LocalDate.parse("2026-02-02")).comparison();
        assertThat(tooFew.before().total()).isEqualTo(4);
        assertThat(tooFew.comparable()).isFalse();
    }

    @Test
    void onlyTheMostRecentWeeksAreDrawn() {
        var days = new ArrayList<Results.DayCount>();
        var monday = LocalDate.parse("2025-01-06");
        for (int w = 0; w < 40; w++) {
            days.add(new Results.DayCount(monday.plusWeeks(w), 1, 5));
        }
        var results = Results.of(days, monday);
        assertThat(results.weeks()).hasSize(Results.WEEKS);
        assertThat(results.weeks().get(Results.WEEKS - 1).monday()).isEqualTo(monday.plusWeeks(39));
        assertThat(results.total()).isEqualTo(200);
    }
}
