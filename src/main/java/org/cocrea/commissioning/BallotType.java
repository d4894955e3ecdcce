package org.cocrea.commissioning;

import java.util.Arrays;
import java.util.Optional;

/** How voters choose: approve some projects (within min/max), or fill a knapsack within the budget. */
public enum BallotType {
    APPROVAL("approval"),
    KNAPSACK("knapsack");

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
