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

    /**
     * A step of the journey with the tools placed in its phase (linked, in past phases too) and, for
     * facilitators, the tools that suit it.
     */
    public record Step(TimelinePhase phase, State state, List<ToolLink> tools, List<Tool> addable) {
        public boolean active() {
            return state == State.ACTIVE;
        }
    }

    /** Where a step stands: done, the active one, the one that comes next, or later. */
    public enum State {
        PAST,
        ACTIVE,
        NEXT,
        LATER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether the timeline has more than one cycle, so each step names its cycle. */
    public boolean cycles() {
        return steps.stream().anyMatch(s -> s.phase().cycle() > 1);
    }

    /** A facilitator may move on to the next phase of the service cycle from the active one. */
    public boolean mayMoveOn() {
        return manage && activePhase != null;
    }

    /** The phase of the service cycle after the active one (co-commissioning again after co-assessment). */
    public Phase phaseAfterActive() {
        return activePhase == null ? null : Phase.values()[(activePhase.ordinal() + 1) % Phase.values().length];
    }

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
