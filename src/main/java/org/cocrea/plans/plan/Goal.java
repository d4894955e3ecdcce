package org.cocrea.plans.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A GAS goal: its five written levels −2..+2 (empty for goals recorded before levels were written), its
 * importance and difficulty (null for those older goals, whose weight was typed directly), its weight
 * (importance × difficulty) and every score, oldest first by date. The first score is the baseline, the
 * later ones are follow-ups.
 */
public record Goal(
        long id,
        String description,
        double weight,
        Integer importance,
        Integer difficulty,
        List<String> levels,
        List<Scored> history) {

    /** One score: the level reached, the day it refers to and who scored it. */
    public record Scored(int level, LocalDate on, Long by) {
        public String levelText() {
            return signed(level);
        }
    }

    public Goal {
        levels = levels == null ? List.of() : List.copyOf(levels);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The latest level, or null before the first score. */
    public Integer latestLevel() {
        return history.isEmpty() ? null : latest().level();
    }

    public int scores() {
        return history.size();
    }

    /** The first score by date, or null. */
    public Scored baseline() {
        return history.isEmpty() ? null : history.get(0);
    }

    /** The latest follow-up (any score after the baseline), or null. */
    public Scored latestFollowUp() {
        return history.size() < 2 ? null : latest();
    }

    public Scored latest() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    public boolean hasLevels() {
        return levels.size() == 5;
    }

    /** What level −2..+2 looks like, as agreed; null when the goal has no written levels. */
    public String levelText(int level) {
        return hasLevels() ? levels.get(level - GoalAttainment.MIN_LEVEL) : null;
    }

    /** The weight as people read it: 6 rather than 6.0. */
    public String weightText() {
        return weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight);
    }

    /** −2, −1, 0, +1, +2. */
    public static String signed(int level) {
        return level > 0 ? "+" + level : String.valueOf(level);
    }
}
