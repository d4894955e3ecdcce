package org.cocrea.ballots;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The personal home's "cast your ballot" for a ballot tool: each open ballot box, accepting ballots now, that the
 * person may vote in ({@link Voters#mayVoteIn}) and has cast nothing in. One statement over the tool's tables and one
 * for the person's standing, however many ballots are open. A tool extends it with its table names.
 */
public abstract class BallotToDo implements ToDo {
    private final JdbcClient jdbc;
    private final Voters voters;
    private final String tool;
    private final String sql;

    /**
     * @param tool the tool id: the link is {@code /<tool>/<instance>}, the message {@code <tool>.todo.ballot}
     * @param table the tool's ballot box table (with {@code tool_instance_id}, {@code status}, {@code opens_at},
     *     {@code closes_at}, {@code eligibility}, {@code facilitators_vote})
     * @param ballots its ballot table, whose {@code reference} column names the box and {@code voter_id} the voter
     */
    protected BallotToDo(JdbcClient jdbc, Voters voters, String tool, String table, String ballots, String reference) {
        this.jdbc = jdbc;
        this.voters = voters;
        this.tool = tool;
        // table and column names are the tool's constants, never input
        this.sql = "SELECT b.tool_instance_id, b.eligibility, b.facilitators_vote, b.closes_at FROM " + table + " b"
                + " WHERE b.status = 'open' AND (b.opens_at IS NULL OR b.opens_at <= :now)"
                + " AND (b.closes_at IS NULL OR b.closes_at > :now)"
                + " AND NOT EXISTS (SELECT 1 FROM " + ballots + " x WHERE x." + reference + " = b.id"
                + " AND x.voter_id = :me) ORDER BY b.id";
    }

    @Override
    public List<ToDoItem> forPerson(long personId) {
        return voters.mayVoteIn(personId, unvoted(personId, Lifecycle.now())).stream()
                .map(v -> new ToDoItem(
                        "ballot",
                        tool + ".todo.ballot",
                        List.of(v.reach().initiativeTitle()),
                        "/" + tool + "/" + v.reach().id(),
                        v.ballot().closesAt()))
                .toList();
    }

    /** The open ballot boxes accepting ballots at {@code now} in which the person cast none, in any initiative. */
    public List<Voters.Unvoted> unvoted(long personId, OffsetDateTime now) {
        return jdbc.sql(sql)
                .param("me", personId)
                .param("now", now)
                .query((rs, n) -> {
                    var closes = rs.getObject(4, OffsetDateTime.class);
                    return new Voters.Unvoted(
                            rs.getLong(1),
                            Eligibility.fromCode(rs.getString(2)).orElseThrow(),
                            rs.getBoolean(3),
                            closes == null ? null : closes.toInstant());
                })
                .list();
    }
}
