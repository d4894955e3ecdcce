package org.cocrea.vote;

import java.util.Arrays;
import java.util.Optional;

/**
 * (Public because the precompiled templates read it.) How voters mark the options. The value stored for each
 * marked option: 1 for an approval, the rank (1 = first) for a ranking, 0–5 for a score, the points for dots.
 */
public enum BallotKind {
    APPROVAL("approval"),
    RANKED("ranked"),
    SCORE("score"),
    DOTS("dots");

    /** The highest score of a score ballot. */
    public static final int MAX_SCORE = 5;

    private final String code;

    BallotKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<BallotKind> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
