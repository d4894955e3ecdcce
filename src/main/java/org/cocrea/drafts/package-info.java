/**
 * The shared drafts tool ("drafts", UI "Bozze condivise" / "Shared drafts", ADR 0012): a document in sections and
 * paragraphs (Markdown, rendered sanitised), written by a facilitator (or, when the instance allows it, any member)
 * with named co-authors, then published for amendments (replace, add after, delete a paragraph) that members
 * support and facilitators accept or reject with a public reason. Every accepted amendment adds an immutable
 * version; any two versions are compared word by word ({@link org.cocrea.drafts.Diff}, java-diff-utils). The
 * amendments are discussed in the comments module's threads (kind "amendment"). The
 * final version is the phase's outcome and downloads as a PDF. Every permission is asked of {@link
 * org.cocrea.initiatives.Initiatives}; names come from {@link org.cocrea.accounts.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared drafts tool",
        allowedDependencies = {"platform", "accounts", "initiatives", "comments"})
package org.cocrea.drafts;
