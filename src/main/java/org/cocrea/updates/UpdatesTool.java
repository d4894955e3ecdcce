package org.cocrea.updates;

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

/** The tool's declaration: any phase, any level; only owners and facilitators post. */
@Component
class UpdatesTool implements Tool {
    static final String ID = "updates";
    static final String POST = "post";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "updates.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.allOf(Phase.class);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.allOf(Level.class);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return Map.of(
                POST,
                EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR),
                // the comments module's action: members comment under the posts, as on the initiative page
                org.cocrea.comments.Comments.ACTION,
                EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN));
    }

    @Override
    public String path(ToolInstance instance) {
        return "/updates/" + instance.id();
    }

    @Override
    public List<String> exports() {
        return List.of("json");
    }
}
