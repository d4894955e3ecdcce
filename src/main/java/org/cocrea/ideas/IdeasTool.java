package org.cocrea.ideas;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The proposals tool: co-commissioning and co-design, collective and group levels. Members propose, comment
 * and support; facilitators also propose and comment, answer officially and moderate. Reports and follows
 * are open to anyone signed in who may read the initiative, so they are not actions bound to a role.
 */
@Component
class IdeasTool extends DeclaredTool {
    static final String ID = "ideas";
    static final String PROPOSE = "propose";
    static final String COMMENT = org.cocrea.comments.Comments.ACTION;
    static final String SUPPORT = "support";
    static final String MODERATE = "moderate";

    static final Map<String, Set<MemberRole>> ACTIONS = Map.of(
            PROPOSE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
            COMMENT, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
            SUPPORT, EnumSet.of(MemberRole.MEMBER, MemberRole.CITIZEN),
            MODERATE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR));

    IdeasTool() {
        super(
                ID,
                EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_DESIGN),
                EnumSet.of(Level.COLLECTIVE, Level.GROUP),
                ACTIONS);
    }
}
