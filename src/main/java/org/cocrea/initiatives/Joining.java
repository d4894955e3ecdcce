package org.cocrea.initiatives;

/**
 * What a signed-in person may do, from a tool's page, to take part in an initiative they are not a member of
 * ({@link Initiatives#joining}): the same rule the initiative page offers its join and request buttons by.
 */
public enum Joining {
    /** They already have a role, or nobody is signed in: nothing to offer. */
    NONE,
    /** An open collective initiative, or a group one they were invited to: {@code POST /initiatives/{id}/join}. */
    JOIN,
    /** A group initiative: {@code POST /initiatives/{id}/request}, a facilitator decides. */
    REQUEST,
    /** They asked to join and wait for a facilitator's answer. */
    REQUESTED,
    /** The initiative takes no members now (not open, or individual). */
    CLOSED
}
