package org.cocrea.drafts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The shared drafts tool: co-design (and co-commissioning), collective and group levels. Facilitators start
 * documents (members too when the instance's settings say so), decide amendments and publish the final version;
 * members and facilitators propose amendments, support them and comment on them (the comments module's
 * thread under each amendment).
 */
@Component
class DraftsTool extends DeclaredTool {
    static final String ID = "drafts";
    static final String START = "start";
    static final String AMEND = "amend";
    static final String SUPPORT = "support";
    static final String DECIDE = "decide";

    private static final Set<MemberRole> TAKING_PART =
            EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN);

    static final Map<String, Set<MemberRole>> ACTIONS = Map.of(
            START,
            TAKING_PART,
            AMEND,
            TAKING_PART,
            SUPPORT,
            TAKING_PART,
            DECIDE,
            EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR),
            org.cocrea.comments.Comments.ACTION,
            TAKING_PART);

    DraftsTool() {
        super(
                ID,
                EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_DESIGN),
                EnumSet.of(Level.COLLECTIVE, Level.GROUP),
                ACTIONS);
    }
}
