package org.cocrea.initiatives;

import java.util.Arrays;
import java.util.Optional;

/** Who co-produces and who benefits: decides who may see an initiative. */
public enum Level {
    INDIVIDUAL("individual"),
    GROUP("group"),
    COLLECTIVE("collective");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    /** The lower-case English value used in the database, URLs, the JSON API and message keys. */
    public String code() {
        return code;
    }

    public static Optional<Level> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
