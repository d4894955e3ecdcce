package org.cocrea.ballots;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ballot tool's part of the personal home's "cast your ballot": its tool id (the link is {@code /<tool>/<instance>},
 * the message {@code <tool>.todo.ballot}) and the tables {@link BallotsToDo} reads. A tool declares it as a bean by
 * extending this class with its table names; the home then asks every ballot tool in one statement.
 */
public abstract class BallotToDo {
    private final String sql;

    /**
     * @param tool the tool id
     * @param table the tool's ballot box table (with {@code tool_instance_id}, {@code status}, {@code opens_at},
     *     {@code closes_at}, {@code eligibility}, {@code facilitators_vote})
     * @param ballots its ballot table, whose {@code reference} column names the box and {@code voter_id} the voter
     */
    protected BallotToDo(String tool, String table, String ballots, String reference) {
        if (!tool.matches("[a-z]+")) {
            throw new IllegalArgumentException("a tool id is one lower-case word: " + tool);
        }
        // the tool id, table and column names are the tool's constants, never input
        this.sql = "SELECT '" + tool + "' AS tool_id, b.tool_instance_id, b.eligibility, b.facilitators_vote,"
                + " b.closes_at FROM " + table + " b"
                + " WHERE b.status = 'open' AND (b.opens_at IS NULL OR b.opens_at <= :now)"
                + " AND (b.closes_at IS NULL OR b.closes_at > :now)"
                + " AND NOT EXISTS (SELECT 1 FROM " + ballots + " x WHERE x." + reference + " = b.id"
                + " AND x.voter_id = :me)";
    }

    /** The open boxes accepting ballots at {@code :now} in which {@code :me} cast none, each with this tool's id. */
    String unvotedSql() {
        return sql;
    }

    /**
     * This tool's open boxes accepting ballots at {@code now} in which the person cast none: the query the home runs
     * for every ballot tool at once, alone (the tools' repository tests run it on both databases).
     */
    public List<Voters.Unvoted> unvoted(JdbcClient jdbc, long personId, OffsetDateTime now) {
        return jdbc.sql(sql + " ORDER BY 2")
                .param("me", personId)
                .param("now", now)
                .query((rs, n) -> unvoted(rs))
                .list();
    }

    /** A row of {@link #unvotedSql}: the tool id first, then the box. */
    static Voters.Unvoted unvoted(ResultSet rs) throws SQLException {
        var closes = rs.getObject(5, OffsetDateTime.class);
        return new Voters.Unvoted(
                rs.getLong(2),
                Eligibility.fromCode(rs.getString(3)).orElseThrow(),
                rs.getBoolean(4),
                closes == null ? null : closes.toInstant());
    }
}
