package org.cocrea.ideas;

import java.util.Optional;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.SignedInPerson;

/**
 * One request's view of a proposals instance: the person's {@link ToolAccess}, opened once per request
 * ({@code @OpenTool}), so that a page does not repeat the same questions for every button.
 */
record Place(ToolAccess access) {
    ToolInstance instance() {
        return access.instance();
    }

    Initiative initiative() {
        return access.initiative();
    }

    Optional<MemberRole> role() {
        return Optional.ofNullable(access.role());
    }

    SignedInPerson me() {
        return access.person();
    }

    /** Whether the person may do the tool action (none in an archived initiative, none for nobody). */
    boolean may(String action) {
        return access.may(action);
    }

    boolean moderates() {
        return may(IdeasTool.MODERATE);
    }

    /** Hidden proposals stay readable by facilitators, who review them, and by their author. */
    boolean mayRead(Idea idea) {
        return !idea.hidden() || moderates() || isAuthor(idea);
    }

    boolean isAuthor(Idea idea) {
        return me() != null && idea.authorId() != null && idea.authorId() == me().personId();
    }

    long id() {
        return instance().id();
    }
}
