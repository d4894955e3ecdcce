package org.cocrea.voting;

import java.util.Locale;

/** The kind of ballot voters cast, as named by Pabulib's {@code vote_type}. */
public enum VoteType {
    APPROVAL,
    CHOOSE_1,
    CUMULATIVE,
    SCORING,
    ORDINAL;

    /** Parses a Pabulib {@code vote_type} value such as {@code choose-1}. */
    public static VoteType fromPabulib(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether a ballot's support for a project is a number of points rather than a yes. */
    public boolean hasPoints() {
        return this == CUMULATIVE || this == SCORING;
    }
}
