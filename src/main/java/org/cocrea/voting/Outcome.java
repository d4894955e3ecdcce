package org.cocrea.voting;

import java.util.List;

/**
 * What a rule selected.
 *
 * @param rule the rule that produced it
 * @param selected indices into {@link Election#projects()} in selection order
 * @param totalCost the summed cost of the selected projects, in money units
 * @param payments for equal-shares rules, what each voter paid; {@link Payments#NONE} otherwise
 * @param share for equal-shares rules, the money each voter started with (in money units) in the run that gave
 *     this selection (for add-one completion, the last share that stayed within the budget); empty otherwise, and
 *     empty when {@link Rule#MES_ADD1_COMPARISON} kept greedy's outcome. {@link Explanation} replays the run from it.
 */
public record Outcome(
        Rule rule, List<Integer> selected, long totalCost, Payments payments, java.util.Optional<Rational> share) {

    public Outcome {
        selected = List.copyOf(selected);
    }

    /** An outcome without a starting share (rules other than equal shares). */
    public Outcome(Rule rule, List<Integer> selected, long totalCost, Payments payments) {
        this(rule, selected, totalCost, payments, java.util.Optional.empty());
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
