package org.cocrea.decision;

/**
 * (Public because the precompiled templates read it.) The rule of a consent decision, said on its page in plain
 * words: it passes when the quorum is reached (enough positions, abstentions included) and nobody blocks. A
 * disagreement is heard, with its reason, but does not stop it; a block does. Before the close the same rule says
 * how it stands now.
 */
public enum Verdict {
    PASSED("passed"),
    BLOCKED("blocked"),
    NO_QUORUM("no-quorum");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The verdict of {@code positions} positions, {@code blocks} of them blocks, when {@code required} are needed. */
    public static Verdict of(int positions, int blocks, int required) {
        if (blocks > 0) {
            return BLOCKED;
        }
        return positions >= required ? PASSED : NO_QUORUM;
    }
}
