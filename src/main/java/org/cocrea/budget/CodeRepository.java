package org.cocrea.budget;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.cocrea.ballots.IssuedCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The budget_code table: hashes of one-time voting codes, each used at most once in its budget. The initiative's
 * other tools (the survey) may take the same codes as a respondent's key: {@link IssuedCodes}.
 */
@Repository
class CodeRepository implements IssuedCodes {
    private final JdbcClient jdbc;

    CodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long budgetId, String hash, long createdBy) {
        jdbc.sql("""
                INSERT INTO budget_code (budget_id, code_hash, created_by, created_at)
                VALUES (:budget, :hash, :by, :now)
                """)
                .param("budget", budgetId)
                .param("hash", hash)
                .param("by", createdBy)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /**
     * Marks the code used and gives its id; empty when it is unknown or already used. The conditional update is
     * what makes a code count once even when it is submitted many times at the same moment.
     */
    Optional<Long> use(long budgetId, String hash) {
        int updated = jdbc.sql("""
                UPDATE budget_code SET used_at = :now
                WHERE budget_id = :budget AND code_hash = :hash AND used_at IS NULL
                """)
                .param("budget", budgetId)
                .param("hash", hash)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return updated == 1 ? id(budgetId, hash) : Optional.empty();
    }

    Optional<Long> id(long budgetId, String hash) {
        return jdbc.sql("SELECT id FROM budget_code WHERE budget_id = :budget AND code_hash = :hash")
                .param("budget", budgetId)
                .param("hash", hash)
                .query(Long.class)
                .optional();
    }

    /** How many codes were generated and how many used. */
    CodeCounts counts(long budgetId) {
        return jdbc.sql("SELECT COUNT(*), COUNT(used_at) FROM budget_code WHERE budget_id = :budget")
                .param("budget", budgetId)
                .query((rs, n) -> new CodeCounts(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    @Override
    public boolean issued(long initiativeId, String codeHash) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM budget_code c
                        JOIN budget b ON b.id = c.budget_id
                        JOIN tool_instance t ON t.id = b.tool_instance_id
                        WHERE t.initiative_id = :initiative AND c.code_hash = :hash
                        """)
                        .param("initiative", initiativeId)
                        .param("hash", codeHash)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public boolean any(long initiativeId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM budget_code c
                        JOIN budget b ON b.id = c.budget_id
                        JOIN tool_instance t ON t.id = b.tool_instance_id
                        WHERE t.initiative_id = :initiative
                        """).param("initiative", initiativeId).query(Long.class).single() > 0;
    }
}
