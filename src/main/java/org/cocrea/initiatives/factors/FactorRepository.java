package org.cocrea.initiatives.factors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readiness answers (one per initiative) and citizens' factor answers (one per member and initiative). */
@Repository
public class FactorRepository {
    private final JdbcClient jdbc;

    FactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveReadiness(long initiativeId, Factors.Answers a, long by) {
        jdbc.sql("DELETE FROM readiness_answer WHERE initiative_id = :i")
                .param("i", initiativeId)
                .update();
        jdbc.sql("""
                INSERT INTO readiness_answer (initiative_id, compatibility, open_attitude, risk_averse_culture,
                    incentives, answered_by, answered_at)
                VALUES (:i, :a0, :a1, :a2, :a3, :by, :now)
                """)
                .param("i", initiativeId)
                .param("a0", a.value(0))
                .param("a1", a.value(1))
                .param("a2", a.value(2))
                .param("a3", a.value(3))
                .param("by", by)
                .param("now", InitiativeRepository.now())
                .update();
    }

    Optional<Factors.Answers> readiness(long initiativeId) {
        return jdbc.sql("SELECT " + String.join(", ", Factors.ORGANISATION)
                        + " FROM readiness_answer WHERE initiative_id = :i")
                .param("i", initiativeId)
                .query((rs, n) -> answers(rs, Factors.ORGANISATION.size()))
                .optional();
    }

    /** Stores (or replaces) the person's answers and marks them changed since the last publication. */
    void saveCitizen(long initiativeId, long personId, Factors.Answers a) {
        deleteAnswer(initiativeId, personId);
        jdbc.sql("""
                INSERT INTO citizen_factor_answer (initiative_id, person_id, skills, intrinsic_motivation, ownership,
                    social_capital, risk_aversion, answered_at)
                VALUES (:i, :p, :a0, :a1, :a2, :a3, :a4, :now)
                """)
                .param("i", initiativeId)
                .param("p", personId)
                .param("a0", a.value(0))
                .param("a1", a.value(1))
                .param("a2", a.value(2))
                .param("a3", a.value(3))
                .param("a4", a.value(4))
                .param("now", InitiativeRepository.now())
                .update();
        markChanged(initiativeId, personId);
    }

    /** Withdraws the person's answers; a withdrawal is a change since the last publication too. */
    void deleteCitizen(long initiativeId, long personId) {
        if (deleteAnswer(initiativeId, personId) > 0) {
            markChanged(initiativeId, personId);
        }
    }

    private int deleteAnswer(long initiativeId, long personId) {
        return jdbc.sql("DELETE FROM citizen_factor_answer WHERE initiative_id = :i AND person_id = :p")
                .param("i", initiativeId)
                .param("p", personId)
                .update();
    }

    /** One mark per person, however often they change: the primary key keeps it. */
    private void markChanged(long initiativeId, long personId) {
        if (jdbc.sql("SELECT COUNT(*) FROM citizen_factor_change WHERE initiative_id = :i AND person_id = :p")
                        .param("i", initiativeId)
                        .param("p", personId)
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO citizen_factor_change (initiative_id, person_id) VALUES (:i, :p)")
                    .param("i", initiativeId)
                    .param("p", personId)
                    .update();
        }
    }

    /**
     * Queues the answers and publications of one initiative behind each other (a row lock on the initiative,
     * held until the transaction ends), so two answers arriving together never publish from two different views.
     */
    void lock(long initiativeId) {
        jdbc.sql("SELECT id FROM initiative WHERE id = :i FOR UPDATE")
                .param("i", initiativeId)
                .query(Long.class)
                .optional();
    }

    /** Who answered (ids only, never their values). */
    List<Long> respondents(long initiativeId) {
        return jdbc.sql("SELECT person_id FROM citizen_factor_answer WHERE initiative_id = :i")
                .param("i", initiativeId)
                .query(Long.class)
                .list();
    }

    /** Who answered, changed or withdrew their answers since the last publication. */
    List<Long> changedSincePublication(long initiativeId) {
        return jdbc.sql("SELECT person_id FROM citizen_factor_change WHERE initiative_id = :i")
                .param("i", initiativeId)
                .query(Long.class)
                .list();
    }

    /** The aggregate as last published, if it ever was. */
    Optional<Factors.Aggregate> published(long initiativeId) {
        return jdbc.sql("SELECT respondents, " + String.join(", ", Factors.CITIZEN)
                        + " FROM citizen_factor_snapshot WHERE initiative_id = :i")
                .param("i", initiativeId)
                .query((rs, n) -> aggregateOf(rs))
                .optional();
    }

    /** Replaces the published aggregate and starts counting changes afresh. */
    void publish(long initiativeId, Factors.Aggregate aggregate) {
        jdbc.sql("DELETE FROM citizen_factor_snapshot WHERE initiative_id = :i")
                .param("i", initiativeId)
                .update();
        var shown = !aggregate.suppressed();
        jdbc.sql("""
                INSERT INTO citizen_factor_snapshot (initiative_id, respondents, skills, intrinsic_motivation,
                    ownership, social_capital, risk_aversion, published_at)
                VALUES (:i, :n, :a0, :a1, :a2, :a3, :a4, :now)
                """)
                .param("i", initiativeId)
                .param("n", aggregate.respondents())
                .param("a0", shown ? aggregate.averages().get(0) : null)
                .param("a1", shown ? aggregate.averages().get(1) : null)
                .param("a2", shown ? aggregate.averages().get(2) : null)
                .param("a3", shown ? aggregate.averages().get(3) : null)
                .param("a4", shown ? aggregate.averages().get(4) : null)
                .param("now", InitiativeRepository.now())
                .update();
        jdbc.sql("DELETE FROM citizen_factor_change WHERE initiative_id = :i")
                .param("i", initiativeId)
                .update();
    }

    Optional<Factors.Answers> citizen(long initiativeId, long personId) {
        return jdbc.sql("SELECT " + String.join(", ", Factors.CITIZEN)
                        + " FROM citizen_factor_answer WHERE initiative_id = :i AND person_id = :p")
                .param("i", initiativeId)
                .param("p", personId)
                .query((rs, n) -> answers(rs, Factors.CITIZEN.size()))
                .optional();
    }

    /**
     * Averages of the answers of {@code counted} people only (those whose address is confirmed); individual rows
     * never leave this method, and fewer than {@link Factors#MIN_GROUP} give no averages.
     */
    Factors.Aggregate aggregate(long initiativeId, java.util.Collection<Long> counted) {
        if (counted.isEmpty()) {
            return new Factors.Aggregate(0, List.of());
        }
        var columns = Factors.CITIZEN.stream()
                .map(c -> "AVG(CAST(" + c + " AS DOUBLE PRECISION))")
                .toList();
        return jdbc.sql("SELECT COUNT(*), " + String.join(", ", columns)
                        + " FROM citizen_factor_answer WHERE initiative_id = :i AND person_id IN (:counted)")
                .param("i", initiativeId)
                .param("counted", List.copyOf(counted))
                .query((rs, n) -> aggregateOf(rs))
                .single();
    }

    /** A count and the averages after it; no averages below {@link Factors#MIN_GROUP}. */
    private static Factors.Aggregate aggregateOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        long count = rs.getLong(1);
        var averages = new ArrayList<Double>();
        for (int k = 0; k < Factors.CITIZEN.size(); k++) {
            averages.add(rs.getDouble(k + 2));
        }
        return new Factors.Aggregate(count, count < Factors.MIN_GROUP ? List.of() : averages);
    }

    private static Factors.Answers answers(java.sql.ResultSet rs, int size) throws java.sql.SQLException {
        var values = new ArrayList<Integer>();
        for (int k = 1; k <= size; k++) {
            values.add(rs.getInt(k));
        }
        return new Factors.Answers(List.copyOf(values));
    }
}
