package org.cocrea.vote;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.ballots.BallotRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The vote_ballot and vote_mark tables. The database refuses a second ballot row for the same voter; a changed
 * ballot keeps its row and has its marks replaced.
 */
@Repository("voteBallotRepository")
class BallotRepository {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    BallotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A voter's ballot, for the named list of results. */
    record Named(long voterId, Map<Long, Integer> marks) {}

    /**
     * Stores the voter's ballot or replaces the one they cast; call inside a transaction. The ballot row is
     * locked first (by the UPDATE), so that two edits by one voter run one after the other and the marks are
     * never a mixture of both. Throws {@link org.springframework.dao.DuplicateKeyException} when a concurrent
     * first ballot by the same voter won the race; the caller retries and then replaces it.
     *
     * @return whether an earlier ballot was replaced
     */
    boolean castOrReplace(long voteId, long voterId, Map<Long, Integer> marks) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        Long ballot = jdbc.sql("UPDATE vote_ballot SET changed_at = :now WHERE vote_id = :vote AND voter_id = :voter")
                                .param("now", now)
                                .param("vote", voteId)
                                .param("voter", voterId)
                                .update()
                        == 0
                ? null
                : id(voteId, voterId).orElseThrow();
        boolean replaced = ballot != null;
        if (replaced) {
            jdbc.sql("DELETE FROM vote_mark WHERE ballot_id = :b")
                    .param("b", ballot)
                    .update();
        } else {
            ballot = insert(voteId, voterId, now);
        }
        insertMarks(voteId, ballot, marks);
        return replaced;
    }

    /** All marks in one statement: fewer round trips while many people vote at once. */
    private void insertMarks(long voteId, long ballot, Map<Long, Integer> marks) {
        if (marks.isEmpty()) {
            return;
        }
        var sql = new StringBuilder("INSERT INTO vote_mark (ballot_id, vote_id, option_id, mark_value) VALUES ");
        var params = new java.util.HashMap<String, Object>();
        int i = 0;
        for (var mark : marks.entrySet()) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(:b, :vote, :o")
                    .append(i)
                    .append(", :v")
                    .append(i)
                    .append(')');
            params.put("o" + i, mark.getKey());
            params.put("v" + i, mark.getValue());
            i++;
        }
        jdbc.sql(sql.toString())
                .param("b", ballot)
                .param("vote", voteId)
                .params(params)
                .update();
    }

    private long insert(long voteId, long voterId, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO vote_ballot (vote_id, voter_id, random_key, cast_at, changed_at)
                VALUES (:vote, :voter, :key, :now, :now)
                """)
                .param("vote", voteId)
                .param("voter", voterId)
                .param("key", RANDOM.nextLong())
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private Optional<Long> id(long voteId, long voterId) {
        return jdbc.sql("SELECT id FROM vote_ballot WHERE vote_id = :vote AND voter_id = :voter")
                .param("vote", voteId)
                .param("voter", voterId)
                .query(Long.class)
                .optional();
    }

    /** The voter's marks, if they voted. */
    Optional<Map<Long, Integer>> mine(long voteId, long voterId) {
        var marks = new LinkedHashMap<Long, Integer>();
        var found = new boolean[1];
        jdbc.sql("""
                SELECT m.option_id, m.mark_value FROM vote_ballot b LEFT JOIN vote_mark m ON m.ballot_id = b.id
                WHERE b.vote_id = :vote AND b.voter_id = :voter
                """).param("vote", voteId).param("voter", voterId).query(rs -> {
            found[0] = true;
            long option = rs.getLong(1);
            if (!rs.wasNull()) {
                marks.put(option, rs.getInt(2));
            }
        });
        return found[0] ? Optional.of(marks) : Optional.empty();
    }

    /** Every ballot's marks, ordered by the ballots' random keys: what is counted and exported, without voters. */
    List<Map<Long, Integer>> ballots(long voteId) {
        return List.copyOf(byBallot(voteId).values());
    }

    /** Every ballot with its voter, for votes whose ballots are named. */
    List<Named> named(long voteId) {
        var voters = new LinkedHashMap<Long, Long>();
        jdbc.sql("SELECT id, voter_id FROM vote_ballot WHERE vote_id = :vote ORDER BY id")
                .param("vote", voteId)
                .query(rs -> {
                    voters.put(rs.getLong(1), rs.getLong(2));
                });
        var marks = byBallot(voteId);
        var named = new ArrayList<Named>();
        voters.forEach((ballot, voter) -> named.add(new Named(voter, marks.getOrDefault(ballot, Map.of()))));
        return named;
    }

    private Map<Long, Map<Long, Integer>> byBallot(long voteId) {
        Map<Long, Map<Long, Integer>> byBallot = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT b.id, m.option_id, m.mark_value FROM vote_ballot b
                LEFT JOIN vote_mark m ON m.ballot_id = b.id
                WHERE b.vote_id = :vote ORDER BY b.random_key, b.id, m.option_id
                """).param("vote", voteId).query(BallotRows.into(byBallot, LinkedHashMap::new));
        return byBallot;
    }

    long count(long voteId) {
        return jdbc.sql("SELECT COUNT(*) FROM vote_ballot WHERE vote_id = :vote")
                .param("vote", voteId)
                .query(Long.class)
                .single();
    }
}
