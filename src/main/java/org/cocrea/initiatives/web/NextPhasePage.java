package org.cocrea.initiatives.web;

import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.timeline.PhaseMove;

/** The confirmation of "move to the next phase": what the move would do, or why it cannot be made now. */
public record NextPhasePage(Initiative initiative, PhaseMove move, String problem) {

    /** What the confirming form sends back, so that a move overtaken by another is refused. */
    public String from() {
        return move.ending().cycle() + ":" + move.ending().phase().code();
    }
}
