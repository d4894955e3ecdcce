package org.cocrea.initiatives;

import java.util.Arrays;
import java.util.Optional;

/** Why an initiative co-produces; "none" (participation valued in itself) excludes the others. */
public enum Objective {
    EFFECTIVENESS("effectiveness"),
    EFFICIENCY("efficiency"),
    CUSTOMER_SATISFACTION("customer-satisfaction"),
    OTHER("other"),
    NONE("none");

    private final String code;

    Objective(String code) {
        this.code = code;
    }

    /** The lower-case English value used in the database, URLs, the JSON API and message keys. */
    public String code() {
        return code;
    }

    public static Optional<Objective> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
