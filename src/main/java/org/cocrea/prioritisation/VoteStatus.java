package org.cocrea.prioritisation;

import java.util.Locale;

/** (Public because the precompiled templates read it.) Draft (settings may change), open, closed (final). */
public enum VoteStatus {
    DRAFT,
    OPEN,
    CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
