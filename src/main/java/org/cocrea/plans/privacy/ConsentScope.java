package org.cocrea.plans.privacy;

import java.util.Arrays;
import java.util.Optional;

/** What the citizen consents to: a proxy acting for them in the plan, or their plan data leaving the platform. */
public enum ConsentScope {
    ACT_FOR_CITIZEN("act-for-citizen"),
    SHARE_DATA("share-data");

    private final String code;

    ConsentScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<ConsentScope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
