package org.cocrea.evidence;

import java.util.List;

/**
 * (Public for the templates.) The portfolio: every measure aggregated by typology cell, by citizen role, by objective
 * and by influential factor, over the initiatives the reader may count ({@code initiatives} of them after the
 * filters), with the filters chosen and offered. Descriptive only.
 *
 * @param measures the measures' codes, the columns of every table
 * @param cell the chosen cell ({@code level:phase}) or empty
 * @param factor the chosen factor band ({@code factor:band}) or empty
 * @param cells the twelve typology cells, always listed
 */
public record Portfolio(
        int initiatives,
        List<String> measures,
        String cell,
        String factor,
        List<Option> cellOptions,
        List<Option> factorOptions,
        List<Group> cells,
        List<Group> roles,
        List<Group> objectives,
        List<Group> factors,
        boolean organisationIncluded) {

    /** A choice of a filter: its value and its label's message key and arguments. */
    public record Option(String value, String label, List<Object> args) {
        public Object[] arguments() {
            return args.toArray();
        }
    }

    /**
     * A row of a table: its label (message key and arguments), how many initiatives fall in it, and one statistic
     * per measure, in the order of {@link Portfolio#measures()}.
     */
    public record Group(String label, List<Object> args, int initiatives, List<Stat> stats) {
        public Object[] arguments() {
            return args.toArray();
        }
    }

    /**
     * A measure over a group: how many values (an initiative's figure in a phase, each from at least five people),
     * their median and bootstrap 95% interval (null when there is no value), and whether they are too few to say
     * anything ({@code count < } {@link Evidence#MIN_VALUES}). {@code suppressed}: the individual plans' measures
     * over fewer than five plans in all, shown without any figure.
     */
    public record Stat(int count, Double median, Double lower, Double upper, int people, boolean suppressed) {
        public Stat(int count, Double median, Double lower, Double upper, int people) {
            this(count, median, lower, upper, people, false);
        }

        /** A group of the plans' measures from fewer than five plans: no median, interval or number of people. */
        static Stat suppressed(int count) {
            return new Stat(count, null, null, null, 0, true);
        }

        public boolean tooFew() {
            return count < Evidence.MIN_VALUES;
        }

        public boolean none() {
            return count == 0;
        }
    }
}
