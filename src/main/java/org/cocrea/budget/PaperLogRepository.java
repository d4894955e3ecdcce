package org.cocrea.budget;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The budget_paper_ballot table: the audit log of ballots staff recorded on a voter's behalf. */
@Repository
class PaperLogRepository {
    private final JdbcClient jdbc;

    PaperLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long budgetId, long ballotId, long recordedBy, Long codeId, String residentKey) {
        jdbc.sql("""
                INSERT INTO budget_paper_ballot (budget_id, ballot_id, recorded_by, recorded_at, code_id, resident_key)
                VALUES (:budget, :ballot, :by, :now, :code, :resident)
                """)
                .param("budget", budgetId)
                .param("ballot", ballotId)
                .param("by", recordedBy)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("code", codeId)
                .param("resident", residentKey)
                .update();
    }

    List<PaperEntry> entries(long budgetId) {
        return jdbc.sql("""
                SELECT id, ballot_id, recorded_by, recorded_at, code_id, resident_key FROM budget_paper_ballot
                WHERE budget_id = :budget ORDER BY recorded_at DESC, id DESC
                """)
                .param("budget", budgetId)
                .query((rs, n) -> new PaperEntry(
                        rs.getLong("id"),
                        rs.getLong("ballot_id"),
                        rs.getLong("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getObject("code_id", Long.class),
                        rs.getString("resident_key")))
                .list();
    }
}
