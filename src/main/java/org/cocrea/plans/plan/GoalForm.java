package org.cocrea.plans.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The new-goal form as typed: the description, what each level −2..+2 would look like (agreed before any
 * scoring), and importance and difficulty, each 1 (low) to 3 (high).
 */
public record GoalForm(String goal, List<String> levels, String importance, String difficulty) {
    /** The form fields of the five levels, −2 first. */
    public static final List<String> LEVEL_FIELDS =
            List.of("levelMinus2", "levelMinus1", "level0", "levelPlus1", "levelPlus2");

    /** Importance and difficulty: 1 = low, 2 = medium, 3 = high. */
    public static final List<String> RATINGS = List.of("1", "2", "3");

    public GoalForm {
        var copy = new ArrayList<String>();
        for (int i = 0; i < LEVEL_FIELDS.size(); i++) {
            copy.add(levels != null && i < levels.size() && levels.get(i) != null ? levels.get(i) : "");
        }
        goal = goal == null ? "" : goal;
        levels = List.copyOf(copy);
        importance = importance == null ? "" : importance;
        difficulty = difficulty == null ? "" : difficulty;
    }

    static GoalForm of(Map<String, String> params) {
        return new GoalForm(
                params.get("goal"),
                LEVEL_FIELDS.stream().map(params::get).toList(),
                params.get("importance"),
                params.get("difficulty"));
    }

    /** What was typed, by field name, to show the form again after a refusal. */
    Map<String, String> typed() {
        var typed = new LinkedHashMap<String, String>();
        typed.put("goal", goal);
        for (int i = 0; i < LEVEL_FIELDS.size(); i++) {
            typed.put(LEVEL_FIELDS.get(i), levels.get(i));
        }
        typed.put("importance", importance);
        typed.put("difficulty", difficulty);
        return typed;
    }
}
