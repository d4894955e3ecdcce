package org.cocrea.initiatives;

import org.cocrea.platform.SignedInPerson;

/**
 * Who is asking: nobody (anonymous) or a person. Used to build visibility conditions; being an admin gives no
 * extra sight of group or individual initiatives, so it is not part of this.
 */
record Viewer(Long personId) {
    static Viewer of(SignedInPerson person) {
        return new Viewer(person == null ? null : person.personId());
    }
}
