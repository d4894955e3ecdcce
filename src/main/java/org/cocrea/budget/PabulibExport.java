package org.cocrea.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cocrea.voting.Rule;

/**
 * A closed budget as a Pabulib file. Anonymised: voters are numbered in the order of their sorted ballots,
 * so neither a person nor the order of voting can be read back from the file.
 */
final class PabulibExport {
    private static final Map<Rule, String> RULES = Map.of(
            Rule.GREEDY, "greedy",
            Rule.GREEDY_THRESHOLD, "greedy-threshold",
            Rule.GREEDY_NO_SKIP, "greedy-no-skip",
            Rule.MES, "equalshares",
            Rule.MES_ADD1, "equalshares/add1",
            Rule.MES_ADD1_COMPARISON, "equalshares/add1-comparison",
            Rule.PHRAGMEN, "seqphragmen");

    private PabulibExport() {}

    static String of(String title, Results results, List<? extends Map<Long, Integer>> ballots) {
        var budget = results.budget();
        var out = new StringBuilder();
        out.append("META\nkey;value\n");
        meta(out, "description", title);
        meta(out, "country", "Italy");
        meta(out, "unit", "Cocrea");
        meta(out, "instance", "cocrea-budget-" + budget.id());
        meta(out, "num_projects", String.valueOf(results.projects().size()));
        meta(out, "num_votes", String.valueOf(ballots.size()));
        meta(out, "budget", plain(budget.amount()));
        boolean cumulative = budget.ballotType() == BallotType.CUMULATIVE;
        meta(out, "vote_type", cumulative ? "cumulative" : "approval");
        meta(out, "rule", RULES.get(budget.rule()));
        meta(out, "currency", budget.currency());
        if (budget.ballotType() == BallotType.KNAPSACK) {
            meta(out, "max_sum_cost", plain(budget.amount()));
            if (budget.minShare() != null) {
                meta(out, "min_sum_cost", plain(Money.of(budget.minSpendCents())));
            }
        } else if (cumulative) {
            meta(out, "max_sum_points", budget.points().toString());
            meta(out, "max_points", budget.pointsCap().toString());
        } else {
            if (budget.minProjects() != null) {
                meta(out, "min_length", budget.minProjects().toString());
            }
            if (budget.maxProjects() != null) {
                meta(out, "max_length", budget.maxProjects().toString());
            }
        }
        out.append("PROJECTS\nproject_id;cost;votes;name;category;selected\n");
        for (var row : results.projects()) {
            var p = row.project();
            out.append(p.id())
                    .append(';')
                    .append(plain(p.cost()))
                    .append(';')
                    .append(row.votes())
                    .append(';');
            out.append(clean(p.title())).append(';').append(clean(p.category() == null ? "" : p.category()));
            out.append(';').append(row.selected() ? 1 : 0).append('\n');
        }
        out.append(cumulative ? "VOTES\nvoter_id;vote;points\n" : "VOTES\nvoter_id;vote\n");
        var sorted = ballots.stream()
                .map(b -> String.join(
                                ",", b.keySet().stream().map(String::valueOf).toList())
                        + (cumulative
                                ? ";"
                                        + String.join(
                                                ",",
                                                b.values().stream()
                                                        .map(String::valueOf)
                                                        .toList())
                                : ""))
                .sorted()
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            out.append(i + 1).append(';').append(sorted.get(i)).append('\n');
        }
        return out.toString();
    }

    private static void meta(StringBuilder out, String key, String value) {
        out.append(key).append(';').append(clean(value)).append('\n');
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** Pabulib fields are separated by semicolons and lines; free text must contain neither. */
    private static String clean(String text) {
        return text.replace(';', ',').replace('\n', ' ').replace('\r', ' ').replace('"', '\'');
    }
}
