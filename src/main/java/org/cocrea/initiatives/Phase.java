package org.cocrea.initiatives;

import java.util.Arrays;
import java.util.Optional;

/** A phase of the service cycle; the declaration order is the cycle's order. */
public enum Phase {
    CO_COMMISSIONING("co-commissioning"),
    CO_DESIGN("co-design"),
    CO_DELIVERY("co-delivery"),
    CO_ASSESSMENT("co-assessment");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    /** The lower-case English value used in the database, URLs, the JSON API and message keys. */
    public String code() {
        return code;
    }

    public static Optional<Phase> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
