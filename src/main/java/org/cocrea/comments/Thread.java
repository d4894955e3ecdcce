package org.cocrea.comments;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A thread as one person sees it, gathered in a fixed number of statements: its comments (each with its replies)
 * in the chosen order, the authors' names, what the person may do, the members they may mention (only for those
 * who may write, who are members themselves), and the page to come back to after a change.
 */
public record Thread(
        CommentTarget target,
        List<Entry> entries,
        Map<Long, String> names,
        CommentSort sort,
        Long me,
        boolean mayComment,
        boolean moderates,
        boolean open,
        List<String> mentionable,
        String back,
        Long editing,
        Instant now) {

    /** A top-level comment with its replies, oldest first. */
    public record Entry(Comment comment, List<Comment> replies) {}

    public boolean signedIn() {
        return me != null;
    }

    public String name(Long personId) {
        return personId == null ? "" : names.getOrDefault(personId, "");
    }

    public boolean isAuthor(Comment c) {
        return me != null && c.authorId() != null && c.authorId().longValue() == me;
    }

    /** Hidden comments are read by facilitators, who review them, and by their author. */
    public boolean shows(Comment c) {
        return !c.hidden() || moderates || isAuthor(c);
    }

    public boolean mayEdit(Comment c) {
        return mayComment && isAuthor(c) && c.editableAt(now);
    }

    /** Whether the page shows the edit form of {@code c} (its author asked for it and may still change it). */
    public boolean editing(Comment c) {
        return editing != null && editing == c.id() && mayEdit(c);
    }

    /** The link that opens the edit form of {@code c} on the page that shows the thread. */
    public String editLink(Comment c) {
        return pagePath() + "?" + Comments.EDIT + "=" + c.id() + "&" + Comments.SORT + "=" + sort.code() + "#comment-"
                + c.id();
    }

    private String pagePath() {
        String page = back.contains("#") ? back.substring(0, back.indexOf('#')) : back;
        return page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
    }

    public boolean mayReport(Comment c) {
        return signedIn() && !isAuthor(c) && !c.reportedByMe() && !c.hidden();
    }

    /** How many comments and replies the person can read. */
    public long count() {
        return entries.stream()
                .mapToLong(e -> (shows(e.comment()) ? 1 : 0)
                        + e.replies().stream().filter(this::shows).count())
                .sum();
    }

    /** The link that shows the thread in another order, on the page that shows it. */
    public String sortLink(CommentSort order) {
        return pagePath() + "?" + Comments.SORT + "=" + order.code() + "#" + target.domId();
    }
}
