package org.cocrea.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The census, census_entry, resident, residence_claim_failure and residence_contest tables. Only hashes are ever
 * stored.
 */
@Repository
class CensusRepository {
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    CensusRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** When and by whom an organisation's list was last uploaded. */
    record Census(long organisationId, String salt, int entries, OffsetDateTime uploadedAt) {}

    Optional<Census> census(long organisationId) {
        return jdbc.sql("SELECT organisation_id, salt, entries, uploaded_at FROM census WHERE organisation_id = :org")
                .param("org", organisationId)
                .query((rs, n) -> new Census(
                        rs.getLong(1), rs.getString(2).trim(), rs.getInt(3), rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    List<Long> organisationsWithCensus() {
        return jdbc.sql("SELECT organisation_id FROM census ORDER BY organisation_id")
                .query(Long.class)
                .list();
    }

    /** Creates the census row with its salt, or updates an existing one (whose salt never changes). */
    void saveCensus(long organisationId, String newSalt, int entries, long uploadedBy) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                UPDATE census SET entries = :entries, uploaded_by = :by, uploaded_at = :now
                WHERE organisation_id = :org
                """)
                .param("org", organisationId)
                .param("entries", entries)
                .param("by", uploadedBy)
                .param("now", now)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO census (organisation_id, salt, entries, uploaded_by, uploaded_at)
                    VALUES (:org, :salt, :entries, :by, :now)
                    """)
                    .param("org", organisationId)
                    .param("salt", newSalt)
                    .param("entries", entries)
                    .param("by", uploadedBy)
                    .param("now", now)
                    .update();
        }
    }

    /** Replaces the organisation's entries; call inside a transaction, after {@link #saveCensus}. */
    void replaceEntries(long organisationId, Collection<String> hashes) {
        jdbc.sql("DELETE FROM census_entry WHERE organisation_id = :org")
                .param("org", organisationId)
                .update();
        var batch = new ArrayList<Map<String, Object>>(BATCH);
        for (String hash : hashes) {
            batch.add(Map.of("org", organisationId, "hash", hash));
            if (batch.size() == BATCH) {
                insert(batch);
                batch.clear();
            }
        }
        insert(batch);
    }

    @SuppressWarnings("unchecked")
    private void insert(List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            named.batchUpdate(
                    "INSERT INTO census_entry (organisation_id, identifier_hash) VALUES (:org, :hash)",
                    rows.toArray(new Map[0]));
        }
    }

    boolean inCensus(long organisationId, String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM census_entry WHERE organisation_id = :org AND identifier_hash = :hash")
                        .param("org", organisationId)
                        .param("hash", hash)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The hash a person verified, if it is still in the organisation's current census. */
    Optional<String> residentHash(long personId, long organisationId) {
        return jdbc.sql("""
                SELECT r.identifier_hash FROM resident r
                JOIN census_entry e ON e.organisation_id = r.organisation_id AND e.identifier_hash = r.identifier_hash
                WHERE r.person_id = :person AND r.organisation_id = :org
                """)
                .param("person", personId)
                .param("org", organisationId)
                .query(String.class)
                .optional()
                .map(String::trim);
    }

    /** The organisations where the person is a verified resident today. */
    List<Long> residences(long personId) {
        return jdbc.sql("""
                SELECT r.organisation_id FROM resident r
                JOIN census_entry e ON e.organisation_id = r.organisation_id AND e.identifier_hash = r.identifier_hash
                WHERE r.person_id = :person ORDER BY r.organisation_id
                """).param("person", personId).query(Long.class).list();
    }

    /**
     * Records the person as the resident with this identifier, replacing an earlier claim of theirs. Throws
     * {@link org.springframework.dao.DuplicateKeyException} when another account holds the identifier.
     */
    void claim(long personId, long organisationId, String hash) {
        jdbc.sql("DELETE FROM resident WHERE person_id = :person AND organisation_id = :org")
                .param("person", personId)
                .param("org", organisationId)
                .update();
        jdbc.sql("""
                INSERT INTO resident (organisation_id, identifier_hash, person_id, verified_at)
                VALUES (:org, :hash, :person, :now)
                """)
                .param("org", organisationId)
                .param("hash", hash)
                .param("person", personId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    void failedClaim(long personId) {
        jdbc.sql("INSERT INTO residence_claim_failure (person_id, failed_at) VALUES (:person, :now)")
                .param("person", personId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    long failedClaimsSince(long personId, OffsetDateTime since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM residence_claim_failure WHERE person_id = :person AND failed_at > :since
                """)
                .param("person", personId)
                .param("since", since)
                .query(Long.class)
                .single();
    }

    /** An open contested claim: someone claimed an identifier that verifies another account. */
    record Contest(long id, long organisationId, String identifierHash, long claimantId, OffsetDateTime claimedAt) {}

    /** The account the identifier verifies in the organisation, if any. */
    Optional<Long> holder(long organisationId, String hash) {
        return jdbc.sql("SELECT person_id FROM resident WHERE organisation_id = :org AND identifier_hash = :hash")
                .param("org", organisationId)
                .param("hash", hash)
                .query(Long.class)
                .optional();
    }

    /** Records a contested claim; false when the claimant already has one open for this identifier. */
    boolean contest(long organisationId, String hash, long claimantId) {
        return jdbc.sql("""
                        INSERT INTO residence_contest (organisation_id, identifier_hash, claimant_id, claimed_at, pending)
                        VALUES (:org, :hash, :claimant, :now, 'Y') ON CONFLICT DO NOTHING
                        """)
                        .param("org", organisationId)
                        .param("hash", hash)
                        .param("claimant", claimantId)
                        .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    private static final String CONTEST_COLUMNS =
            "SELECT id, organisation_id, identifier_hash, claimant_id, claimed_at FROM residence_contest ";

    List<Contest> openContests(long organisationId) {
        return jdbc.sql(CONTEST_COLUMNS + "WHERE organisation_id = :org AND pending = 'Y' ORDER BY claimed_at, id")
                .param("org", organisationId)
                .query(CensusRepository::contest)
                .list();
    }

    Optional<Contest> openContest(long organisationId, long contestId) {
        return jdbc.sql(CONTEST_COLUMNS + "WHERE id = :id AND organisation_id = :org AND pending = 'Y'")
                .param("id", contestId)
                .param("org", organisationId)
                .query(CensusRepository::contest)
                .optional();
    }

    private static Contest contest(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Contest(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3).trim(),
                rs.getLong(4),
                rs.getObject(5, OffsetDateTime.class));
    }

    /** Closes an open contest; false when it was already decided (two officers at once: one decision wins). */
    boolean decide(long contestId, boolean confirmed, long officerId) {
        return jdbc.sql("""
                        UPDATE residence_contest
                        SET decision = :decision, decided_by = :officer, decided_at = :now, pending = NULL
                        WHERE id = :id AND pending = 'Y'
                        """)
                        .param("decision", confirmed ? "confirmed" : "rejected")
                        .param("officer", officerId)
                        .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .param("id", contestId)
                        .update()
                == 1;
    }

    /** Moves the identifier's verification to the claimant; call inside a transaction. */
    void moveTo(long claimantId, long organisationId, String hash) {
        jdbc.sql("DELETE FROM resident WHERE organisation_id = :org AND identifier_hash = :hash")
                .param("org", organisationId)
                .param("hash", hash)
                .update();
        claim(claimantId, organisationId, hash);
    }

    void forget(long personId) {
        jdbc.sql("DELETE FROM resident WHERE person_id = :person")
                .param("person", personId)
                .update();
        jdbc.sql("DELETE FROM residence_contest WHERE claimant_id = :person AND pending = 'Y'")
                .param("person", personId)
                .update();
        jdbc.sql("DELETE FROM residence_claim_failure WHERE person_id = :person")
                .param("person", personId)
                .update();
    }
}
