package org.cocrea.vote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.ballots.BallotSettings;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.Lifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The vote and vote_option tables. */
@Repository
class VoteRepository {
    private static final String COLUMNS = """
            id, tool_instance_id, question, ballot_kind, max_approvals, points, point_cap, eligibility, named,
            hide_results, opens_at, closes_at, status, facilitators_vote""";

    private final JdbcClient jdbc;

    VoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings a facilitator chooses. */
    record Settings(
            String question,
            BallotKind kind,
            Integer maxApprovals,
            Integer points,
            Integer pointCap,
            Eligibility eligibility,
            boolean named,
            boolean hideResults,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            boolean facilitatorsVote) {}

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM vote").query(Long.class).single();
    }

    long create(long toolInstanceId, Settings s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO vote (tool_instance_id, question, ballot_kind, max_approvals, points, point_cap,
                    eligibility, named, hide_results, opens_at, closes_at, status, created_at, facilitators_vote)
                VALUES (:instance, :question, :kind, :k, :points, :cap, :eligibility, :named, :hide, :opens, :closes,
                    'draft', :now, :facilitators)
                """)
                .param("instance", toolInstanceId)
                .params(params(s))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long voteId, Settings s) {
        jdbc.sql("""
                UPDATE vote SET question = :question, ballot_kind = :kind, max_approvals = :k, points = :points,
                    point_cap = :cap, eligibility = :eligibility, named = :named, hide_results = :hide,
                    opens_at = :opens, closes_at = :closes, facilitators_vote = :facilitators
                WHERE id = :id
                """).param("id", voteId).params(params(s)).update();
    }

    private static Map<String, Object> params(Settings s) {
        var map = new HashMap<String, Object>();
        map.put("question", s.question());
        map.put("kind", s.kind().code());
        map.put("k", s.maxApprovals());
        map.put("points", s.points());
        map.put("cap", s.pointCap());
        map.put("named", s.named());
        map.put("hide", s.hideResults());
        map.putAll(new BallotSettings(s.eligibility(), s.facilitatorsVote(), s.opensAt(), s.closesAt()).params());
        return map;
    }

    /** Moves the status forward only from the expected one ({@link Lifecycle#move}). */
    boolean setStatus(long voteId, BallotStatus from, BallotStatus to) {
        var sql = "UPDATE vote SET status = :to WHERE id = :id AND status = :from";
        return jdbc.sql(sql).params(Lifecycle.move(voteId, from, to)).update() == 1;
    }

    Optional<Vote> ofInstance(long toolInstanceId) {
        var sql = "SELECT " + COLUMNS + " FROM vote WHERE tool_instance_id = :instance";
        return jdbc.sql(sql)
                .param("instance", toolInstanceId)
                .query(VoteRepository::vote)
                .optional();
    }

    long addOption(long voteId, String title, String description) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO vote_option (vote_id, position, title, description)
                VALUES (:vote, (SELECT COALESCE(MAX(position), 0) + 1 FROM vote_option WHERE vote_id = :vote),
                    :title, :description)
                """)
                .param("vote", voteId)
                .param("title", title)
                .param("description", description)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean removeOption(long voteId, long optionId) {
        return jdbc.sql("DELETE FROM vote_option WHERE vote_id = :vote AND id = :id")
                        .param("vote", voteId)
                        .param("id", optionId)
                        .update()
                == 1;
    }

    List<VoteOption> options(long voteId) {
        return jdbc.sql("""
                SELECT id, vote_id, position, title, description FROM vote_option
                WHERE vote_id = :vote ORDER BY position
                """).param("vote", voteId).query(VoteRepository::option).list();
    }

    private static Vote vote(ResultSet rs, int n) throws SQLException {
        return new Vote(
                rs.getLong("id"),
                rs.getLong("tool_instance_id"),
                rs.getString("question"),
                BallotKind.fromCode(rs.getString("ballot_kind")).orElseThrow(),
                rs.getObject("max_approvals", Integer.class),
                rs.getObject("points", Integer.class),
                rs.getObject("point_cap", Integer.class),
                Eligibility.fromCode(rs.getString("eligibility")).orElseThrow(),
                rs.getBoolean("named"),
                rs.getBoolean("hide_results"),
                rs.getObject("opens_at", OffsetDateTime.class),
                rs.getObject("closes_at", OffsetDateTime.class),
                BallotStatus.of(rs.getString("status")),
                rs.getBoolean("facilitators_vote"));
    }

    private static VoteOption option(ResultSet rs, int n) throws SQLException {
        return new VoteOption(
                rs.getLong("id"),
                rs.getLong("vote_id"),
                rs.getInt("position"),
                rs.getString("title"),
                rs.getString("description"));
    }
}
