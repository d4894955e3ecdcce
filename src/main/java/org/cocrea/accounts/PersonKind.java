package org.cocrea.accounts;

import java.util.Locale;

/** Professionals are paid staff of a public organisation; everybody else is a citizen. */
public enum PersonKind {
    CITIZEN,
    PROFESSIONAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PersonKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
