package org.cocrea.meetings;

import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolAccess;

/** One request's standing in a meetings instance, from its {@link ToolAccess}, opened once per request. */
record Gate(ToolAccess access) {
    boolean organises() {
        return access.may(MeetingsTool.ORGANISE);
    }

    /**
     * Members register through their role; in a collective initiative, open to all, anyone signed in who reads it
     * may register for its public workshops (not in a draft, closed or archived one).
     */
    boolean mayRegister() {
        if (access.person() == null) {
            return false;
        }
        if (access.may(MeetingsTool.REGISTER)) {
            return true;
        }
        var initiative = access.initiative();
        return initiative.level() == Level.COLLECTIVE && initiative.status() == Status.OPEN;
    }

    Long me() {
        return access.person() == null ? null : access.person().personId();
    }
}
