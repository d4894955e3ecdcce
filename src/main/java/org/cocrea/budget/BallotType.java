package org.cocrea.budget;

import java.util.Arrays;
import java.util.Optional;

/** How voters choose: approve some projects (within min/max), fill a knapsack within the budget, or give points. */
public enum BallotType {
    APPROVAL("approval"),
    KNAPSACK("knapsack"),
    /** N points per voter spread over projects, at most a cap each; scores are sums of points. */
    CUMULATIVE("cumulative");

    private final String code;

    BallotType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<BallotType> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
