package org.cocrea.plans.export;

import java.util.HashSet;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.plan.PlanVersion;
import org.cocrea.plans.plan.Signature;
import org.cocrea.plans.privacy.AuditRepository;
import org.cocrea.plans.privacy.ConsentRepository;
import org.cocrea.plans.privacy.EmergencyRepository;
import org.cocrea.plans.privacy.ErasureRepository;
import org.cocrea.plans.privacy.PlanPrivacy;
import org.cocrea.platform.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's copy of all their plan data, and one version with its signatures for the paper file. Both are
 * reads of plan data and are audited like any other.
 */
@Service
class PlanExport {
    static final int WHOLE_LOG = 1_000_000;

    /** One version with its signatures and the names of the people in them, ready to print. */
    record Printable(PlanService.Access access, PlanVersion version, List<Signature> signatures, PlanData people) {}

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final PlanRepository plans;
    private final PlanExportRepository export;
    private final ConsentRepository consents;
    private final EmergencyRepository emergencies;
    private final ErasureRepository erasures;
    private final AuditRepository audit;
    private final CareExport care;

    PlanExport(
            Initiatives initiatives,
            Accounts accounts,
            PlanRepository plans,
            PlanExportRepository export,
            ConsentRepository consents,
            EmergencyRepository emergencies,
            ErasureRepository erasures,
            AuditRepository audit,
            CareExport care) {
        this.care = care;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.plans = plans;
        this.export = export;
        this.consents = consents;
        this.emergencies = emergencies;
        this.erasures = erasures;
        this.audit = audit;
    }

    /**
     * Everything the plan holds, for the citizen (or a proxy acting for them) only, and for an emergency access
     * opened for the export of the whole record (the controller refuses and logs any other emergency access first).
     */
    @Transactional
    PlanData data(PlanService.Access a, String format) {
        boolean emergencyExport = a.emergency() != null && PlanPrivacy.mayExportWholeRecord(a);
        if (!PlanPrivacy.citizenSide(a) && !emergencyExport) {
            throw new NotFound();
        }
        audit.record(a.id(), a.me().personId(), "data.download", format, a.from());
        var versions = export.versions(a.id());
        var signatures = plans.signatures(a.id()).stream()
                .map(s -> new PlanData.SignatureData(
                        s.version(), s.signerId(), s.role().code(), s.signedAt(), s.sha256(), s.stillMatches()))
                .toList();
        var goals = export.goals(a.id());
        var consentList = consents.of(a.initiative().id()).stream()
                .map(c -> new PlanData.ConsentData(
                        c.scope().code(), c.citizenId(), c.proxyId(), c.givenAt(), c.withdrawnAt()))
                .toList();
        var emergencyList = emergencies.of(a.id()).stream()
                .map(e -> new PlanData.EmergencyData(e.adminId(), e.reason(), e.startedAt(), e.expiresAt()))
                .toList();
        var tools = care.instances(a.initiative().id());
        var careData = care.data(tools);
        var log = care.accessLog(tools);
        var ids = new HashSet<Long>(initiatives.roles(a.initiative().id()).keySet());
        versions.forEach(v -> add(ids, v.authorId()));
        signatures.forEach(s -> ids.add(s.signerId()));
        goals.forEach(g -> g.scores().forEach(s -> add(ids, s.scoredBy())));
        consentList.forEach(c -> {
            ids.add(c.citizenId());
            add(ids, c.proxyId());
        });
        emergencyList.forEach(e -> ids.add(e.adminId()));
        log.forEach(e -> add(ids, e.personId()));
        CareExport.people(careData, ids);
        return new PlanData(
                a.initiative().id(),
                a.initiative().title(),
                a.id(),
                PlanRepository.now(),
                people(a, ids),
                versions,
                signatures,
                goals,
                consentList,
                emergencyList,
                log,
                erasures.latest(a.id()).orElse(null),
                careData);
    }

    /** One version and its signatures, for anyone on the plan: the paper file is the team's too. */
    @Transactional
    Printable printable(PlanService.Access a, int number) {
        var version = plans.version(a.id(), number).orElseThrow(NotFound::new);
        audit.record(a.id(), a.me().personId(), "pdf.read", "v" + number, a.from());
        var signatures = plans.signatures(a.id()).stream()
                .filter(s -> s.version() == number)
                .toList();
        var ids = new HashSet<Long>();
        add(ids, version.authorId());
        signatures.forEach(s -> ids.add(s.signerId()));
        var people = new PlanData(
                a.initiative().id(),
                a.initiative().title(),
                a.id(),
                PlanRepository.now(),
                people(a, ids),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                erasures.latest(a.id()).orElse(null),
                PlanData.CareData.NONE);
        return new Printable(a, version, signatures, people);
    }

    private List<PlanData.PersonData> people(PlanService.Access a, java.util.Collection<Long> ids) {
        var roles = initiatives.roles(a.initiative().id());
        return accounts.people(ids).values().stream()
                .sorted(java.util.Comparator.comparingLong(p -> p.id()))
                .map(p -> new PlanData.PersonData(
                        p.id(),
                        p.deleted() ? "—" : p.name(),
                        roles.containsKey(p.id()) ? roles.get(p.id()).code() : null))
                .toList();
    }

    private static void add(java.util.Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
