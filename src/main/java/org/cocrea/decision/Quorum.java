package org.cocrea.decision;

/**
 * (Public because the precompiled templates read it.) How many positions a consent decision needs: a number of
 * people ({@code count}) or a share of the members who may take a position, in per cent ({@code share}). Every
 * position counts towards it, abstentions included: taking part is what the quorum asks.
 */
public record Quorum(String kind, int value) {
    public static final String COUNT = "count";
    public static final String SHARE = "share";

    /** The positions needed when {@code members} people may take one: a share is rounded up, never below one. */
    public int required(int members) {
        if (COUNT.equals(kind)) {
            return value;
        }
        return Math.max(1, (int) Math.ceil(value * (double) members / 100.0));
    }

    public boolean isShare() {
        return SHARE.equals(kind);
    }
}
