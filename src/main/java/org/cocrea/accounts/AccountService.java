package org.cocrea.accounts;

import java.time.Duration;
import java.util.Locale;
import org.cocrea.platform.AddressedMail;
import org.cocrea.platform.Language;
import org.cocrea.platform.LanguageChosen;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.Refused;
import org.cocrea.platform.Throttle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, verification, password reset, profile changes and deletion. */
@Service
class AccountService {
    static final Duration VERIFY_VALIDITY = Duration.ofDays(2);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final int VERIFY_MAILS_PER_HOUR = 3;

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final TokenRepository tokens;
    private final Throttle throttle;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    AccountService(
            PersonRepository people,
            OrganisationRepository organisations,
            TokenRepository tokens,
            Throttle throttle,
            PasswordEncoder encoder,
            ApplicationEventPublisher events) {
        this.people = people;
        this.organisations = organisations;
        this.tokens = tokens;
        this.throttle = throttle;
        this.encoder = encoder;
        this.events = events;
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates the account and mails the confirmation link; for an address that already has an account, creates
     * nothing and mails its owner instead (finding 9), so the caller answers both the same way. A registration
     * racing another for the same new address throws {@link DuplicateKeyException}.
     */
    @Transactional
    void register(RegistrationForm form) {
        String email = normaliseEmail(form.email());
        Language language = Language.fromCode(form.language())
                .orElseThrow(() -> new Refused("language", "register.language.unknown"));
        // Hashed in both cases, so that an existing address takes as long to answer as a new one.
        String hash = encoder.encode(form.password());
        var existing = people.findByEmail(email);
        if (existing.isPresent()) {
            if (throttle.tryAcquire(AccountLimits.REGISTRATION_NOTICE, email)) {
                Person owner = existing.get();
                events.publishEvent(AddressedMail.to(
                                owner.email(),
                                owner.language(),
                                "mail.registerAttempt.subject",
                                "mail.registerAttempt.body")
                        .bodyArgs(Arg.text(owner.name()), Arg.link("/login"), Arg.link("/password/forgot")));
            }
            return;
        }
        long id = people.insert(
                new PersonRepository.NewPerson(email, form.name().trim(), hash, language, PersonKind.CITIZEN));
        // The registration's mail is the first of the hour's confirmation mails.
        throttle.tryAcquire(AccountLimits.VERIFICATION_MAILS, Long.toString(id));
        sendVerification(people.findById(id).orElseThrow());
    }

    /** Creates a person with a known password and verified email (demo data, admin tools). */
    @Transactional
    long createVerified(String email, String name, String password, Language language) {
        long id = people.insert(new PersonRepository.NewPerson(
                normaliseEmail(email), name, encoder.encode(password), language, PersonKind.CITIZEN));
        people.markVerified(id);
        return id;
    }

    /**
     * Sends a new confirmation link to a person whose address is not confirmed yet, at most
     * {@link #VERIFY_MAILS_PER_HOUR} a hour (the one sent at registration included), so that the resend button
     * cannot flood a mailbox. Returns whether a mail went out.
     */
    @Transactional
    boolean resendVerification(long personId) {
        var person = people.findById(personId).filter(p -> !p.verified() && !p.deleted());
        if (person.isEmpty()) {
            return true; // confirmed already (or gone): nothing to send, nothing to wait for
        }
        // Counted in the throttle, not from the tokens: a new link voids the older ones (finding 8), so the tokens
        // left say nothing of how many mails went out.
        if (!throttle.tryAcquire(AccountLimits.VERIFICATION_MAILS, Long.toString(personId))) {
            return false;
        }
        sendVerification(person.get());
        return true;
    }

    void sendVerification(Person person) {
        mailLink(person, TokenRepository.Purpose.VERIFY, VERIFY_VALIDITY, "/verify", "mail.verify");
    }

    /** Mails the person a single-use link, in their language. */
    private void mailLink(
            Person person, TokenRepository.Purpose purpose, Duration validity, String path, String messageKey) {
        String token = tokens.issue(person.id(), purpose, validity);
        // Mailed after the commit: a rolled-back request sends no link that does not work.
        events.publishEvent(
                AddressedMail.to(person.email(), person.language(), messageKey + ".subject", messageKey + ".body")
                        .bodyArgs(Arg.text(person.name()), Arg.link(path + "?token=" + token)));
    }

    @Transactional
    boolean verify(String token) {
        return tokens.consume(token, TokenRepository.Purpose.VERIFY)
                .map(id -> {
                    people.markVerified(id);
                    return true;
                })
                .orElse(false);
    }

    /** Sends a reset link when the email belongs to an account; says nothing either way to the caller. */
    @Transactional
    void requestReset(String email) {
        people.findByEmail(normaliseEmail(email))
                .filter(p -> !p.deleted())
                .ifPresent(person -> mailLink(
                        person, TokenRepository.Purpose.RESET, RESET_VALIDITY, "/password/reset", "mail.reset"));
    }

    boolean resetTokenUsable(String token) {
        return tokens.isUsable(token, TokenRepository.Purpose.RESET);
    }

    @Transactional
    boolean resetPassword(String token, String newPassword) {
        return tokens.consume(token, TokenRepository.Purpose.RESET)
                .flatMap(people::findById)
                .map(person -> {
                    people.updatePassword(person.id(), encoder.encode(newPassword));
                    // The link came by mail, so the address is proven too.
                    people.markVerified(person.id());
                    throttle.reset(AccountLimits.SIGN_IN_ACCOUNT, person.email());
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    Person updateProfile(long id, ProfileForm form) {
        Language language = Language.fromCode(form.language())
                .orElseThrow(() -> new Refused("language", "register.language.unknown"));
        people.updateProfile(id, form.name().trim(), language);
        return people.findById(id).orElseThrow();
    }

    @Transactional
    void changePassword(long id, String current, String replacement) {
        String hash = people.passwordHash(id).orElseThrow(() -> new Refused("current", "password.wrong"));
        if (!encoder.matches(current, hash)) {
            throw new Refused("current", "password.wrong");
        }
        people.updatePassword(id, encoder.encode(replacement));
    }

    @Transactional
    void delete(long id, String password) {
        String hash = people.passwordHash(id).orElseThrow(() -> new Refused("password", "password.wrong"));
        if (password == null || !encoder.matches(password, hash)) {
            throw new Refused("password", "password.wrong");
        }
        tokens.deleteFor(id);
        people.anonymise(id);
        events.publishEvent(new PersonDeleted(id));
    }

    @Transactional
    void assignRole(long id, PersonKind kind, boolean admin, Long organisationId, Long departmentId) {
        if (kind == PersonKind.PROFESSIONAL && organisationId == null) {
            throw new Refused("organisationId", "admin.person.organisationRequired");
        }
        if (organisationId != null && organisations.find(organisationId).isEmpty()) {
            throw new Refused("organisationId", "admin.person.organisationUnknown");
        }
        if (departmentId != null) {
            var department = organisations
                    .department(departmentId)
                    .orElseThrow(() -> new Refused("departmentId", "admin.person.departmentUnknown"));
            if (!Long.valueOf(department.organisationId()).equals(organisationId)) {
                throw new Refused("departmentId", "admin.person.departmentMismatch");
            }
        }
        try {
            people.updateRole(id, kind, admin, organisationId, departmentId);
        } catch (DataIntegrityViolationException e) {
            throw new Refused("organisationId", "admin.person.organisationRequired");
        }
    }

    @EventListener
    void remember(LanguageChosen chosen) {
        people.updateLanguage(chosen.personId(), chosen.language());
    }
}
