package org.cocrea.initiatives.core;

import java.time.LocalDate;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.CareTeamChanged;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.invitations.InvitationRepository;
import org.cocrea.initiatives.timeline.PhaseAnnouncer;
import org.cocrea.initiatives.timeline.PhaseMove;
import org.cocrea.initiatives.timeline.TimelineRepository;
import org.cocrea.initiatives.timeline.TimelineRules;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Changes to initiatives, each checked against the person asking. Someone who may not see an initiative
 * gets "not found", so private initiatives are never revealed; someone who sees it but may not act gets 403.
 */
@Service
public class InitiativeService {
    private final InitiativeRepository initiatives;
    private final TimelineRepository timeline;
    private final MembershipRepository members;
    private final ToolInstanceRepository instances;
    private final Initiatives api;
    private final Accounts accounts;
    private final PhaseAnnouncer announcer;
    private final InvitationRepository invitations;
    private final org.springframework.context.ApplicationEventPublisher events;

    InitiativeService(
            InitiativeRepository initiatives,
            TimelineRepository timeline,
            MembershipRepository members,
            ToolInstanceRepository instances,
            Initiatives api,
            Accounts accounts,
            PhaseAnnouncer announcer,
            InvitationRepository invitations,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.initiatives = initiatives;
        this.timeline = timeline;
        this.members = members;
        this.instances = instances;
        this.api = api;
        this.accounts = accounts;
        this.announcer = announcer;
        this.invitations = invitations;
    }

    /** Professionals create initiatives for their own organisation (admins for any); the creator owns it. */
    @Transactional
    public long create(SignedInPerson me, InitiativeRepository.Details details, InitiativeTemplate template) {
        requireMayCreateFor(me, details.organisationId());
        if (template != null && template.level() != details.level()) {
            throw new Refused("template", "template.level");
        }
        long id = initiatives.insert(details, Status.DRAFT, me.personId());
        members.put(id, me.personId(), MemberRole.OWNER);
        if (template != null) {
            apply(id, details.level(), template);
        }
        return id;
    }

    /** Lays the template's phases end to end from today, with its tools in every phase they suit. */
    private void apply(long id, Level level, InitiativeTemplate template) {
        LocalDate start = today();
        for (var step : template.steps()) {
            LocalDate end = start.plusDays(step.days() - 1L);
            timeline.add(id, new TimelinePhase(1, step.phase(), start, end));
            for (String toolId : template.tools()) {
                api.tool(toolId)
                        .filter(t -> t.suits(step.phase(), level))
                        .ifPresent(t -> instances.add(id, step.phase(), t.id()));
            }
            start = end.plusDays(1);
        }
    }

    @Transactional
    public void update(SignedInPerson me, long id, InitiativeRepository.Details details) {
        Initiative i = manageable(me, id);
        if (details.organisationId() != i.organisationId()) {
            throw new Refused("organisationId", "initiative.organisation.fixed");
        }
        // The level decides who may see the initiative and which roles and tools it has: changing it would,
        // say, make a citizen's private plan public. An initiative of another level is a new initiative.
        if (details.level() != i.level()) {
            throw new Refused("level", "initiative.level.fixed");
        }
        initiatives.update(id, details);
    }

    @Transactional
    public void addPhase(SignedInPerson me, long id, TimelinePhase phase) {
        manageable(me, id);
        TimelineRules.check(timeline.of(id), phase);
        try {
            timeline.add(id, phase);
        } catch (DuplicateKeyException e) {
            throw new Refused("phase", "timeline.phase.twice");
        }
        initiatives.touch(id);
        announcer.announceIfChanged(id);
    }

    /**
     * What "move to the next phase" of an initiative the caller may manage ({@link #manageable}) would do now, for
     * the confirmation page; refused (nothing to confirm) when there is no active phase or the move would break
     * the timeline's rules.
     */
    public static PhaseMove nextPhase(Initiative i) {
        LocalDate today = today();
        Phase active = i.activePhase(today).orElseThrow(() -> new Refused("phase", "journey.next.none"));
        int cycle = i.activeCycle(today).orElseThrow(() -> new Refused("phase", "journey.next.none"));
        return TimelineRules.nextPhase(i.timeline(), active, cycle, today);
    }

    /**
     * Ends the active phase and starts the next one today, as the confirmation page said: {@code from} names the
     * active phase the facilitator confirmed ("cycle:phase"), so a confirmation that another facilitator's move
     * or the calendar has overtaken is refused rather than applied to another phase. The facilitator's choice of
     * active phase is dropped: from now on the dates decide, and followers are told of the new phase.
     */
    @Transactional
    public PhaseMove moveToNextPhase(SignedInPerson me, long id, String from) {
        manageable(me, id);
        initiatives.lock(id);
        Initiative i = initiatives.find(id).orElseThrow(NotFound::new);
        PhaseMove move = nextPhase(i);
        String confirmed = move.ending().cycle() + ":" + move.ending().phase().code();
        if (!confirmed.equals(from)) {
            throw new Refused("phase", "journey.next.changed");
        }
        timeline.setDates(id, move.ending());
        if (move.planned()) {
            timeline.setDates(id, move.next());
        } else {
            timeline.add(id, move.next());
        }
        initiatives.setOverride(id, null, null);
        announcer.announceIfChanged(id);
        return move;
    }

    @Transactional
    public void removePhase(SignedInPerson me, long id, int cycle, Phase phase) {
        Initiative i = manageable(me, id);
        TimelineRules.checkRemoval(i.timeline(), cycle, phase);
        timeline.remove(id, cycle, phase);
        boolean chosen = phase == i.activePhaseOverride()
                && (i.activeCycleOverride() == null || i.activeCycleOverride() == cycle);
        if (chosen) {
            initiatives.setOverride(id, null, null);
        }
        announcer.announceIfChanged(id);
    }

    @Transactional
    public void publish(SignedInPerson me, long id) {
        Initiative i = manageable(me, id);
        if (i.status() != Status.DRAFT) {
            throw new Refused("status", "initiative.publish.notDraft");
        }
        move(i, Status.OPEN);
    }

    @Transactional
    public void setStatus(SignedInPerson me, long id, Status status) {
        move(manageable(me, id), status);
    }

    /**
     * Every change of status goes through here: only the moves {@link Status#mayBecome} allows, and opening a
     * draft needs a phase. The UPDATE is conditional on the status read, so of two facilitators acting at
     * once the second is refused rather than making a move that was never checked.
     */
    private void move(Initiative i, Status next) {
        if (i.status() == Status.DRAFT && next == Status.OPEN && i.timeline().isEmpty()) {
            throw new Refused("status", "initiative.publish.noPhases");
        }
        if (!i.status().mayBecome(next) || !initiatives.setStatus(i.id(), i.status(), next)) {
            throw new Refused("status", "initiative.status.notAllowed");
        }
        announcer.announceIfChanged(i.id());
    }

    /**
     * A facilitator's choice of active phase; {@code null} lets the dates decide again. A phase may be on the
     * timeline once per cycle, so the choice names the cycle too; without one, the latest cycle holding the
     * phase is meant.
     */
    @Transactional
    public void setActivePhase(SignedInPerson me, long id, Phase phase, Integer cycle) {
        Initiative i = manageable(me, id);
        Integer chosenCycle = null;
        if (phase != null) {
            chosenCycle = i.timeline().stream()
                    .filter(p -> p.phase() == phase && (cycle == null || p.cycle() == cycle))
                    .map(TimelinePhase::cycle)
                    .max(Integer::compare)
                    .orElseThrow(() -> new Refused("phase", "timeline.phase.absent"));
        }
        initiatives.setOverride(id, phase, chosenCycle);
        announcer.announceIfChanged(id);
    }

    @Transactional
    public long addTool(SignedInPerson me, long id, Phase phase, String toolId) {
        Initiative i = manageable(me, id);
        Tool tool = api.tool(toolId == null ? "" : toolId).orElseThrow(() -> new Refused("tool", "tool.unknown"));
        if (phase == null || !i.phases().contains(phase)) {
            throw new Refused("phase", "timeline.phase.absent");
        }
        if (!tool.suits(phase, i.level())) {
            throw new Refused("tool", "tool.unsuited");
        }
        try {
            long instance = instances.add(id, phase, tool.id());
            initiatives.touch(id);
            return instance;
        } catch (DuplicateKeyException e) {
            throw new Refused("tool", "tool.twice");
        }
    }

    /** Collective initiatives are open to join; group ones only for invited people. */
    @Transactional
    public void join(SignedInPerson me, long id) {
        Initiative i = visible(me, id);
        if (members.role(id, me.personId()).isPresent()) {
            return;
        }
        boolean open = i.level() == Level.COLLECTIVE && i.status() == Status.OPEN;
        boolean invited = i.level() == Level.GROUP && members.isInvited(id, me.personId());
        if (!open && !invited) {
            throw new Refused("join", "join.notOpen");
        }
        api.requireCounts(me, "join");
        members.put(id, me.personId(), MemberRole.MEMBER);
        // Joined from the page: the invitation mailed to this account is used up, its link admits nobody else.
        invitations.useAllOf(id, me.personId(), InitiativeRepository.now());
    }

    /**
     * Many people joining an open collective initiative at once (imports, the demo-data generator): the rule
     * of {@link #join} checked once, people who already have a role keep it, and only people whose address is
     * confirmed join ({@link Initiatives#counts}). Returns how many joined.
     */
    @Transactional
    public int joinAll(long id, java.util.List<Long> people) {
        Initiative i = initiatives.find(id).orElseThrow(NotFound::new);
        if (i.level() != Level.COLLECTIVE || i.status() != Status.OPEN) {
            throw new Refused("join", "join.notOpen");
        }
        var existing = members.roles(id, people).keySet();
        var counting = api.counting(people);
        var joining = people.stream()
                .distinct()
                .filter(p -> !existing.contains(p) && counting.contains(p))
                .toList();
        members.addAll(id, joining, MemberRole.MEMBER);
        return joining.size();
    }

    /**
     * A request to join a group initiative, from someone who may know that it exists (invited, or an admin:
     * group initiatives are listed to their members only). Anyone else gets "not found", exactly as for an id
     * that does not exist, so that trying ids does not tell which are group initiatives. Individual initiatives
     * take no requests either.
     */
    @Transactional
    public void requestToJoin(SignedInPerson me, long id) {
        Initiative i = initiatives.find(id).filter(x -> api.mayKnow(x, me)).orElseThrow(NotFound::new);
        if (i.level() != Level.GROUP || i.status() != Status.OPEN) {
            if (!api.maySee(i, me)) {
                throw new NotFound();
            }
            throw new Refused("join", "join.request.notGroup");
        }
        api.requireCounts(me, "join");
        if (members.role(id, me.personId()).isEmpty()) {
            members.request(id, me.personId());
        }
    }

    @Transactional
    public void answerRequest(SignedInPerson me, long id, long personId, boolean accept) {
        manageable(me, id);
        if (!members.hasRequested(id, personId)) {
            throw new NotFound();
        }
        if (accept) {
            members.put(id, personId, MemberRole.MEMBER);
        } else {
            members.declineRequest(id, personId);
        }
    }

    /**
     * Adds a person by email. For group initiatives an ordinary member is invited and joins by accepting;
     * other roles are given directly. Citizen and proxy belong to individual initiatives only; the citizen
     * may add proxies themselves. The citizen of an individual initiative is named once, while it has none, and
     * is then fixed: nobody changes their role or gives the role to another account (an administrator reassigns
     * a plan with a stated reason instead, {@link Initiatives#reassignCitizen}). A proxy added here acts only with
     * the citizen's consent ({@link Initiatives#role}).
     */
    @Transactional
    public boolean addMember(SignedInPerson me, long id, String email, MemberRole role) {
        return addMember(me, id, email, role, null);
    }

    @Transactional
    public boolean addMember(SignedInPerson me, long id, String email, MemberRole role, String from) {
        Initiative i = visible(me, id);
        var mine = api.role(id, me);
        // The person an individual plan is about chooses their own proxies (family or carers they consent to).
        boolean citizenChoosesProxy = i.level() == Level.INDIVIDUAL
                && role == MemberRole.PROXY
                && mine.filter(r -> r == MemberRole.CITIZEN).isPresent();
        if (!citizenChoosesProxy && !Access.mayManage(mine)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (role == null) {
            throw new Refused("role", "member.role.unknown");
        }
        boolean personal = role == MemberRole.CITIZEN || role == MemberRole.PROXY;
        if (personal && i.level() != Level.INDIVIDUAL) {
            throw new Refused("role", "member.role.individualOnly");
        }
        Person person = accounts.personByEmail(email)
                .filter(p -> !p.deleted())
                .orElseThrow(() -> new Refused("email", "member.unknown"));
        if (role != MemberRole.OWNER && isLastOwner(id, person.id())) {
            throw new Refused("role", "member.lastOwner");
        }
        var before = members.role(id, person.id()).orElse(null);
        if (i.level() == Level.INDIVIDUAL) {
            requireCitizenKept(id, person.id(), before, role);
        }
        if (i.level() == Level.GROUP && role == MemberRole.MEMBER) {
            if (before == null) {
                members.invite(id, person.id(), me.personId());
            }
            return false;
        }
        members.put(id, person.id(), role);
        if (i.level() == Level.INDIVIDUAL && before != role) {
            events.publishEvent(new CareTeamChanged(id, i.title(), person.id(), before, role, me.personId(), from));
        }
        return true;
    }

    /**
     * The citizen of an individual initiative is fixed once named: their role never changes, and the role is given
     * only while there is no citizen, to someone who has no role in the initiative yet.
     */
    private void requireCitizenKept(long id, long personId, MemberRole before, MemberRole after) {
        if (before == MemberRole.CITIZEN && after != MemberRole.CITIZEN) {
            throw new Refused("role", "member.citizen.fixed");
        }
        if (after == MemberRole.CITIZEN && before != MemberRole.CITIZEN) {
            initiatives.lock(id);
            if (before != null || api.citizen(id).isPresent()) {
                throw new Refused("role", "member.citizen.fixed");
            }
        }
    }

    @Transactional
    public void removeMember(SignedInPerson me, long id, long personId, String from) {
        Initiative i = manageable(me, id);
        if (isLastOwner(id, personId)) {
            throw new Refused("member", "member.lastOwner");
        }
        var before = members.role(id, personId).orElse(null);
        if (i.level() == Level.INDIVIDUAL && before == MemberRole.CITIZEN) {
            throw new Refused("member", "member.citizen.fixed");
        }
        members.remove(id, personId);
        if (i.level() == Level.INDIVIDUAL && before != null) {
            events.publishEvent(new CareTeamChanged(id, i.title(), personId, before, null, me.personId(), from));
        }
    }

    /** An initiative always keeps an owner: the last one can be neither removed nor demoted. */
    private boolean isLastOwner(long id, long personId) {
        return members.role(id, personId).filter(r -> r == MemberRole.OWNER).isPresent()
                && members.members(id).stream()
                                .filter(m -> m.role() == MemberRole.OWNER)
                                .count()
                        == 1;
    }

    @Transactional
    public void follow(SignedInPerson me, long id, boolean follow) {
        visible(me, id);
        if (follow) {
            members.follow(id, me.personId());
        } else {
            members.unfollow(id, me.personId());
        }
    }

    public Initiative visible(SignedInPerson me, long id) {
        var found = initiatives.find(id).orElseThrow(NotFound::new);
        if (!api.maySee(found, me)) {
            // A proxy knows the initiative exists; without the citizen's consent they are refused, not misled.
            if (api.awaitsConsent(id, me)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            throw new NotFound();
        }
        return found;
    }

    public Initiative manageable(SignedInPerson me, long id) {
        Initiative i = visible(me, id);
        if (!Access.mayManage(api.role(id, me))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return i;
    }

    void requireMayCreateFor(SignedInPerson me, long organisationId) {
        if (me == null || !me.isProfessional()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Optional<Long> own = accounts.person(me.personId()).map(Person::organisationId);
        if (!me.isAdmin() && !own.equals(Optional.of(organisationId))) {
            throw new Refused("organisationId", "initiative.organisation.notYours");
        }
        if (accounts.organisation(organisationId).isEmpty()) {
            throw new Refused("organisationId", "initiative.organisation.unknown");
        }
    }

    public static LocalDate today() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }
}
