package org.cocrea.initiatives;

import org.cocrea.platform.SignedInPerson;

/**
 * What another module adds at the end of the initiative page: read by the page's controller for a person who may
 * read the initiative, as the model the page's template draws with that module's template (the comments module's
 * {@code CommentTarget}, drawn by {@code @template.comments.later}, which loads the thread). No Java class writes template content: the page's
 * template draws it, escaped as any other value. A section that needs the request's parameters (its order, say)
 * reads them from the current request.
 */
public interface InitiativeSection {
    Object section(Initiative initiative, SignedInPerson person);
}
