package org.cocrea.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.voting.Ballot;
import org.cocrea.voting.Election;
import org.cocrea.voting.Explanation;
import org.cocrea.voting.Outcome;
import org.cocrea.voting.Project;
import org.cocrea.voting.Rational;
import org.cocrea.voting.Rule;
import org.cocrea.voting.VoteType;

/** Turns stored ballots into an {@link Election} (anonymous, identical ballots merged) and counts it. */
final class Count {
    private Count() {}

    /** The election in cents (money scale 2), projects in their position order. */
    static Election election(Budget budget, List<BudgetProject> projects, List<? extends Map<Long, Integer>> ballots) {
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            index.put(projects.get(i).id(), i);
        }
        boolean cumulative = budget.ballotType() == BallotType.CUMULATIVE;
        Map<Map<Long, Integer>, Integer> distinct = new LinkedHashMap<>();
        ballots.forEach(b -> distinct.merge(b, 1, Integer::sum));
        var merged = new ArrayList<Ballot>();
        distinct.forEach((items, n) -> {
            int[] chosen = items.keySet().stream().mapToInt(index::get).toArray();
            long[] points = cumulative
                    ? items.values().stream().mapToLong(Integer::longValue).toArray()
                    : new long[0];
            merged.add(new Ballot(chosen, points, n));
        });
        return new Election(
                "budget-" + budget.id(),
                cumulative ? VoteType.CUMULATIVE : VoteType.APPROVAL,
                budget.amountCents(),
                2,
                projects.stream()
                        .map(p -> new Project(String.valueOf(p.id()), p.costCents()))
                        .toList(),
                merged,
                Optional.empty());
    }

    static Results results(Budget budget, List<BudgetProject> projects, List<? extends Map<Long, Integer>> ballots) {
        var election = election(budget, projects, ballots);
        // With no ballots there is nobody to share the budget among: nothing is funded.
        Outcome outcome = ballots.isEmpty() ? null : budget.rule().select(election);
        List<Integer> chosen = outcome == null ? List.of() : outcome.selected();
        var rows = new ArrayList<Results.Row>();
        for (int i = 0; i < projects.size(); i++) {
            long votes = 0;
            for (Ballot b : election.ballots()) {
                // The score: approvals, or the sum of points of a cumulative ballot.
                votes += b.pointsFor(i) * b.multiplicity();
            }
            rows.add(new Results.Row(projects.get(i), votes, chosen.contains(i)));
        }
        var why = outcome == null ? null : Explanation.of(election, outcome);
        if (why != null) {
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                rows.set(i, new Results.Row(row.project(), row.votes(), row.selected(), reason(why, i, projects)));
            }
        }
        var selected = chosen.stream().map(projects::get).toList();
        long used = selected.stream().mapToLong(BudgetProject::costCents).sum();
        return new Results(
                budget,
                budget.rule(),
                election.voterCount(),
                rows,
                selected,
                used,
                outcome == null ? List.of() : groups(election, projects, outcome),
                outcome == null ? null : outcome.share().map(Count::centsDown).orElse(null),
                why != null && why.greedyPreferred());
    }

    /**
     * The engine's reason as a message key and its facts in currency: money that was there rounded down, money
     * missing rounded up, so that the two never add up to less than the cost.
     */
    private static Results.Reason reason(Explanation why, int index, List<BudgetProject> projects) {
        var r = why.reasons().get(index);
        boolean greedy = why.greedyPreferred() || !isEqualShares(why.rule());
        String key = switch (r.kind()) {
            case FUNDED -> greedy ? (why.rule() == Rule.PHRAGMEN ? "funded.phragmen" : "funded.greedy") : "funded.mes";
            case NO_SUPPORT -> "noSupport";
            case SUPPORTERS_SHORT -> "supportersShort";
            case BUDGET_SHORT -> why.rule() == Rule.PHRAGMEN ? "budgetShort.phragmen" : "budgetShort";
            case BELOW_THRESHOLD -> "belowThreshold";
            case STOPPED -> why.rule() == Rule.PHRAGMEN ? "stopped.phragmen" : "stopped";
        };
        return new Results.Reason(
                "budget.reason." + key,
                r.round(),
                centsDown(r.available()),
                centsUp(r.missing()),
                r.blocker() >= 0 ? projects.get(r.blocker()).title() : "");
    }

    private static boolean isEqualShares(Rule rule) {
        return rule == Rule.MES || rule == Rule.MES_ADD1 || rule == Rule.MES_ADD1_COMPARISON;
    }

    private static BigDecimal centsDown(Rational amount) {
        return new BigDecimal(amount.num())
                .divide(new BigDecimal(amount.den()), 0, RoundingMode.FLOOR)
                .movePointLeft(2);
    }

    private static BigDecimal centsUp(Rational amount) {
        return new BigDecimal(amount.num())
                .divide(new BigDecimal(amount.den()), 0, RoundingMode.CEILING)
                .movePointLeft(2);
    }

    private static List<Results.Group> groups(Election election, List<BudgetProject> projects, Outcome outcome) {
        List<Rational> paid = outcome.payments().perBallot();
        var groups = new ArrayList<Results.Group>();
        for (int i = 0; i < paid.size(); i++) {
            Ballot ballot = election.ballots().get(i);
            var titles = java.util.Arrays.stream(ballot.projects())
                    .mapToObj(p -> projects.get(p).title())
                    .toList();
            BigDecimal each = cents(paid.get(i));
            groups.add(new Results.Group(
                    titles, ballot.multiplicity(), each, each.multiply(BigDecimal.valueOf(ballot.multiplicity()))));
        }
        groups.sort((a, b) -> Long.compare(b.voters(), a.voters()));
        return groups;
    }

    private static BigDecimal cents(Rational amount) {
        return amount.toBigDecimal(6).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
    }
}
