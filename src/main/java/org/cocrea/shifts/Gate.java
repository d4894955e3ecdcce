package org.cocrea.shifts;

import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolAccess;

/** One request's standing in a shifts instance, from its {@link ToolAccess}, opened once per request. */
record Gate(ToolAccess access) {
    boolean coordinates() {
        return access.may(ShiftsTool.COORDINATE);
    }

    /** Members sign up through their role; in an open collective initiative anyone signed in who reads it. */
    boolean maySignUp() {
        if (access.person() == null) {
            return false;
        }
        if (access.may(ShiftsTool.SIGN_UP)) {
            return true;
        }
        var initiative = access.initiative();
        return initiative.level() == Level.COLLECTIVE && initiative.status() == Status.OPEN;
    }

    Long me() {
        return access.person() == null ? null : access.person().personId();
    }
}
