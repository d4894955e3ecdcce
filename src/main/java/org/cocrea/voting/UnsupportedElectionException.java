package org.cocrea.voting;

/** Thrown when a rule cannot be applied to an election, e.g. an approval rule to ranked ballots. */
public final class UnsupportedElectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedElectionException(String message) {
        super(message);
    }
}
