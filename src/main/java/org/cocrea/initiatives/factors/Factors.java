package org.cocrea.initiatives.factors;

import java.util.List;

/** The influential-factor questionnaires: item names (also message keys) and Likert answers (1 to 5). */
public final class Factors {
    /** Groups smaller than this are never reported, so no one's answers can be inferred. */
    public static final int MIN_GROUP = 5;

    public static final List<String> ORGANISATION =
            List.of("compatibility", "open_attitude", "risk_averse_culture", "incentives");
    public static final List<String> CITIZEN =
            List.of("skills", "intrinsic_motivation", "ownership", "social_capital", "risk_aversion");

    private Factors() {}

    /** One set of answers, in the order of the item list. */
    public record Answers(List<Integer> values) {
        public int value(int index) {
            return values.get(index);
        }
    }

    /** Averages of the members' answers, or nothing when fewer than {@link #MIN_GROUP} answered. */
    public record Aggregate(long respondents, List<Double> averages) {
        public boolean suppressed() {
            return respondents < MIN_GROUP;
        }

        /** The average answer to one decimal, for {@code ui.number} (3,5 in Italian). */
        public java.math.BigDecimal average(int index) {
            return java.math.BigDecimal.valueOf(averages.get(index)).setScale(1, java.math.RoundingMode.HALF_UP);
        }
    }
}
