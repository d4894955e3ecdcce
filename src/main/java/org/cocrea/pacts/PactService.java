package org.cocrea.pacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Images;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * What people do with pacts, each in one transaction holding the pact's row lock, so an edit, a signature and a
 * change of state never cross: a signature on a text that changed under the signer's eyes is refused, activation
 * happens once every party's signature matches the current text, and a report stores its row and its ledger
 * events together. Notifications are published inside the transaction and delivered after it commits.
 */
@Service
class PactService {
    private final PactRepository pacts;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final Images images;
    private final ApplicationEventPublisher events;
    private final CocreaSettings settings;

    PactService(
            PactRepository pacts,
            Initiatives initiatives,
            Accounts accounts,
            Images images,
            ApplicationEventPublisher events,
            CocreaSettings settings) {
        this.pacts = pacts;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.images = images;
        this.events = events;
        this.settings = settings;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    /**
     * The office's acts (approving, recording the act, suspending, revoking, ending) are the administration's: a
     * facilitator who acts for the initiative's organisation ({@link Accounts#actsFor}). A resident facilitating the
     * initiative proposes, signs and reports, but does not approve on the administration's behalf.
     */
    boolean actsAsOffice(ToolAccess access) {
        return access.may(PactsTool.MANAGE)
                && accounts.actsFor(access.initiative().organisationId(), access.person());
    }

    private void requireOffice(ToolAccess access) {
        if (!actsAsOffice(access)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static void require(ToolAccess access, String action) {
        if (!access.may(action)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The person may see this pact: published ones to every reader, a draft to its author and the office. */
    static boolean maySee(ToolAccess access, Pact p) {
        if (p.published()) {
            return true;
        }
        return access.person() != null
                && (access.may(PactsTool.MANAGE)
                        || p.createdBy() == access.person().personId());
    }

    /** The author or the office may change the text. */
    static boolean mayEdit(ToolAccess access, Pact p) {
        return access.person() != null
                && p.editable()
                && (access.may(PactsTool.MANAGE)
                        || (access.may(PactsTool.PROPOSE)
                                && p.createdBy() == access.person().personId()));
    }

    Optional<Pact> find(ToolAccess access, long id) {
        return pacts.find(access.id(), id).filter(p -> maySee(access, p));
    }

    private Pact locked(ToolAccess access, long id) {
        return pacts.lock(access.id(), id).filter(p -> maySee(access, p)).orElseThrow(NotFound::new);
    }

    List<Pact> register(ToolAccess access, String state, String kind) {
        Long me = access.person() == null ? null : access.person().personId();
        return pacts.of(access.id(), state, kind, me, access.may(PactsTool.MANAGE));
    }

    Map<Long, List<Party>> parties(Collection<Long> ids) {
        return pacts.parties(ids);
    }

    List<Party> parties(Pact p) {
        return pacts.parties(List.of(p.id())).getOrDefault(p.id(), List.of());
    }

    List<PactSignature> signatures(Pact p) {
        return pacts.signatures(p.id(), p.textSha256());
    }

    List<Report> reports(Pact p) {
        return pacts.reports(p.id());
    }

    Map<Long, BigDecimal> hours(Collection<Long> ids) {
        return pacts.hours(ids);
    }

    /** The members who may be parties, with their accounts (two statements). */
    record Members(Map<Long, org.cocrea.initiatives.MemberRole> roles, Map<Long, Person> people) {}

    Members members(Initiative initiative) {
        var roles = initiatives.roles(initiative.id());
        return new Members(roles, roles.isEmpty() ? Map.of() : accounts.people(List.copyOf(roles.keySet())));
    }

    private PactRules.Draft check(ToolAccess access, PactForm form) {
        var m = members(access.initiative());
        return PactRules.pact(form, access.initiative().areaOutline().orElse(null), m.roles(), m.people());
    }

    @Transactional
    long create(ToolAccess access, PactForm form) {
        require(access, PactsTool.PROPOSE);
        var draft = check(access, form);
        initiatives.requireCounts(access.person(), "title");
        long id = pacts.insert(
                access.id(),
                access.initiative().id(),
                draft,
                "draft",
                access.person().personId(),
                now());
        initiatives.touch(access.initiative().id());
        return id;
    }

    /**
     * A new text for a draft or a proposal, from the text the editor saw ({@code shownSha256}): if someone changed it
     * meanwhile the edit is refused rather than overwriting theirs. Signatures already given stay, no longer
     * matching; the parties are told a signature is needed again.
     */
    @Transactional
    void update(ToolAccess access, long id, PactForm form) {
        var pact = locked(access, id);
        if (!mayEdit(access, pact)) {
            if (!pact.editable()) {
                throw new Refused(null, "pacts.edit.closed");
            }
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!pact.textSha256()
                .equals(form.shownSha256() == null ? "" : form.shownSha256().strip())) {
            throw new Refused(null, "pacts.edit.stale");
        }
        var draft = check(access, form);
        pacts.update(id, draft, now());
        initiatives.touch(access.initiative().id());
        boolean hadSignatures = !pacts.signatures(id, "").isEmpty();
        if (pact.state().equals("proposed") && hadSignatures) {
            notify(
                    access,
                    pact.path(),
                    draft.content().terms().title(),
                    others(access, draft.content().parties()),
                    NotificationKind.PACT_SIGNATURE,
                    "changed");
        }
    }

    /** A draft becomes a proposal: the parties are asked to sign and the office to approve. */
    @Transactional
    void submit(ToolAccess access, long id) {
        var pact = locked(access, id);
        if (!mayEdit(access, pact)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!pact.state().equals("draft") || !pacts.state(id, "draft", "proposed", null, now())) {
            throw new Refused(null, "pacts.submit.already");
        }
        initiatives.touch(access.initiative().id());
        notify(
                access,
                pact.path(),
                pact.title(),
                others(access, parties(pact)),
                NotificationKind.PACT_SIGNATURE,
                "sign");
    }

    /**
     * The office approves a proposal: an ordinary pact is approved (and active at once when every party already
     * signed this text); a complex one waits for the further act.
     */
    @Transactional
    void approve(ToolAccess access, long id) {
        requireOffice(access);
        var pact = locked(access, id);
        if (!pact.state().equals("proposed") || pact.officeApprovedAt() != null) {
            throw new Refused(null, "pacts.approve.notProposed");
        }
        pacts.officeApproval(id, access.person().personId(), now());
        var parties = parties(pact);
        if (!pact.complex()) {
            approved(access, pact, parties);
        } else {
            notify(
                    access,
                    pact.path(),
                    pact.title(),
                    others(access, parties),
                    NotificationKind.PACT_APPROVED,
                    "officeApproved");
        }
        initiatives.touch(access.initiative().id());
    }

    /** The further approval of a complex pact: the act's number and date ("delibera di Giunta n. 123 del ..."). */
    @Transactional
    void act(ToolAccess access, long id, String number, String date) {
        requireOffice(access);
        var pact = locked(access, id);
        if (!pact.awaitingAct()) {
            throw new Refused(null, "pacts.act.notWaiting");
        }
        var problems = new ArrayList<Refused.Problem>();
        String n = PactRules.text(number, "actNumber", 100, true, problems);
        LocalDate on = PactRules.date(date, "actDate", problems);
        if (on != null && on.isAfter(today())) {
            problems.add(new Refused.Problem("actDate", "pacts.error.future"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        pacts.act(id, n, on);
        approved(access, pact, parties(pact));
        initiatives.touch(access.initiative().id());
    }

    private void approved(ToolAccess access, Pact pact, List<Party> parties) {
        boolean allSigned = allSigned(pact, parties);
        pacts.state(pact.id(), "proposed", allSigned ? "active" : "approved", null, now());
        notify(
                access,
                pact.path(),
                pact.title(),
                others(access, parties),
                NotificationKind.PACT_APPROVED,
                allSigned ? "active" : "approved");
    }

    private boolean allSigned(Pact pact, List<Party> parties) {
        var matching = pacts.signatures(pact.id(), pact.textSha256()).stream()
                .filter(PactSignature::stillMatches)
                .map(PactSignature::personId)
                .toList();
        return !parties.isEmpty() && parties.stream().allMatch(p -> matching.contains(p.personId()));
    }

    /**
     * A party signs the text they were shown ({@code shownSha256}): when the text changed since, the signature is
     * refused and nothing is stored, so nobody signs what they did not read. The last matching signature of an
     * approved pact makes it active. The signature that completes the parties' publishes {@link PactSigned} in the
     * same transaction (for webhooks).
     */
    @Transactional
    boolean sign(ToolAccess access, long id, String shownSha256) {
        require(access, PactsTool.TAKE_PART);
        var pact = locked(access, id);
        long me = access.person().personId();
        var parties = parties(pact);
        if (parties.stream().noneMatch(p -> p.personId() == me)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!pact.signable()) {
            throw new Refused(null, "pacts.sign.closed");
        }
        String shown = shownSha256 == null ? "" : shownSha256.strip();
        String current = PactText.sha256(PactText.of(pact, parties));
        if (!shown.equals(pact.textSha256()) || !current.equals(pact.textSha256())) {
            throw new Refused(null, "pacts.sign.changed");
        }
        initiatives.requireCounts(access.person(), "sign");
        var at = now();
        if (!pacts.sign(id, me, current, at)) {
            throw new Refused(null, "pacts.sign.already");
        }
        boolean allSigned = allSigned(pact, parties);
        if (allSigned) {
            events.publishEvent(new PactSigned(access.initiative().id(), access.id(), id, current, at));
        }
        if (pact.state().equals("approved") && allSigned) {
            pacts.state(id, "approved", "active", null, now());
            notify(
                    access,
                    pact.path(),
                    pact.title(),
                    parties.stream().map(Party::personId).toList(),
                    NotificationKind.PACT_ACTIVE,
                    "active");
            initiatives.touch(access.initiative().id());
            return true;
        }
        initiatives.touch(access.initiative().id());
        return false;
    }

    /** The office suspends, resumes, revokes or ends a pact; suspending and revoking need a reason. */
    @Transactional
    String change(ToolAccess access, long id, String to, String reason) {
        requireOffice(access);
        var pact = locked(access, id);
        var problems = new ArrayList<Refused.Problem>();
        String why = PactRules.text(reason, "reason", 2000, "suspended".equals(to) || "revoked".equals(to), problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        boolean allowed = switch (to == null ? "" : to) {
            case "suspended" -> pact.state().equals("active");
            case "active" -> pact.state().equals("suspended");
            case "revoked" -> List.of("approved", "active", "suspended").contains(pact.state());
            case "ended" -> List.of("active", "suspended").contains(pact.state());
            default -> false;
        };
        if (!allowed || !pacts.state(id, pact.state(), to, why.isEmpty() ? null : why, now())) {
            throw new Refused("to", "pacts.state.notAllowed");
        }
        var parties = parties(pact);
        if (to.equals("suspended") || to.equals("revoked")) {
            notify(access, pact.path(), pact.title(), others(access, parties), NotificationKind.PACT_SUSPENDED, to);
        } else if (to.equals("active")) {
            notify(access, pact.path(), pact.title(), others(access, parties), NotificationKind.PACT_ACTIVE, "resumed");
        }
        initiatives.touch(access.initiative().id());
        return to;
    }

    /**
     * A citizen party's report on an active pact: text, hours, materials and a photo; the hours (and the materials)
     * go to the ledger in the same transaction, under keys naming the report, so they count once.
     */
    @Transactional
    long report(ToolAccess access, long id, ReportForm form, MultipartFile image) {
        require(access, PactsTool.TAKE_PART);
        var pact = locked(access, id);
        long me = access.person().personId();
        var party = parties(pact).stream().filter(p -> p.personId() == me).findFirst();
        if (party.isEmpty() || !party.get().reports()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!pact.state().equals("active")) {
            throw new Refused(null, "pacts.report.notActive");
        }
        var problems = new ArrayList<Refused.Problem>();
        LocalDate on = PactRules.date(form.doneOn(), "doneOn", problems);
        if (on != null && (on.isAfter(today()) || on.isBefore(pact.startsOn()))) {
            problems.add(new Refused.Problem("doneOn", "pacts.error.reportDate"));
        }
        String body = PactRules.text(form.body(), "body", PactRules.TEXT, true, problems);
        BigDecimal hours = PactRules.amount(form.hours(), "hours", PactRules.MAX_HOURS, true, problems);
        BigDecimal materials =
                PactRules.amount(form.materials(), "materials", PactRules.MAX_MATERIALS, false, problems);
        String unit = PactRules.text(form.materialsUnit(), "materialsUnit", 60, materials != null, problems);
        if (materials == null
                && !unit.isEmpty()
                && problems.stream().noneMatch(p -> p.field().equals("materials"))) {
            problems.add(new Refused.Problem("materials", "pacts.error.required"));
        }
        var picture = images.check(image, form.imageAlt(), problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        initiatives.requireCounts(access.person(), "body");
        Long imageId =
                picture.map(u -> images.store(access.initiative().id(), u, me)).orElse(null);
        long report = pacts.report(id, me, on, body, hours, materials, materials == null ? null : unit, imageId, now());
        var side = access.person().isProfessional()
                ? ContributionRecorded.Side.PROFESSIONAL
                : ContributionRecorded.Side.CITIZEN;
        publish(access, report, "hours", me, side, ContributionRecorded.Kind.HOURS, hours, null, on);
        if (materials != null) {
            publish(access, report, "materials", me, side, ContributionRecorded.Kind.MATERIALS, materials, unit, on);
        }
        initiatives.touch(access.initiative().id());
        return report;
    }

    private void publish(
            ToolAccess access,
            long report,
            String what,
            long person,
            ContributionRecorded.Side side,
            ContributionRecorded.Kind kind,
            BigDecimal quantity,
            String unit,
            LocalDate on) {
        events.publishEvent(new ContributionRecorded(
                "pacts:report:" + report + ":" + what,
                1,
                access.initiative().id(),
                access.instance().phase(),
                PactsTool.ID,
                access.id(),
                person,
                side,
                kind,
                quantity,
                unit,
                on));
    }

    private static List<Long> others(ToolAccess access, List<Party> parties) {
        long me = access.person() == null ? -1 : access.person().personId();
        return parties.stream()
                .map(Party::personId)
                .filter(p -> p != me)
                .distinct()
                .toList();
    }

    /**
     * Tells {@code people}: for a public initiative the mail names the pact, for another it only links to it, since a
     * mail may be read where the initiative may not.
     */
    private void notify(
            ToolAccess access, String path, String title, Collection<Long> people, NotificationKind kind, String what) {
        if (people.isEmpty()) {
            return;
        }
        String key = "pacts.mail." + what;
        var initiative = access.initiative();
        if (initiative.isPublic()) {
            events.publishEvent(Notification.to(people, kind, key + ".subject", key + ".body", path)
                    .subjectArgs(Arg.text(title))
                    .bodyArgs(Arg.text(title), Arg.text(initiative.title()), Arg.link(path)));
        } else {
            events.publishEvent(Notification.to(people, kind, key + ".private.subject", key + ".private.body", path)
                    .bodyArgs(Arg.link(path)));
        }
    }

    /** The names of these people, for the pages: the parties' names are in the pact, reporters are parties. */
    Map<Long, String> names(List<Party> parties) {
        var names = new HashMap<Long, String>();
        parties.forEach(p -> names.put(p.personId(), p.personName()));
        return names;
    }
}
