package org.cocrea.voting;

import java.util.List;
import java.util.Optional;
import org.cocrea.voting.internal.Explain;

/**
 * Why each project was or was not funded by an {@link Outcome}: the facts a results page puts in plain words.
 * Computed by replaying the rule's run (for equal shares, in exact arithmetic from the outcome's starting share).
 *
 * @param rule the rule of the outcome
 * @param reasons one per project, indexed like {@link Election#projects()}
 * @param greedyPreferred for {@link Rule#MES_ADD1_COMPARISON}: a majority preferred greedy's outcome, so the
 *     reasons are greedy's
 */
public record Explanation(Rule rule, List<Reason> reasons, boolean greedyPreferred) {

    public Explanation {
        reasons = List.copyOf(reasons);
    }

    /** What decided a project's fate. */
    public enum Kind {
        /** Funded, as the {@link Reason#round}-th project chosen. */
        FUNDED,
        /** Nobody voted for it (and it was not funded). */
        NO_SUPPORT,
        /**
         * Equal shares: at round {@link Reason#round} (before the round-th choice; one more than the number of
         * projects chosen by then) its supporters' remaining money, {@link Reason#available}, was less than its
         * cost. Money only shrinks, so it stayed unaffordable.
         */
        SUPPORTERS_SHORT,
        /**
         * Greedy and Phragmén: when its turn came (after {@link Reason#round} − 1 projects were funded) the budget
         * left, {@link Reason#available}, was less than its cost.
         */
        BUDGET_SHORT,
        /** Greedy with a threshold: its score was below the election's threshold. */
        BELOW_THRESHOLD,
        /**
         * The count stopped before its turn, at project {@link Reason#blocker} that did not fit (greedy without
         * skipping; Phragmén, whose supporters would have needed longer to pay for this one).
         */
        STOPPED
    }

    /**
     * @param project the project's index in the election
     * @param kind what decided
     * @param round see {@link Kind}; 0 when it does not apply
     * @param votes its score (approvals or points)
     * @param cost its cost in money units
     * @param available the money that was there for it (supporters' or the budget left), in money units; zero when
     *     it does not apply
     * @param blocker for {@link Kind#STOPPED}, the project the count stopped at; -1 otherwise
     */
    public record Reason(int project, Kind kind, int round, long votes, long cost, Rational available, int blocker) {

        /** How much more it would have needed: cost − available, never below zero. */
        public Rational missing() {
            Rational gap = Rational.of(cost).subtract(available);
            return gap.signum() < 0 ? Rational.ZERO : gap;
        }

        public boolean funded() {
            return kind == Kind.FUNDED;
        }
    }

    /** The reasons for {@code outcome}, a selection {@code outcome.rule()} made for {@code election}. */
    public static Explanation of(Election election, Outcome outcome) {
        return Explain.of(election, outcome);
    }

    /** The reason for project {@code index}. */
    public Optional<Reason> of(int index) {
        return index >= 0 && index < reasons.size() ? Optional.of(reasons.get(index)) : Optional.empty();
    }
}
