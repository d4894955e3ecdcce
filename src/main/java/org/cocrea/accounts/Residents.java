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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    private final byte[] pepper;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    Residents(
            CensusRepository census,
            PlatformTransactionManager transactions,
            @Value("${cocrea.residents.pepper:}") String pepper) {
        this.census = census;
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

    /** Replaces the organisation's list in one transaction; throws {@link CensusCsv.Refused}, storing nothing. */
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

    /** Makes the person a verified resident, or gives the message key saying why not. */
    Optional<String> claim(long personId, long organisationId, String identifier) {
        var since = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        if (census.failedClaimsSince(personId, since) >= CLAIM_FAILURES_PER_DAY) {
            return Optional.of("residence.claim.tooMany");
        }
        if (CensusCsv.normalise(identifier) == null) {
            return Optional.of("residence.claim.invalid");
        }
        var key = censusKey(organisationId, identifier);
        if (key.isEmpty()) {
            census.failedClaim(personId);
            return Optional.of("residence.claim.notFound");
        }
        try {
            tx.executeWithoutResult(status -> census.claim(personId, organisationId, key.get()));
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return Optional.of("residence.claim.taken");
        }
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
