package org.cocrea.initiatives;

import java.util.Arrays;
import java.util.Optional;

/** How involved citizens are in an initiative. */
public enum CitizenRole {
    CO_IMPLEMENTER("co-implementer"),
    CO_DESIGNER("co-designer"),
    INITIATOR("initiator");

    private final String code;

    CitizenRole(String code) {
        this.code = code;
    }

    /** The lower-case English value used in the database, URLs, the JSON API and message keys. */
    public String code() {
        return code;
    }

    public static Optional<CitizenRole> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
