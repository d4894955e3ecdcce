package org.cocrea.comments;

import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.InitiativeSection;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Component;

/**
 * The initiative page's own thread, at the end of the page ({@code initiatives/show.jte} draws it with {@code
 * comments/later.jte}): the page already spends its statement budget on its journey and members, so it shows a
 * link to the thread's own page, which htmx loads in its place at once; without JavaScript the link opens it. No
 * statement is run here.
 */
@Component
class InitiativeComments implements InitiativeSection {
    @Override
    public CommentTarget section(Initiative initiative, SignedInPerson person) {
        return CommentTarget.initiative(initiative);
    }
}
