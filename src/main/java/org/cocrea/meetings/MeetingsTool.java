package org.cocrea.meetings;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The meetings tool: every phase (a meeting to commission, design, deliver or assess), every level (an individual
 * initiative's care-team meeting too). Facilitators organise, cancel, record attendance and minutes; members,
 * citizens and proxies register. In a collective initiative anyone signed in who reads it may register as well
 * (a public workshop), which {@link Gate#mayRegister} adds to the roles below.
 */
@Component
class MeetingsTool extends DeclaredTool {
    static final String ID = "meetings";
    static final String ORGANISE = "organise";
    static final String REGISTER = "register";

    static final Map<String, Set<MemberRole>> ACTIONS = Map.of(
            ORGANISE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR),
            REGISTER,
                    EnumSet.of(
                            MemberRole.OWNER,
                            MemberRole.FACILITATOR,
                            MemberRole.MEMBER,
                            MemberRole.CITIZEN,
                            MemberRole.PROXY));

    MeetingsTool() {
        super(ID, EnumSet.allOf(Phase.class), EnumSet.allOf(Level.class), ACTIONS);
    }
}
