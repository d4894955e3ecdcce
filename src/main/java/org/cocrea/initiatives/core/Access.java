package org.cocrea.initiatives.core;

import java.util.Optional;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Status;
import org.cocrea.platform.SignedInPerson;

/**
 * The visibility rules of the typology: collective initiatives are public once published; group ones
 * are readable by members (and people invited); individual ones only by the citizen, their proxies and
 * the care team. Being an admin changes none of this: admins run organisations and people, and may know
 * that a private initiative exists (level, organisation, status), never its content.
 */
public final class Access {
    private Access() {}

    public static boolean maySee(Initiative i, Optional<MemberRole> role, boolean invited) {
        if (role.isPresent()) {
            return true;
        }
        if (i.isPublic()) {
            return true;
        }
        if (i.status() == Status.DRAFT) {
            return false;
        }
        return i.level() == Level.GROUP && invited;
    }

    /** Whether the person may learn that the initiative exists (admins do, for oversight). */
    public static boolean mayKnow(Initiative i, Optional<MemberRole> role, boolean invited, SignedInPerson person) {
        return maySee(i, role, invited) || (person != null && person.isAdmin());
    }

    public static boolean mayManage(Optional<MemberRole> role) {
        return role.map(MemberRole::facilitates).orElse(false);
    }
}
