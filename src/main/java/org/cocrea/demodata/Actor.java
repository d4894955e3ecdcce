package org.cocrea.demodata;

import org.cocrea.platform.SignedInPerson;

/** The generated person on whose behalf a service is called, as a signed-in request would present them. */
record Actor(long personId, String displayName, boolean isAdmin, boolean isProfessional) implements SignedInPerson {
    static Actor citizen(long id) {
        return new Actor(id, "citizen " + id, false, false);
    }

    static Actor professional(long id) {
        return new Actor(id, "professional " + id, false, true);
    }
}
