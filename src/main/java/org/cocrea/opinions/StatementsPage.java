package org.cocrea.opinions;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolInstance;

/**
 * Every statement of a conversation (pending and rejected ones for facilitators), with the viewer's own vote on
 * each (theirs only: nobody sees another person's votes), which they may change here.
 */
public record StatementsPage(
        Initiative initiative,
        ToolInstance instance,
        List<Statement> statements,
        Map<Long, Integer> mine,
        boolean mayVote,
        boolean moderates) {
    /** The viewer's vote on a statement: "agree", "disagree", "pass" or null. */
    public String mine(long statement) {
        Integer v = mine.get(statement);
        return v == null ? null : v > 0 ? "agree" : v < 0 ? "disagree" : "pass";
    }
}
