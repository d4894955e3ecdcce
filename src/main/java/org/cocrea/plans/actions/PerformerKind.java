package org.cocrea.plans.actions;

import java.util.Arrays;
import java.util.Optional;

/** Who carries out an action, as the plan describes them. */
public enum PerformerKind {
    CITIZEN("citizen"),
    FAMILY("family"),
    PROFESSIONAL("professional"),
    VOLUNTEER("volunteer");

    private final String code;

    PerformerKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<PerformerKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
