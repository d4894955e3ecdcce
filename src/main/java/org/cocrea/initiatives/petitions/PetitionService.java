package org.cocrea.initiatives.petitions;

import java.util.EnumSet;
import java.util.Objects;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.PetitionForm;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.core.InitiativeForms;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.core.MembershipRepository;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/** Citizens propose, other citizens support, and the organisation answers: accept (an initiative) or decline. */
@Service
public class PetitionService {
    private final PetitionRepository petitions;
    private final InitiativeRepository initiatives;
    private final MembershipRepository members;
    private final Accounts accounts;
    private final Initiatives api;

    PetitionService(
            PetitionRepository petitions,
            InitiativeRepository initiatives,
            MembershipRepository members,
            Accounts accounts,
            Initiatives api) {
        this.petitions = petitions;
        this.initiatives = initiatives;
        this.members = members;
        this.accounts = accounts;
        this.api = api;
    }

    /** Any registered citizen may propose; the proposer's own support is the first. */
    @Transactional
    public Long propose(SignedInPerson me, PetitionForm f, Errors errors) {
        if (me.isProfessional()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String title = f.text(f.title()).trim();
        String summary = f.text(f.summary()).trim();
        if (f.organisationId() == null
                || accounts.organisation(f.organisationId()).isEmpty()) {
            InitiativeForms.reject(errors, "organisationId", "petition.organisation.unknown");
        }
        if (title.isEmpty() || title.length() > 200) {
            InitiativeForms.reject(errors, "title", "initiative.title.invalid");
        }
        if (summary.isEmpty() || summary.length() > 500) {
            InitiativeForms.reject(errors, "summary", "initiative.summary.invalid");
        }
        if (f.text(f.description()).length() > 20_000) {
            InitiativeForms.reject(errors, "description", "initiative.description.tooLong");
        }
        var domain = ServiceDomain.fromCode(f.domain());
        if (domain.isEmpty()) {
            InitiativeForms.reject(errors, "domain", "initiative.domain.unknown");
        }
        var level = Level.fromCode(f.level()).filter(l -> l != Level.INDIVIDUAL);
        if (level.isEmpty()) {
            InitiativeForms.reject(errors, "level", "petition.level.invalid");
        }
        if (!errors.hasErrors() && !api.counts(me)) {
            // The proposer's own support is the first: it counts only from a confirmed address.
            errors.reject(Refused.UNCONFIRMED, Refused.UNCONFIRMED);
        }
        if (errors.hasErrors()) {
            return null;
        }
        long id = petitions.insert(
                f.organisationId(), me.personId(), title, summary, f.text(f.description()), domain.get(), level.get());
        support(me, id);
        return id;
    }

    /** Returns false when the person had already supported: the database counts each person once. */
    @Transactional
    boolean support(SignedInPerson me, long id) {
        api.requireCounts(me, "support");
        // Supports of one petition queue here, so each sees the count its predecessor left and the one that
        // reaches the threshold is never missed by two that raced.
        petitions.lock(id);
        Petition p = petitions.find(id).orElseThrow(NotFound::new);
        if (!p.open()) {
            throw new Refused("support", "petition.closed");
        }
        if (petitions.hasSupported(id, me.personId())) {
            return false;
        }
        try {
            petitions.support(id, me.personId());
        } catch (DuplicateKeyException raced) {
            return false;
        }
        if (p.supports() + 1 >= p.supportThreshold()) {
            petitions.markThresholdReached(id, InitiativeService.today());
        }
        return true;
    }

    /**
     * Supports from many people at once (imports, the demo-data generator), with the rules of {@link #support}:
     * the petition must be open, each person counts once, reaching the threshold starts the answer clock, and
     * only confirmed addresses count ({@link Initiatives#counts}). Returns how many supports were added.
     */
    @Transactional
    public int supportAll(long id, java.util.List<Long> people) {
        petitions.lock(id);
        Petition p = petitions.find(id).orElseThrow(NotFound::new);
        if (!p.open()) {
            throw new Refused("support", "petition.closed");
        }
        var already = petitions.supporters(id, people);
        var counting = api.counting(people);
        var adding = people.stream()
                .distinct()
                .filter(x -> !already.contains(x) && counting.contains(x))
                .toList();
        petitions.supportAll(id, adding);
        if (p.supports() + adding.size() >= p.supportThreshold()) {
            petitions.markThresholdReached(id, InitiativeService.today());
        }
        return adding.size();
    }

    /** Accepting creates a draft initiative; the answering professional owns it and the proposer co-owns it. */
    @Transactional
    long accept(SignedInPerson me, long id) {
        Petition p = answerable(me, id);
        var details = new InitiativeRepository.Details(
                p.title(),
                p.summary(),
                p.description(),
                p.organisationId(),
                null,
                p.domain(),
                p.level(),
                EnumSet.of(CitizenRole.INITIATOR),
                EnumSet.of(Objective.NONE),
                null,
                null);
        long initiative = initiatives.insert(details, Status.DRAFT, me.personId());
        members.put(initiative, me.personId(), MemberRole.OWNER);
        if (p.proposerId() != null && p.proposerId() != me.personId()) {
            members.put(initiative, p.proposerId(), MemberRole.OWNER);
        }
        if (!petitions.answer(id, Petition.ACCEPTED, null, initiative)) {
            throw new Refused("answer", "petition.closed");
        }
        return initiative;
    }

    @Transactional
    void decline(SignedInPerson me, long id, String reasons) {
        answerable(me, id);
        String text = reasons == null ? "" : reasons.trim();
        if (text.isEmpty() || text.length() > 5000) {
            throw new Refused("reasons", "petition.reasons.required");
        }
        if (!petitions.answer(id, Petition.DECLINED, text, null)) {
            throw new Refused("answer", "petition.closed");
        }
    }

    @Transactional
    void saveSettings(SignedInPerson me, long organisationId, PetitionSettings settings) {
        requireProfessionalOf(me, organisationId);
        if (settings.supportThreshold() < 1 || settings.supportThreshold() > 1_000_000) {
            throw new Refused("supportThreshold", "petition.threshold.invalid");
        }
        if (settings.answerDays() < 1 || settings.answerDays() > 365) {
            throw new Refused("answerDays", "petition.days.invalid");
        }
        petitions.saveSettings(organisationId, settings);
    }

    boolean mayAnswer(SignedInPerson me, Petition p) {
        return me != null && p.open() && (me.isAdmin() || isProfessionalOf(me, p.organisationId()));
    }

    Long organisationOf(SignedInPerson me) {
        return me == null
                ? null
                : accounts.person(me.personId()).map(Person::organisationId).orElse(null);
    }

    private Petition answerable(SignedInPerson me, long id) {
        Petition p = petitions.find(id).orElseThrow(NotFound::new);
        if (!me.isAdmin()) {
            requireProfessionalOf(me, p.organisationId());
        }
        if (!p.open()) {
            throw new Refused("answer", "petition.closed");
        }
        return p;
    }

    private void requireProfessionalOf(SignedInPerson me, long organisationId) {
        if (!isProfessionalOf(me, organisationId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private boolean isProfessionalOf(SignedInPerson me, long organisationId) {
        return me != null && me.isProfessional() && Objects.equals(organisationOf(me), organisationId);
    }
}
