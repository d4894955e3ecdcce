package org.cocrea.initiatives.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Department;
import org.cocrea.accounts.Organisation;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.core.Member;
import org.cocrea.initiatives.core.MembershipRepository;
import org.cocrea.initiatives.core.ToolInstanceRepository;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Component;

/** Builds the {@link InitiativePage} of a visible initiative for one viewer. */
@Component
public class PageAssembler {
    private final Initiatives api;
    private final MembershipRepository members;
    private final ToolInstanceRepository instances;
    private final Accounts accounts;

    PageAssembler(Initiatives api, MembershipRepository members, ToolInstanceRepository instances, Accounts accounts) {
        this.api = api;
        this.members = members;
        this.instances = instances;
        this.accounts = accounts;
    }

    InitiativePage page(Initiative i, SignedInPerson me) {
        MemberRole role = api.role(i.id(), me).orElse(null);
        boolean manage = role != null && role.facilitates();
        Phase active = i.activePhase(InitiativeService.today()).orElse(null);
        Integer activeCycle = i.activeCycle(InitiativeService.today()).orElse(null);
        var tools = instances.ofOnce(i.id());
        LocalDate today = InitiativeService.today();
        int activePosition = i.timeline().stream()
                .filter(p -> p.phase() == active && activeCycle != null && p.cycle() == activeCycle)
                .mapToInt(TimelinePhase::position)
                .findFirst()
                .orElse(-1);
        var steps = new java.util.ArrayList<InitiativePage.Step>();
        boolean nextTaken = false;
        for (TimelinePhase p : i.timeline().stream()
                .sorted(Comparator.comparingInt(TimelinePhase::position))
                .toList()) {
            InitiativePage.State state;
            if (p.position() == activePosition) {
                state = InitiativePage.State.ACTIVE;
            } else if (activePosition >= 0
                    ? p.position() < activePosition
                    : p.end().isBefore(today)) {
                state = InitiativePage.State.PAST;
            } else if (!nextTaken) {
                state = InitiativePage.State.NEXT;
                nextTaken = true;
            } else {
                state = InitiativePage.State.LATER;
            }
            steps.add(new InitiativePage.Step(p, state, links(tools, p.phase()), addable(i, p.phase(), tools, manage)));
        }
        // A public initiative may have thousands of members: the page lists the first ones and counts the rest.
        var memberships = members.members(i.id(), InitiativePage.MEMBERS_SHOWN);
        Map<Long, Person> people = accounts.people(memberships.stream()
                .map(MembershipRepository.Membership::personId)
                .toList());
        var memberList = memberships.stream()
                .map(m -> new Member(m.personId(), name(people.get(m.personId())), m.role()))
                .toList();
        var requests = manage ? requests(i.id()) : List.<Member>of();
        boolean signedIn = me != null;
        boolean open = i.status() == Status.OPEN;
        boolean invited = signedIn && role == null && members.isInvited(i.id(), me.personId());
        return new InitiativePage(
                i,
                accounts.organisation(i.organisationId())
                        .map(Organisation::name)
                        .orElse(""),
                i.departmentId() == null
                        ? null
                        : accounts.department(i.departmentId())
                                .map(Department::name)
                                .orElse(null),
                active,
                steps,
                memberList,
                requests,
                role,
                signedIn && members.isFollowing(i.id(), me.personId()),
                manage,
                signedIn && role == null && open && (i.level() == Level.COLLECTIVE || invited),
                signedIn && role == null && open && i.level() == Level.GROUP && !invited,
                // only people outside a group initiative ask to join it (requestToJoin refuses any other)
                signedIn && role == null && i.level() == Level.GROUP && members.hasRequested(i.id(), me.personId()),
                memberships.size() < InitiativePage.MEMBERS_SHOWN ? memberships.size() : members.count(i.id()));
    }

    /** The tools placed in the phase, each with its downloads; a tool sits in a phase whatever the cycle. */
    private List<InitiativePage.ToolLink> links(List<ToolInstance> tools, Phase phase) {
        return tools.stream()
                .filter(t -> t.phase() == phase)
                .flatMap(t -> api.tool(t.toolId()).stream()
                        .map(tool -> new InitiativePage.ToolLink(
                                tool.nameKey(),
                                tool.path(t),
                                tool.exports().stream()
                                        .map(f -> new InitiativePage.ExportLink(
                                                f, tool.exportPath(t, f), tool.exportReady(t)))
                                        .toList())))
                .toList();
    }

    /** For facilitators: the tools that suit the phase and are not in it yet. */
    private List<Tool> addable(Initiative i, Phase phase, List<ToolInstance> tools, boolean manage) {
        if (!manage) {
            return List.of();
        }
        return api.tools().stream()
                .filter(t -> t.suits(phase, i.level()))
                .filter(t -> tools.stream()
                        .noneMatch(x -> x.phase() == phase && x.toolId().equals(t.id())))
                .toList();
    }

    private List<Member> requests(long id) {
        var ids = members.requests(id);
        var people = accounts.people(ids);
        return ids.stream()
                .map(p -> new Member(p, name(people.get(p)), MemberRole.MEMBER))
                .toList();
    }

    private static String name(Person p) {
        return p == null || p.deleted() ? "—" : p.name();
    }
}
