package org.cocrea.voting;

import java.util.List;

/**
 * What a rule selected.
 *
 * @param rule the rule that produced it
 * @param selected indices into {@link Election#projects()} in selection order
 * @param totalCost the summed cost of the selected projects, in money units
 * @param payments for equal-shares rules, what each voter paid; {@link Payments#NONE} otherwise
 */
public record Outcome(Rule rule, List<Integer> selected, long totalCost, Payments payments) {

    public Outcome {
        selected = List.copyOf(selected);
    }

    /** An outcome without payments. */
    public static Outcome of(Rule rule, List<Integer> selected, long totalCost) {
        return new Outcome(rule, selected, totalCost, Payments.NONE);
    }

    /** The identifiers of the selected projects in selection order. */
    public List<String> selectedIds(Election election) {
        return selected.stream().map(i -> election.projects().get(i).id()).toList();
    }
}
