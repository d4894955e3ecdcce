package org.cocrea.initiatives.web;

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
        var tools = instances.of(i.id());
        var steps = i.timeline().stream()
                .map(p -> new InitiativePage.Step(
                        p,
                        p.phase() == active && activeCycle != null && p.cycle() == activeCycle,
                        tools.stream()
                                .filter(t -> t.phase() == p.phase())
                                .flatMap(t -> api.tool(t.toolId()).stream()
                                        .map(tool -> new InitiativePage.ToolLink(
                                                tool.nameKey(),
                                                tool.path(t),
                                                tool.exports().stream()
                                                        .map(f -> new InitiativePage.ExportLink(
                                                                f, tool.exportPath(t, f), tool.exportReady(t)))
                                                        .toList())))
                                .toList(),
                        manage
                                ? api.tools().stream()
                                        .filter(t -> t.suits(p.phase(), i.level()))
                                        .filter(t -> tools.stream()
                                                .noneMatch(x -> x.phase() == p.phase()
                                                        && x.toolId().equals(t.id())))
                                        .toList()
                                : List.of()))
                .toList();
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
                signedIn && members.hasRequested(i.id(), me.personId()),
                memberships.size() < InitiativePage.MEMBERS_SHOWN ? memberships.size() : members.count(i.id()));
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
