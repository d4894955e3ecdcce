package org.cocrea.ballots;

import java.util.Arrays;
import java.util.Optional;

/** Who may cast a ballot online, besides seeing the initiative (see {@link Voters} for the whole rule). */
public enum Eligibility {
    /** People whose role in the initiative the tool binds to its "vote" action. */
    MEMBERS("members"),
    /** Anyone signed in who may see the initiative. */
    REGISTERED("registered"),
    /** People signed in who proved residence with the initiative's organisation (its residents register). */
    RESIDENTS("residents");

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
