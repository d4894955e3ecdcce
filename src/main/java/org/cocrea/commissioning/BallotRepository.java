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
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    /** Without batch inserts (repository tests of the single-row methods). */
    BallotRepository(JdbcClient jdbc) {
        this(jdbc, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    BallotRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** The projects of the voter's ballot, when they cast one (an empty set for an empty ballot). */
    java.util.Optional<java.util.Set<Long>> choices(long budgetId, long voterId) {
        return java.util.Optional.ofNullable(
                choicesOf(budgetId, List.of(voterId)).get(voterId));
    }

    /** The stored ballots of some voters, by voter. */
    Map<Long, java.util.Set<Long>> choicesOf(long budgetId, Collection<Long> voters) {
        var found = new java.util.HashMap<Long, java.util.Set<Long>>();
        var all = List.copyOf(voters);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("""
                    SELECT b.voter_id, i.project_id FROM budget_ballot b
                    LEFT JOIN budget_ballot_item i ON i.ballot_id = b.id
                    WHERE b.budget_id = :budget AND b.voter_id IN (:voters)
                    """)
                    .param("budget", budgetId)
                    .param("voters", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(rs -> {
                        var items = found.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>());
                        long project = rs.getLong(2);
                        if (!rs.wasNull()) {
                            items.add(project);
                        }
                    });
        }
        return found;
    }

    /** Stores many ballots in JDBC batches; call inside a transaction. The unique constraint still holds. */
    void addAll(long budgetId, Map<Long, List<Long>> ballotsByVoter) {
        if (ballotsByVoter.isEmpty()) {
            return;
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var voters = List.copyOf(ballotsByVoter.keySet());
        batch.batchUpdate(
                "INSERT INTO budget_ballot (budget_id, voter_id, cast_at) VALUES (?, ?, ?)",
                voters,
                500,
                (ps, voter) -> {
                    ps.setLong(1, budgetId);
                    ps.setLong(2, voter);
                    ps.setObject(3, now);
                });
        var ids = new java.util.HashMap<Long, Long>();
        for (int from = 0; from < voters.size(); from += 1000) {
            jdbc.sql("SELECT voter_id, id FROM budget_ballot WHERE budget_id = :budget AND voter_id IN (:voters)")
                    .param("budget", budgetId)
                    .param("voters", voters.subList(from, Math.min(voters.size(), from + 1000)))
                    .query(rs -> {
                        ids.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        var items = new ArrayList<long[]>();
        ballotsByVoter.forEach((voter, projects) -> projects.forEach(p -> items.add(new long[] {ids.get(voter), p})));
        batch.batchUpdate(
                "INSERT INTO budget_ballot_item (ballot_id, budget_id, project_id) VALUES (?, ?, ?)",
                items,
                1000,
                (ps, item) -> {
                    ps.setLong(1, item[0]);
                    ps.setLong(2, budgetId);
                    ps.setLong(3, item[1]);
                });
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
