package org.cocrea.ideas;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Component;

/**
 * The proposals tool: co-commissioning and co-design, collective and group levels. Members propose, comment
 * and support; facilitators also propose and comment, answer officially and moderate. Reports and follows
 * are open to anyone signed in who may read the initiative, so they are not actions bound to a role.
 */
@Component
class IdeasTool implements Tool {
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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "ideas.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_DESIGN);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.of(Level.COLLECTIVE, Level.GROUP);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return ACTIONS;
    }

    @Override
    public String path(ToolInstance instance) {
        return "/ideas/" + instance.id();
    }

    @Override
    public List<String> exports() {
        return List.of();
    }
}
