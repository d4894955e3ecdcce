package org.cocrea.updates;

import java.util.EnumSet;
import java.util.Map;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/** The tool's declaration: any phase, any level; only owners and facilitators post. */
@Component
class UpdatesTool extends DeclaredTool {
    static final String ID = "updates";
    static final String POST = "post";

    UpdatesTool() {
        super(
                ID,
                EnumSet.allOf(Phase.class),
                EnumSet.allOf(Level.class),
                Map.of(
                        POST,
                        EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR),
                        // the comments module's action: members comment under the posts, as on the initiative page
                        org.cocrea.comments.Comments.ACTION,
                        EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN)),
                "json");
    }
}
