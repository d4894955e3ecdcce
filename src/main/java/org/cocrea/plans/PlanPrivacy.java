package org.cocrea.plans;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.FieldProblem;
import org.cocrea.platform.Mailer;
import org.cocrea.platform.SignedInPerson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizen's side of privacy: consents to proxies and to data sharing, erasure of content; and the
 * administrator's side: knowing that plans exist, and emergency access, which is time-limited, audited and
 * mailed to the citizen. Every change is audited in the same transaction as the change.
 */
@Service
class PlanPrivacy {
    static final Set<Integer> EMERGENCY_MINUTES = Set.of(15, 30, 60, 120);
    static final int REASON_MIN = 20;
    static final int REASON_MAX = 1000;
    static final int OVERSIGHT_SHOWN = 200;
    static final String ERASE_CONFIRMATION = "yes";

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final ConsentRepository consents;
    private final EmergencyRepository emergencies;
    private final ErasureRepository erasures;
    private final PlanRepository plans;
    private final AuditRepository audit;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    PlanPrivacy(
            Initiatives initiatives,
            Accounts accounts,
            ConsentRepository consents,
            EmergencyRepository emergencies,
            ErasureRepository erasures,
            PlanRepository plans,
            AuditRepository audit,
            Mailer mailer,
            MessageSource messages,
            @Value("${cocrea.base-url}") String baseUrl) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.consents = consents;
        this.emergencies = emergencies;
        this.erasures = erasures;
        this.plans = plans;
        this.audit = audit;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** A proxy acts for the citizen only while the citizen's consent to that is recorded and not withdrawn. */
    boolean proxyMayAct(long initiativeId, long personId) {
        return consents.active(initiativeId, personId, ConsentScope.ACT_FOR_CITIZEN);
    }

    boolean sharingAllowed(long initiativeId) {
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
            throw new FieldProblem(null, "planprivacy.consent.already");
        }
        try {
            consents.give(a.initiative().id(), a.me().personId(), proxy, scope);
        } catch (DuplicateKeyException e) {
            throw new FieldProblem(null, "planprivacy.consent.already");
        }
        audit.record(a.id(), a.me().personId(), "consent.give", detail(scope, proxy), a.from());
    }

    @Transactional
    void withdraw(PlanService.Access a, String scopeCode, String proxyText) {
        requireCitizen(a);
        var scope = scope(scopeCode);
        Long proxy = proxy(a, scope, proxyText);
        if (!consents.withdraw(a.initiative().id(), proxy, scope)) {
            throw new FieldProblem(null, "planprivacy.consent.notActive");
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
            throw new FieldProblem("confirm", "planprivacy.erasure.confirm");
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
            long instanceId, SignedInPerson me, String reasonText, String minutesText, String from) {
        requireAdmin(me);
        var instance = planInstance(instanceId);
        String reason = PlanContent.normalise(reasonText);
        if (reason.length() < REASON_MIN || reason.length() > REASON_MAX) {
            throw new FieldProblem("reason", "planprivacy.emergency.reason.invalid");
        }
        int minutes = minutes(minutesText);
        var access = emergencies.start(instance.id(), me.personId(), reason, Duration.ofMinutes(minutes));
        audit.record(
                instance.id(),
                me.personId(),
                "emergency.start",
                "until "
                        + access.expiresAt()
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .format(WHEN) + " UTC",
                from);
        notifyCitizens(instance, me, access);
        return access;
    }

    /** An admin's open emergency access to this plan, if any. */
    Optional<EmergencyAccess> emergencyAccess(ToolInstance instance, SignedInPerson me) {
        if (me == null || !me.isAdmin()) {
            return Optional.empty();
        }
        return emergencies.open(instance.id(), me.personId());
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private void notifyCitizens(ToolInstance instance, SignedInPerson admin, EmergencyAccess access) {
        var citizens = initiatives.roles(instance.initiativeId()).entrySet().stream()
                .filter(e -> e.getValue() == MemberRole.CITIZEN)
                .map(Map.Entry::getKey)
                .toList();
        for (Person citizen : accounts.people(citizens).values()) {
            if (citizen.deleted()) {
                continue;
            }
            Locale locale = citizen.language().locale();
            String until =
                    access.expiresAt().withOffsetSameInstant(ZoneOffset.UTC).format(WHEN) + " UTC";
            String link = baseUrl + "/plans/" + instance.id() + "/privacy";
            mailer.send(
                    citizen.email(),
                    messages.getMessage("planprivacy.mail.emergency.subject", null, locale),
                    messages.getMessage(
                            "planprivacy.mail.emergency.body",
                            new Object[] {admin.displayName(), access.reason(), until, link},
                            locale));
        }
    }

    private ToolInstance planInstance(long instanceId) {
        return initiatives
                .toolInstance(instanceId)
                .filter(i -> i.toolId().equals(PlanTool.ID))
                .orElseThrow(PlanService::notFound);
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
        throw new FieldProblem("minutes", "planprivacy.emergency.minutes.invalid");
    }

    private static ConsentScope scope(String code) {
        return ConsentScope.fromCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new FieldProblem("scope", "planprivacy.consent.scope.invalid"));
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
        throw new FieldProblem("proxy", "planprivacy.consent.proxy.invalid");
    }

    private static String detail(ConsentScope scope, Long proxy) {
        return proxy == null ? scope.code() : scope.code() + " person " + proxy;
    }

    private Map<Long, String> names(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        accounts.people(new ArrayList<>(ids)).forEach((id, p) -> names.put(id, p.deleted() ? "—" : p.name()));
        return names;
    }

    static boolean citizenSide(PlanService.Access a) {
        return a.role() == MemberRole.CITIZEN || a.role() == MemberRole.PROXY;
    }

    private static void requireCitizenSide(PlanService.Access a) {
        if (!citizenSide(a)) {
            throw PlanService.notFound();
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
            throw PlanService.notFound();
        }
    }
}
