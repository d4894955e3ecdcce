package org.cocrea.tracking;

import java.util.Arrays;
import java.util.Optional;

/** (Public because the precompiled templates read it.) Where a tracked result stands. */
public enum ResultStatus {
    PLANNED("planned"),
    IN_PROGRESS("in-progress"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    private final String code;

    ResultStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a change to this status is told to the initiative's members. */
    public boolean ends() {
        return this == COMPLETED || this == CANCELLED;
    }

    public static Optional<ResultStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
