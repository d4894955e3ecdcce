package org.cocrea.initiatives.web;

import java.util.List;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.core.Member;

/** Everything the initiative page shows, decided for the person looking at it. */
public record InitiativePage(
        Initiative initiative,
        String organisation,
        String department,
        Phase activePhase,
        List<Step> steps,
        List<Member> members,
        List<Member> requests,
        MemberRole myRole,
        boolean following,
        boolean manage,
        boolean mayJoin,
        boolean mayRequest,
        boolean requested,
        long memberCount) {

    /** How many members the page lists; the others are counted ("and N more"). */
    public static final int MEMBERS_SHOWN = 100;

    public long moreMembers() {
        return memberCount - members.size();
    }

    /** A step of the timeline with the tools placed in its phase and, for facilitators, the tools that suit it. */
    public record Step(TimelinePhase phase, boolean active, List<ToolLink> tools, List<Tool> addable) {}

    public record ToolLink(String nameKey, String href, List<ExportLink> exports) {}

    /** A download a tool declares ({@link Tool#exports()}): its format name and where to get it. */
    public record ExportLink(String format, String href, boolean ready) {}

    /** The statuses a facilitator may move the initiative to from its current one (none once archived). */
    public List<Status> nextStatuses() {
        return java.util.Arrays.stream(Status.values())
                .filter(s -> initiative.status().mayBecome(s))
                .toList();
    }

    public boolean signedInMember() {
        return myRole != null;
    }
}
