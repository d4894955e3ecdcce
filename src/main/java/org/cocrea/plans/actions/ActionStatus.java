package org.cocrea.plans.actions;

import java.util.Arrays;
import java.util.Optional;

/** Where an action of the plan stands. */
public enum ActionStatus {
    PLANNED("planned"),
    IN_PROGRESS("in-progress"),
    DONE("done"),
    DROPPED("dropped");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<ActionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
