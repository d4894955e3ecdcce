package org.cocrea.commissioning;

import java.util.Arrays;
import java.util.Optional;

/** Who may vote online: members of the initiative, anyone registered, or verified residents of its organisation. */
public enum Eligibility {
    MEMBERS("members"),
    REGISTERED("registered"),
    RESIDENTS("residents");

    private final String code;

    Eligibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<Eligibility> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
