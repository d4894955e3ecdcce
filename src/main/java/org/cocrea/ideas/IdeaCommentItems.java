package org.cocrea.ideas;

import org.cocrea.comments.CommentItems;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Component;

/** A thread is about a proposal of the instance the person may read (a hidden one only for its author and moderators). */
@Component
class IdeaCommentItems implements CommentItems {
    private final Places places;

    IdeaCommentItems(Places places) {
        this.places = places;
    }

    @Override
    public String toolId() {
        return IdeasTool.ID;
    }

    @Override
    public boolean readable(ToolAccess access, String kind, long item) {
        var place = new Place(access);
        return Pages.COMMENTS.equals(kind) && places.readableHere(place, item);
    }
}
