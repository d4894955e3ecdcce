package org.cocrea.initiatives;

import java.util.Arrays;
import java.util.Optional;

/** An initiative's life: drafts are seen by their members only. */
public enum Status {
    DRAFT("draft"),
    OPEN("open"),
    CLOSED("closed"),
    ARCHIVED("archived");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    /** The lower-case English value used in the database, URLs, the JSON API and message keys. */
    public String code() {
        return code;
    }

    public static Optional<Status> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
