package org.cocrea.plans.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.actions.ActionsService;
import org.cocrea.plans.care.Side;
import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void theFirstAreaPointsStraightUpAndTheOthersFollowClockwise() {
        var top = Charts.radar(0, 4, 100);
        assertThat(top.x()).isCloseTo(Charts.RADAR_CX, within(1e-9));
        assertThat(top.y()).isCloseTo(Charts.RADAR_CY - 100, within(1e-9));
        var right = Charts.radar(1, 4, 100);
        assertThat(right.x()).isCloseTo(Charts.RADAR_CX + 100, within(1e-9));
        assertThat(right.y()).isCloseTo(Charts.RADAR_CY, within(1e-9));
        var bottom = Charts.radar(2, 4, 50);
        assertThat(bottom.y()).isCloseTo(Charts.RADAR_CY + 50, within(1e-9));
        assertThat(Charts.anchor(0, 4)).isEqualTo("middle");
        assertThat(Charts.anchor(1, 4)).isEqualTo("start");
        assertThat(Charts.anchor(3, 4)).isEqualTo("end");
    }

    @Test
    void aScoreSitsAtItsShareOfTheRadius() {
        // Four areas scored 10, 5, 10, 5: top at full radius, right at half, bottom at full, left at half.
        assertThat(Charts.polygon(List.of(10, 5, 10, 5))).isEqualTo("260.0,70.0 325.0,200.0 260.0,330.0 195.0,200.0");
        assertThat(Charts.ring(3, 10).split(" ")).hasSize(3);
    }

    @Test
    void theProgressChartMapsScoresToHeightAndDatesToWidth() {
        assertThat(Charts.y(1)).isEqualTo(Charts.PLOT_BOTTOM);
        assertThat(Charts.y(10)).isEqualTo(Charts.PLOT_TOP);
        assertThat(Charts.y(5.5)).isCloseTo((Charts.PLOT_TOP + Charts.PLOT_BOTTOM) / 2, within(1e-9));
        var first = LocalDate.of(2026, 1, 1);
        var last = LocalDate.of(2026, 1, 11);
        assertThat(Charts.x(first, first, last)).isEqualTo(Charts.PLOT_LEFT);
        assertThat(Charts.x(last, first, last)).isEqualTo(Charts.PLOT_RIGHT);
        assertThat(Charts.x(LocalDate.of(2026, 1, 6), first, last))
                .isCloseTo((Charts.PLOT_LEFT + Charts.PLOT_RIGHT) / 2, within(1e-9));
        assertThat(Charts.x(first, first, first)).isEqualTo((Charts.PLOT_LEFT + Charts.PLOT_RIGHT) / 2);
    }

    private static LadderReading reading(long id, MemberRole role, LocalDate on, int a, int b) {
        return new LadderReading(id, 1L, role, on, Map.of(1L, a, 2L, b));
    }

    @Test
    void theRadarComparesTheLatestOfEachSideAndTheProgressHasALinePerSide() {
        var areas = List.of(new LadderArea(1, "Casa"), new LadderArea(2, "Salute"));
        var readings = List.of(
                reading(1, MemberRole.CITIZEN, LocalDate.of(2026, 1, 1), 2, 4),
                reading(2, MemberRole.OWNER, LocalDate.of(2026, 1, 2), 3, 3),
                reading(3, MemberRole.PROXY, LocalDate.of(2026, 3, 1), 6, 8),
                reading(4, MemberRole.OWNER, LocalDate.of(2026, 3, 2), 5, 7));
        assertThat(LadderService.compared(readings, null))
                .extracting(LadderReading::id)
                .containsExactly(3L, 4L);
        assertThat(LadderService.compared(readings, List.of("1", "2", "3", "4")))
                .extracting(LadderReading::id)
                .containsExactly(1L, 2L, 3L);
        assertThat(LadderService.compared(readings, List.of("99", "x"))).hasSize(2);

        var radar = LadderService.radar(areas, LadderService.compared(readings, null));
        assertThat(radar.axes()).extracting(LadderPage.Axis::name).containsExactly("Casa", "Salute");
        assertThat(radar.series()).hasSize(2);
        assertThat(radar.series().get(0).points()).isEqualTo(Charts.polygon(List.of(6, 8)));

        var progress = LadderService.progress(readings, null);
        assertThat(progress.lines()).hasSize(2);
        var citizen = progress.lines().get(0);
        assertThat(citizen.side()).isEqualTo(Side.CITIZEN);
        assertThat(citizen.dots()).extracting(LadderPage.Dot::value).containsExactly(3.0, 7.0);
        assertThat(citizen.dots().get(0).x()).isEqualTo("50.0");
        var oneArea = LadderService.progress(readings, areas.get(1));
        assertThat(oneArea.lines().get(1).dots())
                .extracting(LadderPage.Dot::value)
                .containsExactly(3.0, 7.0);
        assertThat(LadderPage.band(1)).isEqualTo(1);
        assertThat(LadderPage.band(4)).isEqualTo(2);
        assertThat(LadderPage.band(10)).isEqualTo(5);
    }

    @Test
    void diaryEntriesAreCheckedFieldByField() {
        var ok =
                ActionsService.entry(new ActionsService.DiaryForm("2026-01-01", "", " Spesa ", "30", "12,5", "km", ""));
        assertThat(ok.minutes()).isEqualTo(30);
        assertThat(ok.amount()).isEqualByComparingTo("12.5");
        assertThat(ok.what()).isEqualTo("Spesa");
        for (var bad : List.of(
                new ActionsService.DiaryForm("2026-01-01", "", "x", "-1", "", "", ""),
                new ActionsService.DiaryForm("2026-01-01", "", "x", "1.5", "", "", ""),
                new ActionsService.DiaryForm("2026-01-01", "", "x", "", "1e400", "km", ""),
                new ActionsService.DiaryForm("2026-01-01", "", "x", "", "1.234", "km", ""),
                new ActionsService.DiaryForm("2026-13-01", "", "x", "", "", "", ""),
                new ActionsService.DiaryForm("2026-01-01", "abc", "x", "", "", "", ""),
                new ActionsService.DiaryForm("2026-01-01", "", " ", "", "", "", ""))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActionsService.entry(bad))
                    .as(bad.toString())
                    .isInstanceOf(org.cocrea.platform.Refused.class);
        }
    }
}
