package org.cocrea.initiatives;

import gg.jte.Content;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.platform.Ui;

/**
 * A section another module adds at the end of the initiative page (the comments module's thread): read by the
 * page's controller for a person who may read the initiative, drawn by the page's template with the page's
 * {@link Ui}. A section that needs the request's parameters (its order, say) reads them from the current request.
 */
public interface InitiativeSection {
    Content section(Initiative initiative, SignedInPerson person, Ui ui);
}
