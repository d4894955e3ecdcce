package org.cocrea.vote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.voting.Ballot;
import org.cocrea.voting.Election;
import org.cocrea.voting.Project;
import org.cocrea.voting.Tallies;
import org.cocrea.voting.VoteType;

/**
 * Counts the ballots of a vote with the {@code voting} engine's {@link Tallies}; pure Java, no Spring.
 *
 * <p>Ties. Totals are never broken arbitrarily: options with equal totals share a rank (1, 2, 2, 4) and are
 * listed in the vote's order. Instant-runoff must eliminate one option per round: a tie for fewest first
 * preferences eliminates the option that comes later in the vote's order ({@link Tallies#instantRunoff}), so
 * the facilitator's order is the published, predictable tie-break.
 */
final class Tally {
    private Tally() {}

    static Results count(BallotKind kind, List<VoteOption> options, List<Map<Long, Integer>> ballots) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            index.put(options.get(i).id(), i);
        }
        if (kind == BallotKind.RANKED) {
            var rankings = rankings(index, ballots);
            long[] borda = Tallies.borda(options.size(), rankings);
            var runoff = Tallies.instantRunoff(options.size(), rankings);
            return new Results(
                    kind,
                    ballots.size(),
                    rows(options, borda, 0),
                    rounds(options, rankings, runoff.eliminated()),
                    runoff.winner() < 0 ? null : options.get(runoff.winner()));
        }
        long[] totals = Tallies.scores(election(kind, options, index, ballots));
        int perBallot = kind == BallotKind.SCORE ? ballots.size() : 0;
        return new Results(kind, ballots.size(), rows(options, totals, perBallot), List.of(), null);
    }

    /** Rankings as the engine wants them: option indices in preference order, identical ones merged. */
    static List<Ballot> rankings(Map<Long, Integer> index, List<Map<Long, Integer>> ballots) {
        Map<List<Integer>, Integer> distinct = new LinkedHashMap<>();
        for (var ballot : ballots) {
            var order = ballot.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .map(e -> index.get(e.getKey()))
                    .toList();
            distinct.merge(order, 1, Integer::sum);
        }
        var merged = new ArrayList<Ballot>();
        distinct.forEach((order, n) -> merged.add(
                Ballot.of(n, order.stream().mapToInt(Integer::intValue).toArray())));
        return merged;
    }

    /** Approval, score and dot ballots as an election without money: one "project" per option. */
    private static Election election(
            BallotKind kind, List<VoteOption> options, Map<Long, Integer> index, List<Map<Long, Integer>> ballots) {
        var projects = options.stream()
                .map(o -> new Project(String.valueOf(o.id()), 0))
                .toList();
        var converted = new ArrayList<Ballot>();
        for (var ballot : ballots) {
            int[] chosen = new int[ballot.size()];
            long[] points = new long[ballot.size()];
            int i = 0;
            for (var mark : ballot.entrySet()) {
                chosen[i] = index.get(mark.getKey());
                points[i++] = mark.getValue();
            }
            converted.add(kind == BallotKind.APPROVAL ? Ballot.of(1, chosen) : new Ballot(chosen, points, 1));
        }
        var type = switch (kind) {
            case APPROVAL -> VoteType.APPROVAL;
            case SCORE -> VoteType.SCORING;
            default -> VoteType.CUMULATIVE;
        };
        return Election.of(type, 0, projects, converted);
    }

    /** Rows best first; equal totals share a rank and keep the vote's order (the sort is stable). */
    private static List<Results.Row> rows(List<VoteOption> options, long[] totals, int averageOver) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < options.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> totals[i]).reversed());
        var rows = new ArrayList<Results.Row>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int rank = k > 0 && totals[order.get(k - 1)] == totals[i]
                    ? rows.get(k - 1).rank()
                    : k + 1;
            rows.add(new Results.Row(options.get(i), totals[i], rank, average(totals[i], averageOver)));
        }
        return rows;
    }

    private static BigDecimal average(long total, int ballots) {
        if (ballots == 0) {
            return null;
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(ballots), 2, RoundingMode.HALF_EVEN);
    }

    /**
     * The rounds of the engine's instant-runoff, replayed from its elimination order so that the figures shown
     * are exactly the ones it decided on: round r counts first preferences among the options not yet eliminated.
     */
    static List<Results.Round> rounds(List<VoteOption> options, List<Ballot> rankings, List<Integer> eliminated) {
        var rounds = new ArrayList<Results.Round>();
        Set<Integer> out = new HashSet<>();
        for (int r = 0; r <= eliminated.size(); r++) {
            long[] firsts = new long[options.size()];
            long active = 0;
            for (Ballot ballot : rankings) {
                for (int c : ballot.projects()) {
                    if (!out.contains(c)) {
                        firsts[c] += ballot.multiplicity();
                        active += ballot.multiplicity();
                        break;
                    }
                }
            }
            var counts = new ArrayList<Long>();
            for (int c = 0; c < options.size(); c++) {
                counts.add(out.contains(c) ? null : firsts[c]);
            }
            VoteOption loser = r < eliminated.size() ? options.get(eliminated.get(r)) : null;
            rounds.add(new Results.Round(r + 1, counts, active, loser));
            if (r < eliminated.size()) {
                out.add(eliminated.get(r));
            }
        }
        return rounds;
    }
}
