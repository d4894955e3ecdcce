package org.cocrea.plans;

import java.util.List;

/**
 * Goal Attainment Scaling (Kiresuk and Sherman): the summary T-score of goals scored on the five levels
 * −2..+2. ρ = 0.3 is the conventional inter-goal correlation the formula assumes.
 */
final class GoalAttainment {
    static final double RHO = 0.3;
    static final int MIN_LEVEL = -2;
    static final int MAX_LEVEL = 2;

    /** One goal's weight (importance × difficulty, positive) and its attained level. */
    record Score(double weight, int level) {
        Score {
            checkWeight(weight);
            checkLevel(level);
        }
    }

    private GoalAttainment() {}

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
