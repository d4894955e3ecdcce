package org.cocrea.comments;

import org.cocrea.initiatives.ToolAccess;

/**
 * A tool's word on the items its threads may be about. The comments module's own routes name a tool instance, a
 * kind and an item id taken from the address; only the tool knows whether that item exists in the instance and
 * whether the person may read it (a hidden proposal, a document still being written). Every tool that attaches
 * comments implements this, and a thread whose tool says no, or has no implementation, is "not found": so nobody
 * comments by hand on an item they cannot see, or on one that does not exist.
 */
public interface CommentItems {
    /** The tool these items belong to ({@code Tool#id()}). */
    String toolId();

    /** Whether item {@code item} of kind {@code kind} is in the opened instance and readable by its person. */
    boolean readable(ToolAccess access, String kind, long item);
}
