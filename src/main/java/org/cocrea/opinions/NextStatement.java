package org.cocrea.opinions;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Which statement a participant votes on next, as Polis does: only statements they have not voted on, newer and
 * less-voted ones first, with some randomness so that everyone does not see the same order. Each candidate's weight
 * is {@code (1 / (1 + votes)) × (1 + 1 / (1 + age rank))}; one is drawn in proportion to its weight.
 */
final class NextStatement {
    private NextStatement() {}

    static Optional<Statement> choose(List<Statement> unvoted, RandomGenerator random) {
        if (unvoted.isEmpty()) {
            return Optional.empty();
        }
        var newestFirst = unvoted.stream()
                .sorted(Comparator.comparing(Statement::id).reversed())
                .toList();
        double[] weights = new double[newestFirst.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (1.0 / (1 + newestFirst.get(i).votes())) * (1 + 1.0 / (1 + i));
            total += weights[i];
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return Optional.of(newestFirst.get(i));
            }
        }
        return Optional.of(newestFirst.get(weights.length - 1));
    }
}
