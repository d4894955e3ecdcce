package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.VotingCodes;
import org.cocrea.platform.Refused;
import org.cocrea.voting.Rule;
import org.junit.jupiter.api.Test;

/** Ballot rules, codes and submitted choices, without Spring. */
class BallotRulesTest {
    static final List<BudgetProject> PROJECTS = List.of(
            new BudgetProject(1, 7, 1, "A", "", 30_000_00L, null),
            new BudgetProject(2, 7, 2, "B", "", 40_000_00L, null),
            new BudgetProject(3, 7, 3, "C", "", 50_000_00L, null));

    static Budget budget(BallotType type, Integer points, Integer cap, Integer share) {
        return new Budget(
                7,
                1,
                100_000_00L,
                "EUR",
                type,
                Rule.GREEDY,
                null,
                null,
                null,
                null,
                BallotStatus.OPEN,
                Eligibility.MEMBERS,
                points,
                cap,
                share,
                false);
    }

    static java.util.SortedMap<Long, Integer> points(long... pairs) {
        var map = new TreeMap<Long, Integer>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], (int) pairs[i + 1]);
        }
        return map;
    }

    static String problem(Budget b, Map<Long, Integer> choice) {
        return BallotBox.validate(b, PROJECTS, choice).map(Refused.Problem::key).orElse("ok");
    }

    @Test
    void cumulativeBallotsRespectPointsAndCap() {
        var b = budget(BallotType.CUMULATIVE, 10, 6, null);
        assertThat(problem(b, points(1, 6, 2, 4))).isEqualTo("ok");
        assertThat(problem(b, points(1, 6, 2, 5))).isEqualTo("budget.ballot.overPoints");
        assertThat(problem(b, points(1, 7))).isEqualTo("budget.ballot.overCap");
        assertThat(problem(b, points(9, 1))).isEqualTo("budget.ballot.unknown");
        assertThat(problem(b, points())).isEqualTo("budget.ballot.empty");
    }

    @Test
    void knapsackBallotsSpendAtLeastTheMinimumShareAndOnePointEach() {
        var b = budget(BallotType.KNAPSACK, null, null, 60);
        assertThat(b.minSpendCents()).isEqualTo(60_000_00L);
        assertThat(problem(b, points(1, 1))).isEqualTo("budget.ballot.underShare");
        assertThat(problem(b, points(1, 1, 2, 1))).isEqualTo("ok");
        assertThat(problem(b, points(1, 1, 2, 1, 3, 1))).isEqualTo("budget.ballot.over");
        assertThat(problem(b, points(1, 2, 2, 1))).isEqualTo("budget.ballot.unknown");
    }

    @Test
    void cumulativeScoresAreSumsOfPoints() {
        var b = budget(BallotType.CUMULATIVE, 10, 10, null);
        var results = Count.results(b, PROJECTS, List.of(points(1, 2, 3, 8), points(2, 9), points(3, 1)));
        assertThat(results.projects()).extracting(Results.Row::votes).containsExactly(2L, 9L, 9L);
        // Greedy by points, ties in election order: B (9) and C (9) fit in 100,000 together; A no longer does.
        assertThat(results.selected()).extracting(BudgetProject::title).containsExactly("B", "C");
    }

    @Test
    void codesAreUnambiguousAndNormalised() {
        for (int i = 0; i < 200; i++) {
            String code = VotingCodes.generate();
            assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTWXYZ]{5}");
            assertThat(VotingCodes.normalise(" " + code.toLowerCase().replace("-", " ") + " "))
                    .contains(code.replace("-", ""));
        }
        assertThat(VotingCodes.normalise("ABCDE-0OIL1")).isEmpty();
        assertThat(VotingCodes.normalise("ABCD")).isEmpty();
        assertThat(VotingCodes.normalise(null)).isEmpty();
        assertThat(VotingCodes.normalise("A".repeat(100))).isEmpty();
        assertThat(VotingCodes.hash("ABCDE23456")).hasSize(64).isNotEqualTo(VotingCodes.hash("ABCDE23457"));
    }

    @Test
    void submittedChoicesAreParsedStrictly() {
        assertThat(Choices.parse(BallotType.APPROVAL, List.of("1", " 2 "), Map.of()))
                .contains(points(1, 1, 2, 1));
        assertThat(Choices.parse(BallotType.APPROVAL, List.of("1", "1"), Map.of()))
                .isEmpty();
        assertThat(Choices.parse(BallotType.KNAPSACK, List.of("x"), Map.of())).isEmpty();
        assertThat(Choices.parse(
                        BallotType.CUMULATIVE,
                        null,
                        Map.of(
                                "points-1",
                                List.of("3"),
                                "points-2",
                                List.of(""),
                                "points-3",
                                List.of("0"),
                                "other",
                                List.of("x"))))
                .contains(points(1, 3));
        assertThat(Choices.parse(BallotType.CUMULATIVE, null, Map.of("points-1", List.of("3", "4"))))
                .isEmpty();
        assertThat(Choices.parse(BallotType.CUMULATIVE, null, Map.of("points-x", List.of("3"))))
                .isEmpty();
        assertThat(Choices.parse(BallotType.CUMULATIVE, null, Map.of("points-1", List.of("-3"))))
                .isEmpty();
    }

    @Test
    void pabulibProjectColumnsKeepQuotedSemicolons() {
        assertThat(PabulibImport.ProjectColumns.split("p1;500;\"Park; \"\"big\"\" benches\";green"))
                .containsExactly("p1", "500", "Park; \"big\" benches", "green");
    }
}
