package org.cocrea.accounts;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.cocrea.platform.Language;
import org.cocrea.platform.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts and identities at OpenID Connect providers (ADR 0029). An identity opens the account it is linked to. An
 * identity not linked yet waits in the session ({@link Pending}) until its person either creates a new account with it
 * or signs in once with the password of an existing account, which links it: an e-mail claim never links by itself,
 * verified or not.
 */
@Service
class OidcAccounts {
    /** Session attribute: an identity the provider vouched for, not linked to an account yet. */
    static final String PENDING = "cocrea.oidc.pending";
    /** Session attribute: the provider sign-in of the session's person, to end it at the provider at sign-out. */
    static final String SIGNED_IN = "cocrea.oidc.session";

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

    private final OidcIdentityRepository identities;
    private final PersonRepository people;
    private final Residents residents;
    private final AccountService accounts;
    private final TransactionTemplate tx;

    OidcAccounts(
            OidcIdentityRepository identities,
            PersonRepository people,
            Residents residents,
            AccountService accounts,
            PlatformTransactionManager transactions) {
        this.identities = identities;
        this.people = people;
        this.residents = residents;
        this.accounts = accounts;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What ending the session at the provider needs: the provider, and the ID token it issued (its hint). */
    record ProviderSession(String provider, String subject, String idToken, Instant issuedAt, Instant expiresAt)
            implements Serializable {}

    /**
     * An identity the provider vouched for, not linked yet. Its fiscal code is not kept, only the census keys it
     * matched (organisation id to keyed hash).
     *
     * @param existingAccount the account whose address a verified e-mail claim names, if any: it can only be linked by
     *     its password, never by the claim
     */
    record Pending(
            ProviderSession session,
            String email,
            boolean emailVerified,
            String name,
            HashMap<Long, String> residence,
            Long existingAccount)
            implements Serializable {}

    /** The account the identity opens, if linked. */
    java.util.Optional<Long> linkedAccount(String provider, String subject) {
        return identities.personOf(provider, subject);
    }

    /** The account a verified e-mail claim names, if any and not deleted; never one of an unverified claim. */
    Long accountOfVerifiedEmail(String email, boolean verified) {
        if (!verified || email == null || email.isBlank()) {
            return null;
        }
        return people.findByEmail(AccountService.normaliseEmail(email))
                .filter(p -> !p.deleted())
                .map(Person::id)
                .orElse(null);
    }

    void verifyResidence(long personId, Map<Long, String> residence) {
        if (!residence.isEmpty()) {
            residents.verifyByIdentityProvider(personId, residence);
        }
    }

    /**
     * The person signed in with the password of {@code personId} while an identity was pending in the session: links
     * it (their proof of holding the account). False when the identity or the account is linked otherwise already.
     */
    boolean linkPending(HttpSession session, long personId) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            return false;
        }
        session.removeAttribute(PENDING);
        try {
            tx.executeWithoutResult(status -> identities.link(
                    pending.session().provider(), pending.session().subject(), personId));
        } catch (DuplicateKeyException e) {
            log.info(
                    "Identity at {} not linked to person {}: linked otherwise already",
                    pending.session().provider(),
                    personId);
            return false;
        }
        log.info(
                "Identity at {} linked to person {} after a sign-in with its password",
                pending.session().provider(),
                personId);
        verifyResidence(personId, pending.residence());
        session.setAttribute(SIGNED_IN, pending.session());
        return true;
    }

    /**
     * Creates a citizen's account for the pending identity, with no password, and links it; the address counts as
     * confirmed only when it is the one the provider says it verified, otherwise a confirmation link is mailed. Throws
     * {@link Refused} (nothing stored) when the address has an account or the identity was linked meanwhile.
     */
    long create(Pending pending, String name, String email, Language language) {
        String address = AccountService.normaliseEmail(email);
        boolean verified = pending.emailVerified()
                && pending.email() != null
                && AccountService.normaliseEmail(pending.email()).equals(address);
        long id;
        try {
            id = tx.execute(status -> {
                if (people.findByEmail(address).isPresent()) {
                    throw new Refused("email", "oidc.new.emailTaken");
                }
                long created = people.insert(
                        new PersonRepository.NewPerson(address, name, null, language, PersonKind.CITIZEN));
                if (verified) {
                    people.markVerified(created);
                }
                identities.link(pending.session().provider(), pending.session().subject(), created);
                if (!verified) {
                    accounts.sendVerification(people.findById(created).orElseThrow());
                }
                return created;
            });
        } catch (DuplicateKeyException raced) {
            throw new Refused("email", "oidc.new.emailTaken");
        }
        log.info(
                "Account {} created at a first sign-in with {}",
                id,
                pending.session().provider());
        verifyResidence(id, pending.residence());
        return id;
    }

    /**
     * Disconnects the person's own identity at the provider. Throws {@link org.cocrea.platform.NotFound} when they
     * have none there (someone else's identity is never reached), and {@link Refused} (nothing changed) when it is
     * their last way to sign in: no password, no passkey, no identity at another provider.
     */
    void disconnect(long personId, String provider) {
        tx.executeWithoutResult(status -> {
            identities.lockAccount(personId);
            if (!identities.has(personId, provider)) {
                throw new org.cocrea.platform.NotFound();
            }
            if (!identities.disconnectUnlessLast(personId, provider)) {
                log.info("Identity at {} of person {} not disconnected: their last way to sign in", provider, personId);
                throw new Refused(null, "signInMethods.lastWay");
            }
        });
        log.info("Person {} disconnected their identity at {}", personId, provider);
    }

    CocreaUser user(long personId) {
        var person = people.findById(personId).orElseThrow();
        var stamps = people.stamps(personId).orElseThrow();
        return CocreaUser.of(person, null, false, stamps).withoutCredentials();
    }
}
