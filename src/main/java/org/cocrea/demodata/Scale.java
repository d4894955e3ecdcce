package org.cocrea.demodata;

import java.util.Locale;
import java.util.Optional;

/** How much to generate: {@code city} is the reference, {@code small} one hundredth, {@code region} five cities. */
enum Scale {
    SMALL(0.01),
    CITY(1),
    REGION(5);

    private final double factor;

    Scale(double factor) {
        this.factor = factor;
    }

    static Optional<Scale> fromName(String name) {
        for (Scale s : values()) {
            if (s.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Counts counts() {
        return new Counts(
                n(200_000),
                Math.max(2, n(10)),
                Math.max(12, n(200)),
                Math.max(24, n(2_000)),
                n(50_000),
                n(500_000),
                Math.max(2, n(20)),
                n(200_000),
                n(5_000));
    }

    private int n(int city) {
        return (int) Math.round(city * factor);
    }

    /**
     * What a scale generates. {@code people} includes the {@code professionals}; {@code supports} includes each
     * proposer's own first support; {@code plans} each live in an individual initiative of their own, on top of
     * the {@code initiatives} spread over the twelve cells of the typology.
     */
    record Counts(
            int people,
            int organisations,
            int professionals,
            int initiatives,
            int proposals,
            int supports,
            int budgets,
            int ballots,
            int plans) {
        int citizens() {
            return people - professionals;
        }

        int ballotsPerBudget() {
            return ballots / budgets;
        }
    }
}
