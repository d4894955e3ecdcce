/**
 * One comments component for every tool and for the initiative page itself (issue 15, ADR 11): threads of comments
 * with one level of replies, mentions of the initiative's members (a {@code platform.Notification} of kind MENTION),
 * editing by the author within 15 minutes, reports that hide a comment for review, facilitators who hide and
 * restore, three orders, and a switch per tool instance and per initiative page. A tool attaches a thread with
 * {@link org.cocrea.comments.Comments#thread} and {@code @template.comments.thread(...)}; who may write is the role
 * its {@code Tool#actions()} allows for the action {@value org.cocrea.comments.Comments#ACTION}; who may read is who
 * may read the tool instance or the initiative, asked of {@link org.cocrea.initiatives.Initiatives} on every
 * request. The initiative page shows its thread through the initiatives module's
 * {@link org.cocrea.initiatives.InitiativeSection}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Comments",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.comments;
