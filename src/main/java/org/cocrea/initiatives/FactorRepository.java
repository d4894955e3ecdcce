package org.cocrea.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readiness answers (one per initiative) and citizens' factor answers (one per member and initiative). */
@Repository
class FactorRepository {
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

    void saveCitizen(long initiativeId, long personId, Factors.Answers a) {
        deleteCitizen(initiativeId, personId);
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
    }

    void deleteCitizen(long initiativeId, long personId) {
        jdbc.sql("DELETE FROM citizen_factor_answer WHERE initiative_id = :i AND person_id = :p")
                .param("i", initiativeId)
                .param("p", personId)
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

    /** Averages only; individual rows never leave this method. */
    Factors.Aggregate aggregate(long initiativeId) {
        var columns = Factors.CITIZEN.stream()
                .map(c -> "AVG(CAST(" + c + " AS DOUBLE PRECISION))")
                .toList();
        return jdbc.sql("SELECT COUNT(*), " + String.join(", ", columns)
                        + " FROM citizen_factor_answer WHERE initiative_id = :i")
                .param("i", initiativeId)
                .query((rs, n) -> {
                    long count = rs.getLong(1);
                    var averages = new ArrayList<Double>();
                    for (int k = 0; k < Factors.CITIZEN.size(); k++) {
                        averages.add(rs.getDouble(k + 2));
                    }
                    return new Factors.Aggregate(count, count < Factors.MIN_GROUP ? List.of() : averages);
                })
                .single();
    }

    private static Factors.Answers answers(java.sql.ResultSet rs, int size) throws java.sql.SQLException {
        var values = new ArrayList<Integer>();
        for (int k = 1; k <= size; k++) {
            values.add(rs.getInt(k));
        }
        return new Factors.Answers(List.copyOf(values));
    }
}
