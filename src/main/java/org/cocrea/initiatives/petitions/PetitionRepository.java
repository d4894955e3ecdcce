package org.cocrea.initiatives.petitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Petitions, their supports (one per person, by primary key) and each organisation's threshold settings. */
@Repository
public class PetitionRepository {
    static final int DEFAULT_THRESHOLD = 50;
    static final int DEFAULT_DAYS = 60;
    private static final String SELECT = """
            SELECT p.*, (SELECT COUNT(*) FROM petition_support s WHERE s.petition_id = p.id) AS supports
            FROM petition p""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    /** Without batch inserts (repository tests of the single-row methods). */
    PetitionRepository(JdbcClient jdbc) {
        this(jdbc, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    PetitionRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    PetitionSettings settings(long organisationId) {
        return jdbc.sql("SELECT support_threshold, answer_days FROM petition_settings WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(PetitionSettings.class)
                .optional()
                .orElse(new PetitionSettings(DEFAULT_THRESHOLD, DEFAULT_DAYS));
    }

    void saveSettings(long organisationId, PetitionSettings s) {
        int updated = jdbc.sql("""
                UPDATE petition_settings SET support_threshold = :t, answer_days = :d WHERE organisation_id = :org
                """)
                .param("t", s.supportThreshold())
                .param("d", s.answerDays())
                .param("org", organisationId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO petition_settings (organisation_id, support_threshold, answer_days)
                    VALUES (:org, :t, :d)
                    """)
                    .param("t", s.supportThreshold())
                    .param("d", s.answerDays())
                    .param("org", organisationId)
                    .update();
        }
    }

    long insert(
            long organisationId,
            long proposerId,
            String title,
            String summary,
            String description,
            ServiceDomain domain,
            Level level) {
        PetitionSettings s = settings(organisationId);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO petition (organisation_id, proposer_id, title, summary, description, domain,
                    level, status, support_threshold, answer_days, created_at)
                VALUES (:org, :proposer, :title, :summary, :description, :domain, :level, 'collecting', :t, :d, :now)
                """)
                .param("org", organisationId)
                .param("proposer", proposerId)
                .param("title", title)
                .param("summary", summary)
                .param("description", description)
                .param("domain", domain.code())
                .param("level", level.code())
                .param("t", s.supportThreshold())
                .param("d", s.answerDays())
                .param("now", InitiativeRepository.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Locks the petition's row until the transaction ends (nothing when it does not exist). */
    void lock(long id) {
        jdbc.sql("SELECT id FROM petition WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /** Throws {@code DuplicateKeyException} on a second support by the same person. */
    void support(long petitionId, long personId) {
        jdbc.sql("INSERT INTO petition_support (petition_id, person_id, supported_at) VALUES (:p, :person, :now)")
                .param("p", petitionId)
                .param("person", personId)
                .param("now", InitiativeRepository.now())
                .update();
    }

    /** Of the given people, those who already support the petition. */
    java.util.Set<Long> supporters(long petitionId, java.util.Collection<Long> people) {
        var found = new java.util.HashSet<Long>();
        var all = List.copyOf(people);
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(jdbc.sql(
                            "SELECT person_id FROM petition_support WHERE petition_id = :p AND person_id IN (:people)")
                    .param("p", petitionId)
                    .param("people", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(Long.class)
                    .list());
        }
        return found;
    }

    /** Inserts supports in one JDBC batch; the primary key still refuses a second support by anyone. */
    void supportAll(long petitionId, List<Long> people) {
        var now = InitiativeRepository.now();
        batch.batchUpdate(
                "INSERT INTO petition_support (petition_id, person_id, supported_at) VALUES (?, ?, ?)",
                people,
                500,
                (ps, person) -> {
                    ps.setLong(1, petitionId);
                    ps.setLong(2, person);
                    ps.setObject(3, now);
                });
    }

    boolean hasSupported(long petitionId, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM petition_support WHERE petition_id = :p AND person_id = :person")
                        .param("p", petitionId)
                        .param("person", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Moves a collecting petition to "awaiting answer" once; returns whether it did. */
    boolean markThresholdReached(long id, LocalDate today) {
        var p = find(id).orElseThrow();
        return jdbc.sql("""
                        UPDATE petition SET status = 'awaiting-answer', threshold_reached_on = :today,
                            answer_due_on = :due
                        WHERE id = :id AND status = 'collecting'
                        """)
                        .param("today", today)
                        .param("due", today.plusDays(p.answerDays()))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Records the answer only if the petition is still open, so two answers cannot both win. */
    boolean answer(long id, String status, String reasons, Long initiativeId) {
        return jdbc.sql("""
                        UPDATE petition SET status = :status, decline_reasons = :reasons,
                            initiative_id = :initiative, answered_at = :now
                        WHERE id = :id AND status IN ('collecting', 'awaiting-answer')
                        """)
                        .param("status", status)
                        .param("reasons", reasons)
                        .param("initiative", initiativeId)
                        .param("now", InitiativeRepository.now())
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<Petition> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(PetitionRepository::row)
                .optional();
    }

    List<Petition> all(int limit) {
        return jdbc.sql(SELECT + " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit")
                .param("limit", limit)
                .query(PetitionRepository::row)
                .list();
    }

    private static Petition row(ResultSet rs, int n) throws SQLException {
        long proposer = rs.getLong("proposer_id");
        boolean noProposer = rs.wasNull();
        long initiative = rs.getLong("initiative_id");
        boolean noInitiative = rs.wasNull();
        return new Petition(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                noProposer ? null : proposer,
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("description"),
                ServiceDomain.fromCode(rs.getString("domain")).orElseThrow(),
                Level.fromCode(rs.getString("level")).orElseThrow(),
                rs.getString("status"),
                rs.getInt("support_threshold"),
                rs.getInt("answer_days"),
                rs.getObject("threshold_reached_on", LocalDate.class),
                rs.getObject("answer_due_on", LocalDate.class),
                rs.getObject("answered_at", OffsetDateTime.class),
                rs.getString("decline_reasons"),
                noInitiative ? null : initiative,
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getLong("supports"));
    }
}
