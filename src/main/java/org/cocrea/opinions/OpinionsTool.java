package org.cocrea.opinions;

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
 * The opinion mapping tool: co-commissioning, co-design and co-assessment, collective and group levels. Members
 * vote and submit statements; facilitators also seed statements, moderate, choose the settings, import and export.
 */
@Component
class OpinionsTool implements Tool {
    static final String ID = "opinions";
    static final String VOTE = "vote";
    static final String SUBMIT = "submit";
    static final String MODERATE = "moderate";

    static final Map<String, Set<MemberRole>> ACTIONS = Map.of(
            VOTE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
            SUBMIT, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
            MODERATE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "opinions.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_DESIGN, Phase.CO_ASSESSMENT);
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
        return "/opinions/" + instance.id();
    }

    @Override
    public List<String> exports() {
        return List.of("zip");
    }
}
