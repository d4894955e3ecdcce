package org.cocrea.updates;

import org.cocrea.comments.CommentItems;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Component;

/** The updates tool has one thread per instance, about the instance itself. */
@Component
class UpdatesCommentItems implements CommentItems {
    static final String KIND = "updates";

    @Override
    public String toolId() {
        return UpdatesTool.ID;
    }

    @Override
    public boolean readable(ToolAccess access, String kind, long item) {
        return KIND.equals(kind) && item == access.id();
    }
}
