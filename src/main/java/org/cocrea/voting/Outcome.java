package org.cocrea.voting;

import java.util.List;

/**
 * What a rule selected.
 *
 * @param rule the rule that produced it
 * @param selected indices into {@link Election#projects()} in selection order
 * @param totalCost the summed cost of the selected projects, in money units
 * @param payments for equal-shares rules, what each voter of each ballot paid in total, indexed
 *     like {@link Election#ballots()} (every voter of a ballot pays the same); empty otherwise
 */
public record Outcome(Rule rule, List<Integer> selected, long totalCost, List<Rational> payments) {

    public Outcome {
        selected = List.copyOf(selected);
        payments = List.copyOf(payments);
    }

    /** The identifiers of the selected projects in selection order. */
    public List<String> selectedIds(Election election) {
        return selected.stream().map(i -> election.projects().get(i).id()).toList();
    }
}
