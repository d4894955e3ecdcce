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
        List<Thread> threads,
        List<Attachment> attachments,
        Map<Long, String> names,
        Mine mine,
        boolean signedIn,
        boolean mayComment,
        boolean maySupport,
        boolean moderates,
        boolean isAuthor,
        List<String> reports,
        org.cocrea.platform.Picture picture) {

    /** A top-level comment and its replies. */
    public record Thread(IdeaComment comment, List<IdeaComment> replies) {}

    public String name(Long personId) {
        return personId == null ? "" : names.getOrDefault(personId, "");
    }

    public String base() {
        return "/ideas/" + instance.id() + "/" + idea.id();
    }

    static List<Thread> threads(List<IdeaComment> comments) {
        return comments.stream()
                .filter(c -> c.parentId() == null)
                .map(c -> new Thread(
                        c,
                        comments.stream()
                                .filter(r -> c.id() == (r.parentId() == null ? -1 : r.parentId()))
                                .toList()))
                .toList();
    }
}
