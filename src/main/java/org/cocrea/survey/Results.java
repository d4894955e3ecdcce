package org.cocrea.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * (Public because the precompiled templates read it.) A survey's results: per question its chart and table, the mean
 * of a scale, the NPS, a number's mean and range, the newest texts; and one cross-tabulation. In an anonymous survey
 * nothing is shown below {@link #MIN_GROUP} responses, texts of a question below that many answers stay hidden, and
 * cross-tabulation cells below it are suppressed.
 */
public record Results(int responses, boolean anonymous, boolean tooFew, List<Question> questions, Cross cross) {
    public static final int MIN_GROUP = 5;

    /** One row of a question's table: what was answered, how many, and the share of those who answered. */
    public record Row(String label, long count, int percent) {}

    /** A matrix row's or ranking option's mean (level or rank), with how many answered it. */
    public record Mean(String label, BigDecimal mean, long count) {}

    public record Question(
            Item item,
            long answered,
            Chart chart,
            List<Row> rows,
            BigDecimal mean,
            Integer nps,
            List<Mean> means,
            BigDecimal min,
            BigDecimal max,
            List<String> texts,
            boolean textsHidden) {}

    /**
     * A cross-tabulation of {@code of} (rows) by {@code by} (columns): counts of responses, a null cell being one
     * suppressed because fewer than five people are in it.
     */
    public record Cross(Item of, Item by, List<String> rowLabels, List<String> columnLabels, List<List<Long>> cells) {}
}
