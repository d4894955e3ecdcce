package org.cocrea.ideas;

import java.util.Optional;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.SignedInPerson;

/**
 * One request's view of a proposals instance: the initiative the person may see and their role in it, asked
 * once of the initiatives API so that a page does not repeat the same questions for every button.
 */
record Place(ToolInstance instance, Initiative initiative, Optional<MemberRole> role, SignedInPerson me) {
    boolean may(String action) {
        return me != null
                && initiative.status() != Status.ARCHIVED
                && role.map(r -> IdeasTool.ACTIONS.get(action).contains(r)).orElse(false);
    }

    boolean moderates() {
        return may(IdeasTool.MODERATE);
    }

    /** Hidden proposals stay readable by facilitators, who review them, and by their author. */
    boolean mayRead(Idea idea) {
        return !idea.hidden() || moderates() || isAuthor(idea);
    }

    boolean isAuthor(Idea idea) {
        return me != null && idea.authorId() != null && idea.authorId() == me.personId();
    }

    long id() {
        return instance.id();
    }
}
