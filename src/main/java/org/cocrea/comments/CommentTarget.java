package org.cocrea.comments;

import java.util.regex.Pattern;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolAccess;

/**
 * What a thread is about: the initiative page itself ({@link #initiative}), or an item of a tool instance
 * ({@link #of}): a kind, the tool's word for its item ("idea", "update", "amendment", "feature"), and the item's
 * id. A thread is always read together with its tool instance, so an item of another instance never shows a
 * thread written elsewhere.
 */
public record CommentTarget(long initiativeId, Long toolInstanceId, String kind, long itemId) {
    /** The kind of the initiative page's own thread. */
    public static final String INITIATIVE = "initiative";

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public CommentTarget {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a comment kind is a lower-case word: " + kind);
        }
        if (INITIATIVE.equals(kind) != (toolInstanceId == null)) {
            throw new IllegalArgumentException("only the initiative page has no tool instance");
        }
    }

    /** The thread about item {@code itemId} of the kind {@code kind} in the tool instance {@code access} opened. */
    public static CommentTarget of(ToolAccess access, String kind, long itemId) {
        return new CommentTarget(access.initiative().id(), access.id(), kind, itemId);
    }

    /** The initiative page's own thread. */
    public static CommentTarget initiative(Initiative initiative) {
        return new CommentTarget(initiative.id(), null, INITIATIVE, initiative.id());
    }

    public boolean onInitiativePage() {
        return toolInstanceId == null;
    }

    /** The address of this thread's own page, where a refused comment is shown again and moderators decide. */
    public String path() {
        return onInitiativePage()
                ? "/comments/initiative/" + initiativeId
                : "/comments/tool/" + toolInstanceId + "/" + kind + "/" + itemId;
    }

    /** What a per-instance switch is keyed by: the tool instance, or the initiative page. */
    String scope() {
        return onInitiativePage() ? "initiative:" + initiativeId : "tool:" + toolInstanceId;
    }

    /** A prefix for the ids of the elements of this thread, unique on a page showing several threads. */
    public String domId() {
        return "comments-" + kind + "-" + itemId;
    }
}
