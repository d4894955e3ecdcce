package org.cocrea.drafts;

import org.cocrea.comments.CommentItems;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.springframework.stereotype.Component;

/** A thread is about an amendment of a document of this instance that the person may read. */
@Component
class AmendmentCommentItems implements CommentItems {
    private final DraftRepository drafts;
    private final DraftService service;

    AmendmentCommentItems(DraftRepository drafts, DraftService service) {
        this.drafts = drafts;
        this.service = service;
    }

    @Override
    public String toolId() {
        return DraftsTool.ID;
    }

    @Override
    public boolean readable(ToolAccess access, String kind, long item) {
        if (!DraftsController.KIND.equals(kind)) {
            return false;
        }
        var document = drafts.documentOfAmendment(access.id(), item);
        if (document.isEmpty()) {
            return false;
        }
        try {
            service.readable(access, document.get());
            return true;
        } catch (NotFound unreadable) {
            return false;
        }
    }
}
