package org.cocrea.budget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A ballot as submitted: project ids ticked in {@code projects} (approval, knapsack), or points typed into
 * {@code points-<project id>} fields (cumulative). Empty when a value is not a number (a tampered form).
 */
final class Choices {
    static final String POINTS_PREFIX = "points-";
    private static final int MAX_POINTS_FIELD = 1_000_000;

    private Choices() {}

    static Optional<SortedMap<Long, Integer>> parse(
            BallotType type, List<String> projects, Map<String, List<String>> parameters) {
        return type == BallotType.CUMULATIVE ? points(parameters) : ticked(projects);
    }

    private static Optional<SortedMap<Long, Integer>> ticked(List<String> values) {
        SortedMap<Long, Integer> choice = new TreeMap<>();
        for (String v : values == null ? List.<String>of() : values) {
            try {
                if (choice.put(Long.parseLong(v.trim()), 1) != null) {
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(choice);
    }

    private static Optional<SortedMap<Long, Integer>> points(Map<String, List<String>> parameters) {
        SortedMap<Long, Integer> choice = new TreeMap<>();
        for (var entry : parameters.entrySet()) {
            if (!entry.getKey().startsWith(POINTS_PREFIX)) {
                continue;
            }
            if (entry.getValue().size() != 1) {
                return Optional.empty();
            }
            String value = entry.getValue().get(0).trim();
            if (value.isEmpty()) {
                continue;
            }
            try {
                long project = Long.parseLong(entry.getKey().substring(POINTS_PREFIX.length()));
                int points = Integer.parseInt(value);
                if (points < 0 || points > MAX_POINTS_FIELD) {
                    return Optional.empty();
                }
                if (points > 0) {
                    choice.put(project, points);
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(choice);
    }
}
