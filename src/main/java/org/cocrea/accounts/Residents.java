package org.cocrea.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The residents register: an organisation's census list of identifiers and the people who proved they are on
 * it. Identifiers are kept only as HMAC-SHA256 keyed by a server pepper ({@code cocrea.residents.pepper}) and a
 * per-organisation salt, so that the database alone does not reveal who lives where.
 */
@Service
public class Residents {
    static final int CLAIM_FAILURES_PER_DAY = 5;
    private static final Logger log = LoggerFactory.getLogger(Residents.class);

    private final CensusRepository census;
    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final Mailer mailer;
    private final MessageSource messages;
    private final byte[] pepper;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    Residents(
            CensusRepository census,
            PersonRepository people,
            OrganisationRepository organisations,
            Mailer mailer,
            MessageSource messages,
            PlatformTransactionManager transactions,
            CocreaSettings settings) {
        this(
                census,
                people,
                organisations,
                mailer,
                messages,
                transactions,
                settings.residents().pepper());
    }

    Residents(
            CensusRepository census,
            PersonRepository people,
            OrganisationRepository organisations,
            Mailer mailer,
            MessageSource messages,
            PlatformTransactionManager transactions,
            String pepper) {
        this.census = census;
        this.people = people;
        this.organisations = organisations;
        this.mailer = mailer;
        this.messages = messages;
        this.tx = new TransactionTemplate(transactions);
        this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
        if (pepper.isBlank()) {
            log.warn("cocrea.residents.pepper is not set: census hashes are keyed by the database's salts alone");
        }
    }

    /** Whether the person proved residence with an identifier that is on the organisation's current list. */
    public boolean isVerifiedResident(long personId, long organisationId) {
        return census.residentHash(personId, organisationId).isPresent();
    }

    /**
     * An opaque key standing for the identifier the person verified (the same for the same identifier), so that
     * other modules can tell that a ballot by this person and one recorded for their identifier are the same.
     */
    public Optional<String> residentKey(long personId, long organisationId) {
        return census.residentHash(personId, organisationId);
    }

    /** The opaque key of an identifier, when it is on the organisation's current census list. */
    public Optional<String> censusKey(long organisationId, String identifier) {
        String normalised = CensusCsv.normalise(identifier);
        if (normalised == null) {
            return Optional.empty();
        }
        return census.census(organisationId)
                .map(c -> hash(c.salt(), normalised))
                .filter(h -> census.inCensus(organisationId, h));
    }

    Optional<CensusRepository.Census> census(long organisationId) {
        return census.census(organisationId);
    }

    List<Long> residences(long personId) {
        return census.residences(personId);
    }

    List<Long> organisationsWithCensus() {
        return census.organisationsWithCensus();
    }

    /** Replaces the organisation's list in one transaction; throws {@link org.cocrea.platform.Refused} for the file, storing nothing. */
    int upload(long organisationId, long uploaderId, byte[] csv) {
        var identifiers = CensusCsv.read(csv);
        return tx.execute(status -> {
            census.saveCensus(organisationId, newSalt(), identifiers.size(), uploaderId);
            String salt = census.census(organisationId).orElseThrow().salt();
            var hashes = new LinkedHashSet<String>();
            identifiers.forEach(i -> hashes.add(hash(salt, i)));
            census.replaceEntries(organisationId, hashes);
            return hashes.size();
        });
    }

    /** What a claim came to: {@code accepted} with a notice to show, or refused with the problem to show. */
    record ClaimOutcome(boolean accepted, String messageKey) {
        static ClaimOutcome refused(String key) {
            return new ClaimOutcome(false, key);
        }
    }

    /**
     * Makes the person a verified resident, or says why not. A claim of an identifier that verifies another account
     * is not answered "taken" (that would tell who is on the register): it counts toward the daily limit like a
     * failure, goes before an officer of the organisation as a contest, and the account holding it is told.
     */
    ClaimOutcome claim(long personId, long organisationId, String identifier) {
        var since = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        if (census.failedClaimsSince(personId, since) >= CLAIM_FAILURES_PER_DAY) {
            return ClaimOutcome.refused("residence.claim.tooMany");
        }
        if (CensusCsv.normalise(identifier) == null) {
            return ClaimOutcome.refused("residence.claim.invalid");
        }
        var key = censusKey(organisationId, identifier);
        if (key.isEmpty()) {
            census.failedClaim(personId);
            return ClaimOutcome.refused("residence.claim.notFound");
        }
        try {
            tx.executeWithoutResult(status -> census.claim(personId, organisationId, key.get()));
            return new ClaimOutcome(true, "residence.claim.done");
        } catch (DuplicateKeyException e) {
            census.failedClaim(personId);
            var holder = census.holder(organisationId, key.get());
            if (census.contest(organisationId, key.get(), personId)) {
                log.info("Contested residence claim recorded for organisation {}", organisationId);
                holder.ifPresent(id -> notify(id, organisationId, "mail.residenceContested"));
            }
            return new ClaimOutcome(true, "residence.claim.received");
        }
    }

    /**
     * The census keys of a fiscal code asserted by an identity provider (its {@code fiscal_number} claim, e.g.
     * {@code TINIT-RSSMRA80A01H501U} as SPID and CIE gateways send it), for every organisation whose current list has
     * it: organisation id to keyed hash. The code itself is not kept anywhere (ADR 0029).
     */
    java.util.Map<Long, String> censusKeysOfFiscalNumber(String fiscalNumber) {
        var keys = new java.util.LinkedHashMap<Long, String>();
        if (fiscalNumber == null) {
            return keys;
        }
        String code = fiscalNumber.strip();
        if (code.regionMatches(true, 0, "TINIT-", 0, 6)) {
            code = code.substring(6);
        }
        if (CensusCsv.normalise(code) == null) {
            return keys;
        }
        for (long organisationId : census.organisationsWithCensus()) {
            String identifier = code;
            censusKey(organisationId, identifier).ifPresent(key -> keys.put(organisationId, key));
        }
        return keys;
    }

    /**
     * Makes the person a verified resident of each organisation whose census key an identity provider vouched for.
     * A key that already verifies another account is not moved: like a claim typed in, it becomes a contest before
     * the organisation's officers, and the account holding it is told.
     */
    void verifyByIdentityProvider(long personId, java.util.Map<Long, String> keys) {
        keys.forEach((organisationId, key) -> {
            if (census.residentHash(personId, organisationId)
                    .filter(key::equals)
                    .isPresent()) {
                return;
            }
            try {
                tx.executeWithoutResult(status -> census.claim(personId, organisationId, key));
                log.info(
                        "Person {} verified as a resident of organisation {} by an identity provider",
                        personId,
                        organisationId);
            } catch (DuplicateKeyException e) {
                var holder = census.holder(organisationId, key);
                if (holder.filter(id -> id == personId).isEmpty() && census.contest(organisationId, key, personId)) {
                    log.info("Contested residence (identity provider) recorded for organisation {}", organisationId);
                    holder.ifPresent(id -> notify(id, organisationId, "mail.residenceContested"));
                }
            }
        });
    }

    /** The open contested claims of an organisation, for its officers; identifiers are never shown. */
    List<ResidenceContest> openContests(long organisationId) {
        return census.openContests(organisationId).stream()
                .map(c -> {
                    var claimant = people.findById(c.claimantId());
                    var holder =
                            census.holder(organisationId, c.identifierHash()).flatMap(people::findById);
                    return new ResidenceContest(
                            c.id(),
                            claimant.map(Person::name).orElse(""),
                            claimant.map(Person::email).orElse(""),
                            holder.map(Person::name).orElse(null),
                            holder.map(Person::email).orElse(null),
                            c.claimedAt());
                })
                .toList();
    }

    /**
     * An officer's decision on an open contest: confirmed moves the verification to the claimant, rejected leaves
     * it where it is. Both the earlier holder and the claimant are told. False when there is no such open contest.
     */
    boolean decide(long organisationId, long contestId, boolean confirmed, long officerId) {
        var contest = census.openContest(organisationId, contestId);
        if (contest.isEmpty()) {
            return false;
        }
        var c = contest.get();
        var holder = census.holder(organisationId, c.identifierHash());
        Boolean decided = tx.execute(status -> {
            if (!census.decide(contestId, confirmed, officerId)) {
                return false;
            }
            if (confirmed) {
                census.moveTo(c.claimantId(), organisationId, c.identifierHash());
            }
            return true;
        });
        if (!Boolean.TRUE.equals(decided)) {
            return false;
        }
        log.info(
                "Contested residence claim {} of organisation {} {}",
                contestId,
                organisationId,
                confirmed ? "confirmed" : "rejected");
        holder.filter(id -> id != c.claimantId())
                .ifPresent(id -> notify(id, organisationId, confirmed ? "mail.residenceMoved" : "mail.residenceKept"));
        notify(
                c.claimantId(),
                organisationId,
                confirmed ? "mail.residenceContestConfirmed" : "mail.residenceContestRejected");
        return true;
    }

    /** Mails a person about their residence in the organisation, in their language. */
    private void notify(long personId, long organisationId, String messageKey) {
        var person = people.findById(personId).filter(p -> !p.deleted());
        var organisation = organisations.find(organisationId);
        if (person.isEmpty() || organisation.isEmpty()) {
            return;
        }
        var locale = person.get().language().locale();
        Object[] args = {person.get().name(), organisation.get().name()};
        mailer.send(
                person.get().email(),
                messages.getMessage(messageKey + ".subject", args, locale),
                messages.getMessage(messageKey + ".body", args, locale));
    }

    @EventListener
    void on(PersonDeleted event) {
        census.forget(event.personId());
    }

    private String newSalt() {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    private String hash(String salt, String identifier) {
        try {
            byte[] saltBytes = HexFormat.of().parseHex(salt);
            byte[] key = new byte[pepper.length + saltBytes.length];
            System.arraycopy(pepper, 0, key, 0, pepper.length);
            System.arraycopy(saltBytes, 0, key, pepper.length, saltBytes.length);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
