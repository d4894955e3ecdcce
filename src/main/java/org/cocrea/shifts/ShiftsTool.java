package org.cocrea.shifts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The shifts tool: co-delivery, at group and collective level (an individual initiative's care has its own tools).
 * Facilitators coordinate (activities, shifts, check-in, hours); members sign up. In a collective initiative anyone
 * signed in who reads it may sign up as well (a cleaning day is open to the neighbourhood), which {@link Gate} adds.
 */
@Component
class ShiftsTool extends DeclaredTool {
    static final String ID = "shifts";
    static final String COORDINATE = "coordinate";
    static final String SIGN_UP = "sign-up";

    static final Map<String, Set<MemberRole>> ACTIONS = Map.of(
            COORDINATE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR),
            SIGN_UP, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER));

    ShiftsTool() {
        super(ID, EnumSet.of(Phase.CO_DELIVERY), EnumSet.of(Level.GROUP, Level.COLLECTIVE), ACTIONS);
    }
}
