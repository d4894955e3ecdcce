package org.cocrea.comments;

import org.cocrea.platform.SignedInPerson;

/**
 * One request's standing in a thread, decided once when it was opened: the thread, the person (null for nobody),
 * whether they may write (the owning tool's {@value Comments#ACTION} action, or membership on the initiative page,
 * and comments switched on), whether they moderate it (the initiative's facilitators), whether it is open, its
 * initiative, and the page of its tool instance (or the initiative page) to come back to.
 */
record Reader(
        CommentTarget target,
        SignedInPerson person,
        boolean mayComment,
        boolean moderates,
        boolean open,
        org.cocrea.initiatives.Initiative initiative,
        String home) {
    boolean isAuthor(Comment c) {
        return person != null && c.authorId() != null && c.authorId() == person.personId();
    }
}
