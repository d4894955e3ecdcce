package org.cocrea.plans.privacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.CareTeamChanged;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.actions.ActionsTool;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.needs.NeedsTool;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.review.ReviewTool;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizen's side of privacy: consents to proxies and to data sharing, erasure of content, and the record and
 * mail of every change of the care team; and the administrator's side: knowing that plans exist, emergency access,
 * which is time-limited, audited and mailed to the citizen (and exports the whole record only if opened for that),
 * and reassigning a plan to another citizen with a stated reason. Every change is audited in the same transaction
 * as the change.
 */
@Service
public class PlanPrivacy implements org.cocrea.initiatives.ProxyConsent {
    static final Set<Integer> EMERGENCY_MINUTES = Set.of(15, 30, 60, 120);
    static final int REASON_MIN = 20;
    static final int REASON_MAX = 1000;
    static final int OVERSIGHT_SHOWN = 200;
    public static final String ERASE_CONFIRMATION = "yes";
    private static final Set<String> TEAM_LOG_TOOLS =
            Set.of(PlanTool.ID, NeedsTool.ID, ActionsTool.ID, LadderTool.ID, ReviewTool.ID);

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final ConsentRepository consents;
    private final EmergencyRepository emergencies;
    private final ReassignmentRepository reassignments;
    private final ErasureRepository erasures;
    private final PlanRepository plans;
    private final AuditRepository audit;
    private final ApplicationEventPublisher events;

    PlanPrivacy(
            Initiatives initiatives,
            Accounts accounts,
            ConsentRepository consents,
            EmergencyRepository emergencies,
            ReassignmentRepository reassignments,
            ErasureRepository erasures,
            PlanRepository plans,
            AuditRepository audit,
            ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.consents = consents;
        this.emergencies = emergencies;
        this.reassignments = reassignments;
        this.erasures = erasures;
        this.plans = plans;
        this.audit = audit;
        this.events = events;
    }

    /**
     * A proxy acts for the citizen only while the citizen's consent to that is recorded and not withdrawn. The
     * initiatives module asks this too, so the initiative's page and every tool apply the same rule.
     */
    @Override
    public boolean proxyMayAct(long initiativeId, long personId) {
        // A plan page asks this twice (the initiative's role, then the plan's own check); a GET changes no consent,
        // so its answer is kept for the rest of that request, which keeps the page within its statement budget.
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (!(request instanceof org.springframework.web.context.request.ServletRequestAttributes servlet)
                || !"GET".equals(servlet.getRequest().getMethod())) {
            return consents.active(initiativeId, personId, ConsentScope.ACT_FOR_CITIZEN);
        }
        String key = PlanPrivacy.class.getName() + ".proxyMayAct." + initiativeId + "." + personId;
        if (request.getAttribute(key, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST)
                instanceof Boolean known) {
            return known;
        }
        boolean active = consents.active(initiativeId, personId, ConsentScope.ACT_FOR_CITIZEN);
        request.setAttribute(key, active, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return active;
    }

    @Override
    public java.util.Set<Long> initiativesActingFor(long personId) {
        // The personal home asks for its list of initiatives and for each to-do provider's reach: read once a page.
        return org.cocrea.platform.PerRequest.get(
                "plans.actingFor." + personId, () -> java.util.Set.copyOf(consents.actingFor(personId)));
    }

    public boolean sharingAllowed(long initiativeId) {
        return consents.active(initiativeId, null, ConsentScope.SHARE_DATA);
    }

    /** The citizen's side (the citizen, and proxies acting for them) reads the privacy page; the team does not. */
    @Transactional
    PrivacyPage page(PlanService.Access a) {
        requireCitizenSide(a);
        audit.record(a.id(), a.me().personId(), "privacy.read", null, a.from());
        long initiative = a.initiative().id();
        var history = consents.of(initiative);
        var proxies = initiatives.roles(initiative).entrySet().stream()
                .filter(e -> e.getValue() == MemberRole.PROXY)
                .map(Map.Entry::getKey)
                .toList();
        var emergencyList = emergencies.of(a.id());
        var ids = new HashSet<Long>(proxies);
        history.forEach(c -> ids.add(c.citizenId()));
        emergencyList.forEach(e -> ids.add(e.adminId()));
        var names = names(ids);
        var proxyConsents = proxies.stream()
                .map(p -> new PrivacyPage.ProxyConsent(
                        p,
                        names.getOrDefault(p, "—"),
                        history.stream()
                                .anyMatch(c -> c.active()
                                        && c.scope() == ConsentScope.ACT_FOR_CITIZEN
                                        && p.equals(c.proxyId()))))
                .toList();
        boolean sharing = history.stream().anyMatch(c -> c.active() && c.scope() == ConsentScope.SHARE_DATA);
        return new PrivacyPage(
                a.initiative(),
                a.id(),
                proxyConsents,
                sharing,
                history,
                emergencyList,
                erasures.latest(a.id()).orElse(null),
                names,
                a.role() == MemberRole.CITIZEN);
    }

    @Transactional
    void give(PlanService.Access a, String scopeCode, String proxyText) {
        requireCitizen(a);
        var scope = scope(scopeCode);
        Long proxy = proxy(a, scope, proxyText);
        if (consents.active(a.initiative().id(), proxy, scope)) {
            throw new Refused(null, "planprivacy.consent.already");
        }
        try {
            consents.give(a.initiative().id(), a.me().personId(), proxy, scope);
        } catch (DuplicateKeyException e) {
            throw new Refused(null, "planprivacy.consent.already");
        }
        audit.record(a.id(), a.me().personId(), "consent.give", detail(scope, proxy), a.from());
    }

    @Transactional
    void withdraw(PlanService.Access a, String scopeCode, String proxyText) {
        requireCitizen(a);
        var scope = scope(scopeCode);
        Long proxy = proxy(a, scope, proxyText);
        if (!consents.withdraw(a.initiative().id(), proxy, scope)) {
            throw new Refused(null, "planprivacy.consent.notActive");
        }
        audit.record(a.id(), a.me().personId(), "consent.withdraw", detail(scope, proxy), a.from());
    }

    /**
     * Clears the plan's content (every version's sections and every goal's text) in one transaction with the
     * erasure record and its audit entry. Only the citizen themselves may ask for it.
     */
    @Transactional
    Erasure erase(PlanService.Access a, String confirmation) {
        requireCitizen(a);
        if (!ERASE_CONFIRMATION.equals(confirmation)) {
            throw new Refused("confirm", "planprivacy.erasure.confirm");
        }
        var erasure = erasures.erase(a.id(), a.me().personId(), plans.latestNumber(a.id()));
        var careTools = Set.of(NeedsTool.ID, ActionsTool.ID, ReviewTool.ID);
        var care = initiatives.toolInstancesOf(a.initiative().id()).stream()
                .filter(i -> careTools.contains(i.toolId()))
                .map(ToolInstance::id)
                .toList();
        erasures.eraseCare(care);
        audit.record(a.id(), a.me().personId(), "plan.erase", "v1-v" + erasure.upToVersion(), a.from());
        return erasure;
    }

    Optional<Erasure> erasure(long instance) {
        return erasures.latest(instance);
    }

    /** Admins learn that plans exist, where and since when, with the size of the team; never the content. */
    List<PlanOversight> oversight(SignedInPerson me) {
        requireAdmin(me);
        var instances = initiatives.toolInstances(PlanTool.ID).stream()
                .sorted(java.util.Comparator.comparing(ToolInstance::createdAt).reversed())
                .limit(OVERSIGHT_SHOWN)
                .toList();
        var sizes = initiatives.teamSizes(
                instances.stream().map(ToolInstance::initiativeId).distinct().toList());
        return instances.stream()
                .map(i -> new PlanOversight(
                        i.id(), i.initiativeId(), i.createdAt(), sizes.getOrDefault(i.initiativeId(), 0)))
                .toList();
    }

    /** The plan an admin may open an emergency access to: it must exist and be a plan. */
    PlanOversight overseen(long instanceId, SignedInPerson me) {
        requireAdmin(me);
        var instance = planInstance(instanceId);
        int size = initiatives.teamSizes(List.of(instance.initiativeId())).getOrDefault(instance.initiativeId(), 0);
        return new PlanOversight(instance.id(), instance.initiativeId(), instance.createdAt(), size);
    }

    /**
     * Opens a time-limited access for an admin who states why. The access, its reason and its end are
     * audited and mailed to the citizen, who also sees them on their privacy page.
     */
    @Transactional
    EmergencyAccess startEmergency(
            long instanceId,
            SignedInPerson me,
            String reasonText,
            String minutesText,
            boolean wholeRecord,
            String from) {
        requireAdmin(me);
        var instance = planInstance(instanceId);
        String reason = reason(reasonText, "planprivacy.emergency.reason.invalid");
        int minutes = minutes(minutesText);
        var access = emergencies.start(instance.id(), me.personId(), reason, Duration.ofMinutes(minutes), wholeRecord);
        audit.record(
                instance.id(),
                me.personId(),
                wholeRecord ? "emergency.start.export" : "emergency.start",
                // the moment as a machine writes it: the audit page shows it in the reader's language and zone
                "until " + access.expiresAt().toInstant(),
                from);
        notifyCitizens(instance, me, access);
        return access;
    }

    /**
     * Whether this access may take the bulk export of the whole record (FHIR, the data downloads): members may (each
     * route keeps its own rule), an emergency access only if the administrator said so when opening it.
     */
    public static boolean mayExportWholeRecord(PlanService.Access a) {
        return a.emergency() == null || a.emergency().wholeRecord();
    }

    /**
     * Refuses an export to an emergency access that did not include it, after recording the attempt in the
     * plan's access log. Not transactional on purpose: the record stays although the request is refused.
     */
    public void requireWholeRecordExport(PlanService.Access a, String what) {
        if (!mayExportWholeRecord(a)) {
            audit.record(a.id(), a.me().personId(), "export.refused", what, a.from());
            throw new ExportRefused(a.id());
        }
    }

    /**
     * An administrator's reassignment of the plan to another person (it was made for the wrong account), with a
     * stated reason: the citizen changes in the initiative, the old citizen's consents end (the new citizen gives
     * their own), the reason is kept, the act is in the access log, and both people are mailed.
     */
    @Transactional
    void reassign(long instanceId, SignedInPerson me, String emailText, String reasonText, String from) {
        requireAdmin(me);
        var instance = planInstance(instanceId);
        String reason = reason(reasonText, "planprivacy.reassign.reason.invalid");
        var person = accounts.personByEmail(emailText == null ? "" : emailText.strip())
                .filter(p -> !p.deleted())
                .orElseThrow(() -> new Refused("email", "planprivacy.reassign.email.unknown"));
        long initiative = instance.initiativeId();
        Long old = initiatives.reassignCitizen(me, initiative, person.id()).orElse(null);
        consents.withdrawAll(initiative);
        reassignments.add(instance.id(), me.personId(), old, person.id(), reason);
        audit.record(
                instance.id(),
                me.personId(),
                "plan.reassign",
                (old == null ? "" : "person " + old + " → ") + "person " + person.id(),
                from);
        var title = initiatives.known(initiative, me).map(i -> i.title()).orElse("");
        var people = new ArrayList<Long>();
        if (old != null) {
            people.add(old);
        }
        people.add(person.id());
        // Each is told what concerns them; the person who lost the plan is not told who has it now.
        for (long p : people) {
            String body = p == person.id() ? "planprivacy.mail.reassign.to" : "planprivacy.mail.reassign.from";
            String path = "/plans/" + instanceId;
            events.publishEvent(Notification.to(
                            List.of(p),
                            NotificationKind.PLAN_REASSIGNED,
                            "planprivacy.mail.reassign.subject",
                            body,
                            path)
                    .bodyArgs(Arg.text(me.displayName()), Arg.text(title), Arg.text(reason), Arg.link(path)));
        }
    }

    private static String reason(String text, String problem) {
        String reason = PlanContent.normalise(text);
        if (reason.length() < REASON_MIN || reason.length() > REASON_MAX) {
            throw new Refused("reason", problem);
        }
        return reason;
    }

    /** An admin's open emergency access to this plan, if any. */
    public Optional<EmergencyAccess> emergencyAccess(ToolInstance instance, SignedInPerson me) {
        if (me == null || !me.isAdmin()) {
            return Optional.empty();
        }
        return emergencies.open(instance.id(), me.personId());
    }

    private void notifyCitizens(ToolInstance instance, SignedInPerson admin, EmergencyAccess access) {
        var citizens = initiatives.roles(instance.initiativeId()).entrySet().stream()
                .filter(e -> e.getValue() == MemberRole.CITIZEN)
                .map(Map.Entry::getKey)
                .toList();
        String path = "/plans/" + instance.id() + "/privacy";
        events.publishEvent(Notification.to(
                        citizens,
                        NotificationKind.EMERGENCY_ACCESS,
                        "planprivacy.mail.emergency.subject",
                        "planprivacy.mail.emergency.body",
                        path)
                .bodyArgs(
                        Arg.text(admin.displayName()),
                        Arg.text(access.reason()),
                        Arg.dateTime(access.expiresAt().toInstant()),
                        Arg.link(path),
                        Arg.message(
                                access.wholeRecord()
                                        ? "planprivacy.mail.emergency.export.yes"
                                        : "planprivacy.mail.emergency.export.no")));
    }

    private ToolInstance planInstance(long instanceId) {
        return initiatives
                .toolInstance(instanceId)
                .filter(i -> i.toolId().equals(PlanTool.ID))
                .orElseThrow(NotFound::new);
    }

    private static int minutes(String text) {
        try {
            int minutes = Integer.parseInt(text == null ? "" : text.strip());
            if (EMERGENCY_MINUTES.contains(minutes)) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // the same clear error as a length that is not offered
        }
        throw new Refused("minutes", "planprivacy.emergency.minutes.invalid");
    }

    private static ConsentScope scope(String code) {
        return ConsentScope.fromCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new Refused("scope", "planprivacy.consent.scope.invalid"));
    }

    /** The proxy a consent names: for acting, a person who holds the proxy role here; for sharing, nobody. */
    private Long proxy(PlanService.Access a, ConsentScope scope, String text) {
        if (scope == ConsentScope.SHARE_DATA) {
            return null;
        }
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            if (initiatives.roles(a.initiative().id()).get(id) == MemberRole.PROXY) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the same clear error as a person who is not a proxy here
        }
        throw new Refused("proxy", "planprivacy.consent.proxy.invalid");
    }

    private static String detail(ConsentScope scope, Long proxy) {
        return proxy == null ? scope.code() : scope.code() + " person " + proxy;
    }

    private Map<Long, String> names(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        accounts.people(new ArrayList<>(ids)).forEach((id, p) -> names.put(id, p.deleted() ? "—" : p.name()));
        return names;
    }

    public static boolean citizenSide(PlanService.Access a) {
        return a.role() == MemberRole.CITIZEN || a.role() == MemberRole.PROXY;
    }

    private static void requireCitizenSide(PlanService.Access a) {
        if (!citizenSide(a)) {
            throw new NotFound();
        }
    }

    private static void requireCitizen(PlanService.Access a) {
        requireCitizenSide(a);
        if (a.role() != MemberRole.CITIZEN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static void requireAdmin(SignedInPerson me) {
        if (me == null || !me.isAdmin()) {
            throw new NotFound();
        }
    }

    /**
     * Every change of the care team of an individual initiative (someone added, removed, or given another role) is
     * written to the plan's access log, the one the citizen reads, and mailed to the citizen. It listens in the
     * transaction of the change, so the change and its record commit together. Without a plan yet, the log of the
     * first of the plan's sibling tools holds it; an initiative with none of them holds no plan data, and the mail
     * alone tells the citizen.
     */
    @org.springframework.context.event.EventListener
    void careTeamChanged(CareTeamChanged change) {
        var log = initiatives.toolInstancesOf(change.initiativeId()).stream()
                .filter(i -> TEAM_LOG_TOOLS.contains(i.toolId()))
                .min(Comparator.comparing((ToolInstance i) -> !i.toolId().equals(PlanTool.ID))
                        .thenComparing(ToolInstance::id))
                .orElse(null);
        if (log != null) {
            audit.record(
                    log.id(),
                    change.changedBy(),
                    "team.change",
                    "person " + change.personId() + ": " + roleCode(change.before()) + " → " + roleCode(change.after()),
                    change.from());
        }
        var citizen = initiatives.citizen(change.initiativeId()).orElse(null);
        if (citizen == null) {
            return;
        }
        var ids = new ArrayList<Long>(List.of(citizen, change.personId(), change.changedBy()));
        var people = accounts.people(ids.stream().distinct().toList());
        Person to = people.get(citizen);
        if (to == null || to.deleted()) {
            return;
        }
        String path = log == null
                ? "/initiatives/" + change.initiativeId()
                : (log.toolId().equals(PlanTool.ID) ? "/plans/" : "/plans/" + log.toolId() + "/") + log.id() + "/audit";
        events.publishEvent(Notification.to(
                        List.of(citizen),
                        NotificationKind.CARE_TEAM,
                        "planprivacy.mail.team.subject",
                        "planprivacy.mail.team.body",
                        path)
                .bodyArgs(
                        Arg.text(nameOf(people.get(change.changedBy()))),
                        Arg.text(change.title()),
                        Arg.text(nameOf(people.get(change.personId()))),
                        roleName(change.before()),
                        roleName(change.after()),
                        Arg.link(path)));
    }

    private static String roleCode(MemberRole role) {
        return role == null ? "none" : role.code();
    }

    private static Arg roleName(MemberRole role) {
        return Arg.message(role == null ? "planprivacy.mail.team.none" : "care.role." + role.code());
    }

    private static String nameOf(Person p) {
        return p == null || p.deleted() ? "—" : p.name();
    }
}
