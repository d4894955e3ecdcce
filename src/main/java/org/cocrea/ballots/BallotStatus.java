package org.cocrea.ballots;

import java.util.Locale;

/**
 * The lifecycle of a budget or a vote: set up as a draft, opened for ballots, then closed for good. Only a draft
 * may change (settings, projects, options), so that no ballot is ever cast under other rules than the ones shown;
 * each step moves forward only from the one before ({@link Lifecycle#move}).
 */
public enum BallotStatus {
    DRAFT,
    OPEN,
    CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lock: what the facilitators set up may change only while this is a draft. */
    public boolean mayChange() {
        return this == DRAFT;
    }

    public static BallotStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
