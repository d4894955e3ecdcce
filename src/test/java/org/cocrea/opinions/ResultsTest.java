package org.cocrea.opinions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.opinions.analysis.Method;
import org.cocrea.opinions.analysis.OpinionMap;
import org.junit.jupiter.api.Test;

/** The results page's rules: groups only when each has five participants, shares only from five votes. */
class ResultsTest {
    private static final ToolAccess ACCESS = new ToolAccess(null, null, null, java.util.Set.of(), null, null);

    /** A map of groups of the given sizes, participants 0..n-1 placed in a row, one statement. */
    private static StoredMap map(int agreeInGroup0, int... sizes) {
        var placed = new ArrayList<OpinionMap.Placed>();
        var groups = new ArrayList<OpinionMap.Group>();
        int p = 0;
        for (int g = 0; g < sizes.length; g++) {
            var members = new ArrayList<Integer>();
            for (int i = 0; i < sizes[g]; i++) {
                placed.add(new OpinionMap.Placed(p, g * 10 + i % 3, i, g));
                members.add(p++);
            }
            groups.add(new OpinionMap.Group(g, members, List.of(new OpinionMap.Representative(0, true, 2.0, 0.9))));
        }
        var shares = new ArrayList<OpinionMap.Shares>();
        shares.add(new OpinionMap.Shares(0, -1, agreeInGroup0 + 20, 0, 0));
        shares.add(new OpinionMap.Shares(0, 0, agreeInGroup0, 0, 0));
        var participants =
                IntStream.range(0, p).mapToObj(i -> String.valueOf(100 + i)).toList();
        return new StoredMap(
                participants,
                List.of("7"),
                new OpinionMap(Method.COCREA, placed, groups, List.of(0), List.of(0), shares));
    }

    private static ResultsPage page(StoredMap map, Long viewer) {
        var state = new ConversationState(1, "after", "cocrea", false, OpinionRepository.now(), 100L, null);
        return Results.build(ACCESS, state, map, Map.of(7L, "Una affermazione"), viewer);
    }

    @Test
    void groupsAreShownOnlyWhenEveryGroupHasFiveParticipants() {
        var shown = page(map(6, 5, 7), 101L);
        assertThat(shown.groupsShown()).isTrue();
        assertThat(shown.groups()).extracting(ResultsPage.GroupView::size).containsExactly(5, 7);
        assertThat(shown.mine()).isZero();
        assertThat(shown.groups().get(0).mine()).isTrue();
        assertThat(shown.chart().hulls()).hasSize(2);
        assertThat(shown.chart().me()).isNotNull();
        assertThat(shown.divisive()).hasSize(1);

        var hidden = page(map(6, 4, 12), 101L);
        assertThat(hidden.groupsShown()).isFalse();
        assertThat(hidden.groups()).isEmpty();
        assertThat(hidden.mine()).isNull();
        assertThat(hidden.chart().hulls()).isEmpty();
        assertThat(hidden.chart().points()).allMatch(p -> p.group() == -1);
        assertThat(hidden.divisive()).isEmpty();
        // everyone's shares of the statement still show, the groups' do not
        assertThat(hidden.statements().get(0).shares()).hasSize(1);
        assertThat(hidden.statements().get(0).shares().get(0).group()).isNull();
    }

    @Test
    void sharesOfFewerThanFiveVotesAreNotShown() {
        var few = page(map(4, 5, 5), null).statements().get(0).shares();
        assertThat(few.get(0).shown()).isTrue();
        assertThat(few.get(1).group()).isZero();
        assertThat(few.get(1).shown()).isFalse();
        assertThat(page(map(5, 5, 5), null).statements().get(0).shares().get(1).shown())
                .isTrue();
    }

    @Test
    void theViewerIsMarkedOnlyWhenOnTheMap() {
        assertThat(page(map(6, 5, 5), null).chart().me()).isNull();
        assertThat(page(map(6, 5, 5), 999L).chart().me()).isNull();
    }

    @Test
    void sharesAddUpToAHundred() {
        var s = new ResultsPage.Share(null, 1, 1, 1);
        assertThat(s.agreePercent() + s.disagreePercent() + s.passPercent()).isEqualTo(100);
    }

    @Test
    void aHullHoldsEveryPointOfItsGroup() {
        var points = List.of(
                new ResultsPage.Point(0, 0, 0),
                new ResultsPage.Point(10, 0, 0),
                new ResultsPage.Point(10, 10, 0),
                new ResultsPage.Point(0, 10, 0),
                new ResultsPage.Point(5, 5, 0));
        var hull = Results.hull(0, points);
        assertThat(hull.points().split(" ")).hasSize(4).doesNotContain("5,5");
        assertThat(hull.labelX()).isEqualTo(5);
    }
}
