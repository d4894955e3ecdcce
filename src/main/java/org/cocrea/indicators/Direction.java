package org.cocrea.indicators;

import java.util.Arrays;
import java.util.Optional;

/** Whether a higher or a lower value of an indicator is better. */
public enum Direction {
    HIGHER("higher"),
    LOWER("lower");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Direction> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
