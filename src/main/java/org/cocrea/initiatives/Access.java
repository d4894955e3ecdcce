package org.cocrea.initiatives;

import java.util.Optional;
import org.cocrea.platform.SignedInPerson;

/**
 * The visibility rules of the typology: collective initiatives are public once published; group ones
 * are readable by members (and people invited); individual ones only by the citizen, their proxies and
 * the care team. Admins may read group initiatives and know that individual ones exist, never their content.
 */
final class Access {
    private Access() {}

    static boolean maySee(Initiative i, Optional<MemberRole> role, boolean invited, SignedInPerson person) {
        if (role.isPresent()) {
            return true;
        }
        if (i.isPublic()) {
            return true;
        }
        if (i.status() == Status.DRAFT) {
            return false;
        }
        if (i.level() == Level.GROUP && invited) {
            return true;
        }
        return person != null && person.isAdmin() && i.level() == Level.GROUP;
    }

    /** Whether the person may learn that the initiative exists (admins do, for oversight). */
    static boolean mayKnow(Initiative i, Optional<MemberRole> role, boolean invited, SignedInPerson person) {
        return maySee(i, role, invited, person) || (person != null && person.isAdmin());
    }

    static boolean mayManage(Optional<MemberRole> role) {
        return role.map(MemberRole::facilitates).orElse(false);
    }
}
