package org.cocrea.budget;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cocrea.ballots.BallotRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The budget_ballot and budget_ballot_item tables. A ballot's items map project ids to points (1 for approval and
 * knapsack ballots). The database refuses a second ballot by the same voter, code or resident.
 */
@Repository
class BallotRepository {
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    /** Without batch inserts (repository tests of the single-ballot methods). */
    BallotRepository(JdbcClient jdbc) {
        this(jdbc, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    BallotRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Who casts a ballot: a person (and the resident key they verified, if any), a code, or a resident alone. */
    record Caster(Long voterId, Long codeId, String residentKey) {
        static Caster voter(long voterId, String residentKey) {
            return new Caster(voterId, null, residentKey);
        }

        static Caster code(long codeId) {
            return new Caster(null, codeId, null);
        }

        static Caster resident(String residentKey) {
            return new Caster(null, null, residentKey);
        }
    }

    /**
     * Stores a ballot and its items; call inside a transaction. Throws
     * {@link org.springframework.dao.DuplicateKeyException} when the caster already has a ballot.
     */
    long add(long budgetId, Caster caster, Map<Long, Integer> items) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO budget_ballot (budget_id, voter_id, code_id, resident_key, cast_at)
                VALUES (:budget, :voter, :code, :resident, :now)
                """)
                .param("budget", budgetId)
                .param("voter", caster.voterId())
                .param("code", caster.codeId())
                .param("resident", caster.residentKey())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long ballotId = keys.getKey().longValue();
        items.forEach((project, points) -> jdbc.sql("""
                        INSERT INTO budget_ballot_item (ballot_id, budget_id, project_id, points)
                        VALUES (:b, :budget, :p, :points)
                        """)
                .param("b", ballotId)
                .param("budget", budgetId)
                .param("p", project)
                .param("points", points)
                .update());
        return ballotId;
    }

    /** Removes these people's ballots, so that their new ones can take their place; call inside a transaction. */
    void removeAll(long budgetId, java.util.Collection<Long> voters) {
        var all = List.copyOf(voters);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("DELETE FROM budget_ballot WHERE budget_id = :budget AND voter_id IN (:voters)")
                    .param("budget", budgetId)
                    .param("voters", all.subList(from, Math.min(all.size(), from + 1000)))
                    .update();
        }
    }

    /**
     * Stores the ballots of many people in JDBC batches; call inside a transaction. The unique constraint still
     * refuses a second ballot by anyone.
     */
    void addAll(long budgetId, Map<Long, ? extends Map<Long, Integer>> ballotsByVoter) {
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
        ballotsByVoter.forEach((voter, choice) ->
                choice.forEach((project, points) -> items.add(new long[] {ids.get(voter), project, points})));
        batch.batchUpdate(
                "INSERT INTO budget_ballot_item (ballot_id, budget_id, project_id, points) VALUES (?, ?, ?, ?)",
                items,
                1000,
                (ps, item) -> {
                    ps.setLong(1, item[0]);
                    ps.setLong(2, budgetId);
                    ps.setLong(3, item[1]);
                    ps.setInt(4, (int) item[2]);
                });
    }

    /** Removes the person's own ballot so that an edited one can take its place, in the same transaction. */
    int removeOwn(long budgetId, long voterId) {
        return jdbc.sql("DELETE FROM budget_ballot WHERE budget_id = :budget AND voter_id = :voter")
                .param("budget", budgetId)
                .param("voter", voterId)
                .update();
    }

    boolean hasVoted(long budgetId, long voterId) {
        return jdbc.sql("SELECT COUNT(*) FROM budget_ballot WHERE budget_id = :budget AND voter_id = :voter")
                        .param("budget", budgetId)
                        .param("voter", voterId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether staff recorded a ballot for this resident (without an account behind it). */
    boolean hasResidentBallot(long budgetId, String residentKey) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM budget_ballot
                        WHERE budget_id = :budget AND resident_key = :key AND voter_id IS NULL
                        """)
                        .param("budget", budgetId)
                        .param("key", residentKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The person's current ballot, to show it for editing. */
    Optional<SortedMap<Long, Integer>> ballotOf(long budgetId, long voterId) {
        SortedMap<Long, Integer> items = new TreeMap<>();
        long found = jdbc.sql("SELECT COUNT(*) FROM budget_ballot WHERE budget_id = :budget AND voter_id = :voter")
                .param("budget", budgetId)
                .param("voter", voterId)
                .query(Long.class)
                .single();
        if (found == 0) {
            return Optional.empty();
        }
        jdbc.sql("""
                SELECT i.project_id, i.points FROM budget_ballot b JOIN budget_ballot_item i ON i.ballot_id = b.id
                WHERE b.budget_id = :budget AND b.voter_id = :voter
                """).param("budget", budgetId).param("voter", voterId).query(rs -> {
            items.put(rs.getLong(1), rs.getInt(2));
        });
        return Optional.of(items);
    }

    long count(long budgetId) {
        return jdbc.sql("SELECT COUNT(*) FROM budget_ballot WHERE budget_id = :budget")
                .param("budget", budgetId)
                .query(Long.class)
                .single();
    }

    /** Every ballot as project id → points, in ballot order: what the outcome is computed from (anonymous). */
    List<SortedMap<Long, Integer>> ballots(long budgetId) {
        Map<Long, SortedMap<Long, Integer>> byBallot = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT b.id, i.project_id, i.points FROM budget_ballot b
                LEFT JOIN budget_ballot_item i ON i.ballot_id = b.id
                WHERE b.budget_id = :budget ORDER BY b.id, i.project_id
                """).param("budget", budgetId).query(BallotRows.into(byBallot, TreeMap::new));
        return new ArrayList<>(byBallot.values());
    }
}
