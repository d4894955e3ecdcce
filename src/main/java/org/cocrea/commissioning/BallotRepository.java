package org.cocrea.commissioning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The budget_ballot and budget_ballot_item tables. The database refuses a second ballot by the same voter. */
@Repository
class BallotRepository {
    private final JdbcClient jdbc;

    BallotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a ballot and its items; call inside a transaction. Throws
     * {@link org.springframework.dao.DuplicateKeyException} when the voter already voted.
     */
    long add(long budgetId, long voterId, Collection<Long> projectIds) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO budget_ballot (budget_id, voter_id, cast_at) VALUES (:budget, :voter, :now)")
                .param("budget", budgetId)
                .param("voter", voterId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long ballotId = keys.getKey().longValue();
        for (long project : projectIds) {
            jdbc.sql("INSERT INTO budget_ballot_item (ballot_id, budget_id, project_id) VALUES (:b, :budget, :p)")
                    .param("b", ballotId)
                    .param("budget", budgetId)
                    .param("p", project)
                    .update();
        }
        return ballotId;
    }

    boolean hasVoted(long budgetId, long voterId) {
        return jdbc.sql("SELECT COUNT(*) FROM budget_ballot WHERE budget_id = :budget AND voter_id = :voter")
                        .param("budget", budgetId)
                        .param("voter", voterId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long count(long budgetId) {
        return jdbc.sql("SELECT COUNT(*) FROM budget_ballot WHERE budget_id = :budget")
                .param("budget", budgetId)
                .query(Long.class)
                .single();
    }

    /** The project ids of every ballot, in ballot order: what the outcome is computed from (anonymous). */
    List<List<Long>> ballots(long budgetId) {
        Map<Long, List<Long>> byBallot = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT b.id, i.project_id FROM budget_ballot b
                LEFT JOIN budget_ballot_item i ON i.ballot_id = b.id
                WHERE b.budget_id = :budget ORDER BY b.id, i.project_id
                """).param("budget", budgetId).query(rs -> {
            var items = byBallot.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
            long project = rs.getLong(2);
            if (!rs.wasNull()) {
                items.add(project);
            }
        });
        return List.copyOf(byBallot.values());
    }
}
