package org.cocrea.prioritisation;

import java.util.Arrays;
import java.util.Optional;

/** (Public because the precompiled templates read it.) Who may vote, besides seeing the initiative. */
public enum Eligibility {
    /** People with a role in the initiative other than observer. */
    MEMBERS("members"),
    /** People signed in who proved residence with the initiative's organisation (its residents register). */
    RESIDENTS("residents"),
    /** Anyone signed in who may see the initiative. */
    REGISTERED("registered");

    private final String code;

    Eligibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Eligibility> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
