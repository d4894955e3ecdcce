package org.cocrea.decision;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Component;

/**
 * The tool's declaration. Decisions are taken where a plan, a service or a priority is agreed: co-design above all,
 * and co-commissioning and co-assessment; at every level (a care team decides too). Facilitators put proposals,
 * revise, close and write outcomes ("decide"); everyone with a role but observers takes a position.
 */
@Component
class DecisionTool implements Tool {
    static final String ID = "decision";
    static final String DECIDE = "decide";
    static final String POSITION = "position";
    /** Who may take a position: the members a share quorum counts. */
    static final Set<MemberRole> TAKERS = EnumSet.of(
            MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN, MemberRole.PROXY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "decision.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_DESIGN, Phase.CO_ASSESSMENT);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.allOf(Level.class);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return Map.of(DECIDE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR), POSITION, TAKERS);
    }

    @Override
    public String path(ToolInstance instance) {
        return "/decision/" + instance.id();
    }
}
