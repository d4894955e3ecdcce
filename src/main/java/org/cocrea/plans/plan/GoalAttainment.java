package org.cocrea.plans.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Goal Attainment Scaling (Kiresuk and Sherman): the summary T-score of goals scored on the five levels
 * −2..+2. ρ = 0.3 is the conventional inter-goal correlation the formula assumes.
 */
public final class GoalAttainment {
    static final double RHO = 0.3;
    public static final int MIN_LEVEL = -2;
    static final int MAX_LEVEL = 2;
    /** Importance and difficulty are each rated 1 (low), 2 (medium) or 3 (high). */
    static final int MIN_RATING = 1;

    static final int MAX_RATING = 3;

    /** One goal's weight (importance × difficulty, positive) and its attained level. */
    record Score(double weight, int level) {
        Score {
            checkWeight(weight);
            checkLevel(level);
        }
    }

    /**
     * One score of one goal: the goal (any key that tells goals apart), its weight, the day the score refers
     * to and the level. Observations are given in the order they were recorded, so of two scores of a goal on
     * the same day the later one counts.
     */
    record Observation(long goal, double weight, LocalDate on, int level) {
        Observation {
            checkWeight(weight);
            checkLevel(level);
            if (on == null) {
                throw new IllegalArgumentException("no date");
            }
        }
    }

    /** The summary T-score on one day. */
    record Dated(LocalDate on, double tScore) {}

    private GoalAttainment() {}

    /** The GAS weight: importance × difficulty, each rated 1..3, so 1..9. */
    static int weight(int importance, int difficulty) {
        checkRating(importance);
        checkRating(difficulty);
        return importance * difficulty;
    }

    static boolean validRating(int rating) {
        return rating >= MIN_RATING && rating <= MAX_RATING;
    }

    static void checkRating(int rating) {
        if (!validRating(rating)) {
            throw new IllegalArgumentException("rating outside 1..3: " + rating);
        }
    }

    /**
     * The T-score on each distinct score date, oldest first: on day d every goal counts with its latest score
     * on or before d; goals not yet scored by d are left out.
     */
    static List<Dated> byDate(List<Observation> observations) {
        var sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparing(Observation::on)); // stable: recording order within a day
        var latest = new LinkedHashMap<Long, Score>();
        var result = new ArrayList<Dated>();
        for (int i = 0; i < sorted.size(); i++) {
            var o = sorted.get(i);
            latest.put(o.goal(), new Score(o.weight(), o.level()));
            boolean lastOfDay =
                    i == sorted.size() - 1 || !sorted.get(i + 1).on().equals(o.on());
            if (lastOfDay) {
                result.add(new Dated(o.on(), tScore(List.copyOf(latest.values()))));
            }
        }
        return List.copyOf(result);
    }

    static double tScore(List<Score> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no goals");
        }
        double weighted = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (Score s : scores) {
            weighted += s.weight() * s.level();
            sumW += s.weight();
            sumW2 += s.weight() * s.weight();
        }
        return 50 + 10 * weighted / Math.sqrt((1 - RHO) * sumW2 + RHO * sumW * sumW);
    }

    static boolean validLevel(int level) {
        return level >= MIN_LEVEL && level <= MAX_LEVEL;
    }

    /** NaN and infinity are refused too: a weight must be a real positive number. */
    static boolean validWeight(double weight) {
        return weight > 0 && Double.isFinite(weight);
    }

    static void checkLevel(int level) {
        if (!validLevel(level)) {
            throw new IllegalArgumentException("level outside -2..+2: " + level);
        }
    }

    static void checkWeight(double weight) {
        if (!validWeight(weight)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
    }
}
