package org.cocrea.opinions;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The opinion mapping tool: co-commissioning, co-design and co-assessment, collective and group levels. Members
 * vote and submit statements; facilitators also seed statements, moderate, choose the settings, import and export.
 */
@Component
class OpinionsTool extends DeclaredTool {
    static final String ID = "opinions";
    static final String VOTE = "vote";
    static final String SUBMIT = "submit";
    static final String MODERATE = "moderate";

    static final Map<String, Set<MemberRole>> ACTIONS = Map.of(
            VOTE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
            SUBMIT, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
            MODERATE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR));

    OpinionsTool() {
        super(
                ID,
                EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_DESIGN, Phase.CO_ASSESSMENT),
                EnumSet.of(Level.COLLECTIVE, Level.GROUP),
                ACTIONS,
                "zip");
    }
}
