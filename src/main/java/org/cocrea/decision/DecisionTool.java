package org.cocrea.decision;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The tool's declaration. Decisions are taken where a plan, a service or a priority is agreed: co-design above all,
 * and co-commissioning and co-assessment; at every level (a care team decides too). Facilitators put proposals,
 * revise, close and write outcomes ("decide"); everyone with a role but observers takes a position.
 */
@Component
class DecisionTool extends DeclaredTool {
    static final String ID = "decision";
    static final String DECIDE = "decide";
    static final String POSITION = "position";
    /** Who may take a position: the members a share quorum counts. */
    static final Set<MemberRole> TAKERS = EnumSet.of(
            MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN, MemberRole.PROXY);

    DecisionTool() {
        super(
                ID,
                EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_DESIGN, Phase.CO_ASSESSMENT),
                EnumSet.allOf(Level.class),
                Map.of(DECIDE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR), POSITION, TAKERS));
    }
}
