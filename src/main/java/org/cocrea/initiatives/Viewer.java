package org.cocrea.initiatives;

import org.cocrea.platform.SignedInPerson;

/** Who is asking: nobody (anonymous), a person, or an admin. Used to build visibility conditions. */
record Viewer(Long personId, boolean admin) {
    static Viewer of(SignedInPerson person) {
        return person == null ? new Viewer(null, false) : new Viewer(person.personId(), person.isAdmin());
    }
}
