package org.cocrea.ideas;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolInstance;

/** Everything the proposal page shows, gathered in a fixed number of statements. */
public record IdeaPage(
        Initiative initiative,
        ToolInstance instance,
        Idea idea,
        IdeaSettings settings,
        org.cocrea.comments.Thread comments,
        List<Attachment> attachments,
        Map<Long, String> names,
        Mine mine,
        boolean signedIn,
        boolean maySupport,
        boolean moderates,
        boolean isAuthor,
        List<String> reports,
        org.cocrea.platform.Picture picture) {

    public String name(Long personId) {
        return personId == null ? "" : names.getOrDefault(personId, "");
    }

    public String base() {
        return "/ideas/" + instance.id() + "/" + idea.id();
    }
}
