package org.cocrea.opinions;

import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Joining;
import org.cocrea.initiatives.ToolInstance;

/**
 * The conversation's page: the statement to vote on next (null when none is left), how far the viewer got, what
 * they may do, and the form for a new statement.
 *
 * @param voted how many published statements the viewer voted on
 * @param published how many published statements there are
 * @param pending how many statements wait for a facilitator (shown to facilitators)
 * @param duplicate the statement a refused new one repeats (null: none)
 */
public record VotePage(
        Initiative initiative,
        ToolInstance instance,
        Statement card,
        int voted,
        int published,
        int pending,
        boolean mayVote,
        boolean maySubmit,
        boolean moderates,
        boolean before,
        Joining joining,
        String body,
        Long duplicate) {
    public String here() {
        return "/opinions/" + instance.id();
    }
}
