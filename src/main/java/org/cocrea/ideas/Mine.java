package org.cocrea.ideas;

/** What the person looking at a proposal has done with it. */
public record Mine(boolean supported, boolean followed, boolean reported, int supportsUsed) {
    static final Mine NOBODY = new Mine(false, false, false, 0);
}
