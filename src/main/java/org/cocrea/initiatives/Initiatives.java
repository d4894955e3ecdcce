package org.cocrea.initiatives;

import java.util.List;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.core.Access;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.core.MembershipRepository;
import org.cocrea.initiatives.core.ToolInstanceRepository;
import org.cocrea.initiatives.core.Viewer;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What other modules (tools above all) may ask about initiatives: who may see one, who may do what in a
 * tool instance. Every answer is decided here, so a tool never reads the initiatives' tables.
 */
@Service
public class Initiatives {
    private static final Logger LOG = LoggerFactory.getLogger(Initiatives.class);
    private final InitiativeRepository initiatives;
    private final MembershipRepository members;
    private final ToolInstanceRepository instances;
    private final org.cocrea.initiatives.core.ReachRepository reach;
    private final ObjectProvider<Tool> tools;
    private final ObjectProvider<ProxyConsent> consent;
    private final Accounts accounts;

    Initiatives(
            InitiativeRepository initiatives,
            MembershipRepository members,
            ToolInstanceRepository instances,
            org.cocrea.initiatives.core.ReachRepository reach,
            ObjectProvider<Tool> tools,
            ObjectProvider<ProxyConsent> consent,
            Accounts accounts) {
        this.initiatives = initiatives;
        this.members = members;
        this.instances = instances;
        this.reach = reach;
        this.tools = tools;
        this.consent = consent;
        this.accounts = accounts;
    }

    /**
     * Whether what {@code person} does counts: a vote, a ballot cast online, a support (of a proposal in a tool or
     * of a citizen proposal to an organisation), joining an initiative (open join, join request, invitation or join
     * link) and an answer to the factor questionnaire count only from a person whose e-mail address is confirmed.
     * This is the one place that decides it (finding 6: five throw-away accounts had raised a vote's ballots from 3
     * to 8 and isolated one answer behind a "never fewer than five" average); every participation route asks it
     * before storing anything and, when it answers no, refuses with {@link Refused#UNCONFIRMED}, whose page
     * offers to resend the confirmation mail. Asked of the database each time, so a confirmation counts at once.
     * Channels run by facilitators (voting codes, paper ballots) do not come through here: the person is in front
     * of them.
     */
    public boolean counts(SignedInPerson person) {
        if (person == null) {
            return false;
        }
        boolean confirmed = accounts.confirmed(person.personId());
        if (!confirmed) {
            // Asked only where someone tries to take part, so a burst of these shows throw-away accounts at work.
            LOG.info("Participation refused: person {} has not confirmed their address", person.personId());
        }
        return confirmed;
    }

    /** {@link #counts} for many people at once (imports, the demo-data generator): those whose acts count. */
    public java.util.Set<Long> counting(java.util.Collection<Long> people) {
        return accounts.confirmed(people);
    }

    /** {@link #counts} as a refusal: throws {@link Refused#UNCONFIRMED} on {@code field} when it does not count. */
    public void requireCounts(SignedInPerson person, String field) {
        if (!counts(person)) {
            throw new Refused(field, Refused.UNCONFIRMED);
        }
    }

    /** The initiative when {@code person} (null when anonymous) may read it; empty also when it does not exist. */
    /**
     * One page of the initiatives the person (or nobody) may see, most recently active first, and how many there
     * are: the lists' own query, for the JSON API of the {@code api} module.
     */
    public java.util.Map.Entry<List<Initiative>, Long> listed(SignedInPerson person, int page, int size) {
        var found = initiatives.search(org.cocrea.initiatives.core.InitiativeFilter.none(), viewer(person), page, size);
        return java.util.Map.entry(found.items(), found.total());
    }

    /** The organisation that owns the initiative, whoever may see it: for the owner's webhooks, never for pages. */
    public Optional<Long> organisationOf(long initiativeId) {
        return loaded(initiativeId).map(Initiative::organisationId);
    }

    public Optional<Initiative> visible(long id, SignedInPerson person) {
        return loaded(id).filter(i -> maySee(i, person));
    }

    /** The initiative read once per page: the tool a page opens and the sections other modules add ask for it too. */
    private Optional<Initiative> loaded(long id) {
        return org.cocrea.platform.PerRequest.get("initiatives.find." + id, () -> initiatives.find(id));
    }

    public boolean maySee(long id, SignedInPerson person) {
        return visible(id, person).isPresent();
    }

    /**
     * The person's role as far as it gives them any right: a proxy (who exists only in individual initiatives)
     * holds theirs only while the citizen consents to them acting for the citizen, so without that consent they
     * see and do nothing in the initiative, its page or any of its tools, exactly like someone without a role.
     * Every visibility and permission answer of this class goes through here.
     */
    public Optional<MemberRole> role(long initiativeId, SignedInPerson person) {
        return person == null
                ? Optional.empty()
                : org.cocrea.platform.PerRequest.get(
                                "initiatives.role." + initiativeId + "." + person.personId(),
                                () -> members.role(initiativeId, person.personId()))
                        .filter(r -> r != MemberRole.PROXY || proxyMayAct(initiativeId, person.personId()));
    }

    /**
     * Whether {@code person} is a proxy of the initiative whose citizen has not consented (or no longer consents)
     * to them acting: they know the initiative exists and are told why they cannot open it.
     */
    public boolean awaitsConsent(long initiativeId, SignedInPerson person) {
        return person != null
                && members.role(initiativeId, person.personId()).orElse(null) == MemberRole.PROXY
                && !proxyMayAct(initiativeId, person.personId());
    }

    /** Who is asking, for the visibility conditions of lists and search. */
    public Viewer viewer(SignedInPerson person) {
        if (person == null) {
            return new Viewer(null, java.util.Set.of());
        }
        var recorded = consent.getIfAvailable();
        return new Viewer(
                person.personId(),
                recorded == null ? java.util.Set.of() : recorded.initiativesActingFor(person.personId()));
    }

    private boolean proxyMayAct(long initiativeId, long personId) {
        var recorded = consent.getIfAvailable();
        return recorded != null && recorded.proxyMayAct(initiativeId, personId);
    }

    /**
     * The people with a role in an initiative and their roles, in the order they joined: for an individual
     * initiative, the citizen, their proxies (with or without the citizen's consent: see {@link #role}) and the
     * care team a tool may assign work to.
     */
    public java.util.Map<Long, MemberRole> roles(long initiativeId) {
        var roles = new java.util.LinkedHashMap<Long, MemberRole>();
        members.members(initiativeId).forEach(m -> roles.put(m.personId(), m.role()));
        return roles;
    }

    /**
     * Whether {@code person} may perform {@code action} in a tool instance: they must see the initiative, it
     * must not be archived, and their role must be one the tool binds to that action.
     */
    public boolean mayDo(SignedInPerson person, long toolInstanceId, String action) {
        if (person == null) {
            return false;
        }
        var instance = instances.find(toolInstanceId).orElse(null);
        var tool = instance == null ? null : tool(instance.toolId()).orElse(null);
        if (tool == null || !tool.actions().containsKey(action)) {
            return false;
        }
        var initiative = visible(instance.initiativeId(), person).orElse(null);
        if (initiative == null || initiative.status() == Status.ARCHIVED) {
            return false;
        }
        return role(initiative.id(), person)
                .map(r -> tool.actions().get(action).contains(r))
                .orElse(false);
    }

    /**
     * {@link #mayDo} for many people at once (imports, the demo-data generator): those of {@code people} whose
     * role lets them perform {@code action} in the tool instance. Having a role makes the initiative visible to
     * them, so the role decides, as in {@link #mayDo}; an archived initiative allows nobody.
     */
    public java.util.Set<Long> mayDoAll(java.util.Collection<Long> people, long toolInstanceId, String action) {
        var instance = instances.find(toolInstanceId).orElse(null);
        var tool = instance == null ? null : tool(instance.toolId()).orElse(null);
        if (tool == null || !tool.actions().containsKey(action)) {
            return java.util.Set.of();
        }
        var initiative = initiatives.find(instance.initiativeId()).orElse(null);
        if (initiative == null || initiative.status() == Status.ARCHIVED) {
            return java.util.Set.of();
        }
        var allowed = new java.util.HashSet<Long>();
        members.roles(initiative.id(), people).forEach((person, role) -> {
            boolean consented = role != MemberRole.PROXY || proxyMayAct(initiative.id(), person);
            if (consented && tool.actions().get(action).contains(role)) {
                allowed.add(person);
            }
        });
        return allowed;
    }

    /**
     * An administrator's reassignment of an individual initiative to another citizen (it was made for the wrong
     * account): the old citizen leaves, {@code newCitizen} becomes the citizen, whatever role they had. The
     * ordinary member forms never change the citizen ({@link InitiativeService#addMember}); the caller (the
     * plans module's reassignment page) checks the stated reason, logs it and tells both people. Returns the
     * old citizen, if there was one.
     */
    @org.springframework.transaction.annotation.Transactional
    public Optional<Long> reassignCitizen(SignedInPerson admin, long initiativeId, long newCitizen) {
        if (admin == null || !admin.isAdmin()) {
            throw new org.cocrea.platform.NotFound();
        }
        initiatives.lock(initiativeId);
        var initiative = initiatives.find(initiativeId).orElseThrow();
        if (initiative.level() != Level.INDIVIDUAL) {
            throw new org.cocrea.platform.Refused("email", "member.citizen.reassign.notIndividual");
        }
        var old = citizen(initiativeId);
        if (old.equals(Optional.of(newCitizen))) {
            throw new org.cocrea.platform.Refused("email", "member.citizen.reassign.same");
        }
        // The people who run the plan are never the person it is about.
        if (members.role(initiativeId, newCitizen)
                .filter(MemberRole::facilitates)
                .isPresent()) {
            throw new org.cocrea.platform.Refused("email", "member.citizen.reassign.team");
        }
        old.ifPresent(o -> members.remove(initiativeId, o));
        members.put(initiativeId, newCitizen, MemberRole.CITIZEN);
        return old;
    }

    /** The citizen of an individual initiative, once named. */
    public Optional<Long> citizen(long initiativeId) {
        return members.members(initiativeId).stream()
                .filter(m -> m.role() == MemberRole.CITIZEN)
                .map(MembershipRepository.Membership::personId)
                .findFirst();
    }

    /** The initiative when {@code person} may know that it exists: admins know every private one, for oversight. */
    public Optional<Initiative> known(long id, SignedInPerson person) {
        return initiatives.find(id).filter(i -> mayKnow(i, person));
    }

    /** How many members each initiative has, in one query, for lists that show only a count. */
    public java.util.Map<Long, Integer> teamSizes(java.util.Collection<Long> initiativeIds) {
        return members.counts(initiativeIds);
    }

    /**
     * Everything {@link #mayDo} would decide for each action of the tool, in one pass: empty when the instance
     * does not exist or the person may not see its initiative. Pages that show several actions ask this once.
     */
    public Optional<ToolAccess> toolAccess(SignedInPerson person, long toolInstanceId) {
        var instance = instances.find(toolInstanceId).orElse(null);
        var tool = instance == null ? null : tool(instance.toolId()).orElse(null);
        if (tool == null) {
            return Optional.empty();
        }
        // The role is read once and serves both the visibility rule and the actions.
        var roleFound = role(instance.initiativeId(), person);
        var initiative = loaded(instance.initiativeId())
                .filter(i -> Access.maySee(i, roleFound, invited(i, person)))
                .orElse(null);
        if (initiative == null) {
            return Optional.empty();
        }
        var role = roleFound.orElse(null);
        var actions = new java.util.HashSet<String>();
        if (role != null && initiative.status() != Status.ARCHIVED) {
            tool.actions().forEach((action, roles) -> {
                if (roles.contains(role)) {
                    actions.add(action);
                }
            });
        }
        return Optional.of(new ToolAccess(instance, initiative, role, java.util.Set.copyOf(actions), person, null));
    }

    /**
     * {@link #toolAccess} for many tool instances at once, in one statement (and one more when the person is a
     * proxy somewhere): the instances among {@code toolInstanceIds} whose initiative the person may see and which
     * is not archived, by id. A group initiative seen only through an invitation is left out (no action there).
     */
    public java.util.Map<Long, ToolReach> reach(long personId, java.util.Collection<Long> toolInstanceIds) {
        var result = new java.util.LinkedHashMap<Long, ToolReach>();
        reached(personId, reach.byInstances(personId, toolInstanceIds)).forEach(r -> result.put(r.id(), r));
        return result;
    }

    /**
     * The instances of the given tools in the initiatives where the person has a role (a proxy only while the
     * citizen consents), not archived, with the actions that role allows: for the personal home's providers.
     */
    public List<ToolReach> instancesOf(long personId, java.util.Set<String> toolIds) {
        if (toolIds.isEmpty()) {
            return List.of();
        }
        var rows = rowsByRole(personId).stream()
                .filter(r -> toolIds.contains(r.instance().toolId()))
                .toList();
        return reached(personId, rows);
    }

    /**
     * The person's instances of one tool where their role allows at least one of the actions, by instance id in
     * instance order: what a tool's to-do provider for the personal home starts from.
     */
    public java.util.Map<Long, ToolReach> instancesWhere(long personId, String toolId, String... actions) {
        var byId = new java.util.LinkedHashMap<Long, ToolReach>();
        instancesOf(personId, java.util.Set.of(toolId)).stream()
                .filter(r -> java.util.Arrays.stream(actions).anyMatch(r::may))
                .forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    /**
     * The person's instances of every tool, read once per request: the personal home asks each tool's to-do provider,
     * and one statement for all of them keeps the page within its statement budget however many tools there are.
     */
    private List<org.cocrea.initiatives.core.ReachRepository.Row> rowsByRole(long personId) {
        return org.cocrea.platform.PerRequest.get(
                "initiatives.byRole." + personId,
                () -> reach.byRole(
                        personId, tools().stream().map(Tool::id).collect(java.util.stream.Collectors.toSet())));
    }

    private List<ToolReach> reached(long personId, List<org.cocrea.initiatives.core.ReachRepository.Row> rows) {
        java.util.Set<Long> acting = null;
        var result = new java.util.ArrayList<ToolReach>();
        for (var row : rows) {
            var tool = tool(row.instance().toolId()).orElse(null);
            MemberRole role = row.role();
            if (role == MemberRole.PROXY) {
                if (acting == null) {
                    var recorded = consent.getIfAvailable();
                    acting = recorded == null ? java.util.Set.of() : recorded.initiativesActingFor(personId);
                }
                if (!acting.contains(row.instance().initiativeId())) {
                    continue; // a proxy without consent sees nothing of the initiative
                }
            }
            boolean seen = role != null || (row.level() == Level.COLLECTIVE && row.status() != Status.DRAFT);
            if (tool == null || !seen) {
                continue;
            }
            var actions = new java.util.HashSet<String>();
            if (role != null) {
                tool.actions().forEach((action, roles) -> {
                    if (roles.contains(role)) {
                        actions.add(action);
                    }
                });
            }
            result.add(new ToolReach(
                    row.instance(),
                    row.title(),
                    row.level(),
                    row.organisationId(),
                    role,
                    java.util.Set.copyOf(actions)));
        }
        return result;
    }

    /**
     * Those of the tool instances {@code ids} whose initiative {@code person} may read, in one query whatever their
     * number: for lists across many instances such as the administrators' moderation queue (being an administrator
     * opens no group or individual initiative).
     */
    public java.util.Set<Long> visibleToolInstances(java.util.Collection<Long> ids, SignedInPerson person) {
        return initiatives.visibleToolInstances(ids, viewer(person));
    }

    /** Those of the initiatives {@code ids} {@code person} may read, in one query (for the moderation queue). */
    public java.util.Set<Long> readableInitiatives(java.util.Collection<Long> ids, SignedInPerson person) {
        return initiatives.visibleInitiatives(ids, viewer(person));
    }

    public Optional<ToolInstance> toolInstance(long id) {
        return instances.find(id);
    }

    public List<ToolInstance> toolInstances(String toolId) {
        return instances.ofTool(toolId);
    }

    /** The tools placed in one initiative, in every phase. */
    public List<ToolInstance> toolInstancesOf(long initiativeId) {
        return instances.ofOnce(initiativeId);
    }

    /**
     * Places a tool in a phase without a person behind it, for a tool's demo data; people add tools through
     * the initiative's pages, which check their permissions.
     */
    public ToolInstance addToolForDemo(long initiativeId, Phase phase, String toolId) {
        return instances.find(instances.add(initiativeId, phase, toolId)).orElseThrow();
    }

    /**
     * For a tool's demo seed: places the tool in the phase {@code phase} of the demo initiative titled
     * {@code initiativeTitle}, found through the updates tool the initiatives' seed puts in each of its phases;
     * empty when the demo has no such initiative or phase (another seed, or none at all).
     */
    public Optional<ToolInstance> addToolForDemo(String initiativeTitle, Phase phase, String toolId) {
        return instances.ofTool("updates").stream()
                .filter(i -> i.phase() == phase)
                .map(ToolInstance::initiativeId)
                .filter(id -> initiatives
                        .find(id)
                        .filter(i -> i.title().equals(initiativeTitle))
                        .isPresent())
                .findFirst()
                .map(id -> addToolForDemo(id, phase, toolId));
    }

    /** Tools call this when something happens, so lists sort by recent activity. */
    public void touch(long initiativeId) {
        initiatives.touch(initiativeId);
    }

    public List<Tool> tools() {
        return tools.orderedStream().toList();
    }

    public Optional<Tool> tool(String id) {
        return tools.orderedStream().filter(t -> t.id().equals(id)).findFirst();
    }

    public boolean maySee(Initiative i, SignedInPerson person) {
        return Access.maySee(i, role(i.id(), person), invited(i, person));
    }

    public boolean mayKnow(Initiative i, SignedInPerson person) {
        return Access.mayKnow(i, role(i.id(), person), invited(i, person), person);
    }

    /**
     * What {@code access}'s person may do to become a member of the initiative of the tool they are reading, for a
     * tool page that offers joining where the tool needs members (the budget's ballot). Decided like the initiative
     * page's buttons: an open collective initiative, or a group one they were invited to, may be joined; another
     * group one asked to join. At most two lookups, and none for a member or a visitor who is not signed in.
     */
    public Joining joining(ToolAccess access) {
        Initiative i = access.initiative();
        if (access.person() == null || access.role() != null) {
            return Joining.NONE;
        }
        if (i.status() != Status.OPEN || i.level() == Level.INDIVIDUAL) {
            return Joining.CLOSED;
        }
        if (i.level() == Level.COLLECTIVE || invited(i, access.person())) {
            return Joining.JOIN;
        }
        return members.hasRequested(i.id(), access.person().personId()) ? Joining.REQUESTED : Joining.REQUEST;
    }

    private boolean invited(Initiative i, SignedInPerson person) {
        return person != null
                && i.level() == Level.GROUP
                && org.cocrea.platform.PerRequest.get(
                        "initiatives.invited." + i.id() + "." + person.personId(),
                        () -> members.isInvited(i.id(), person.personId()));
    }
}
