package org.cocrea.ballots;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.platform.ToDo;
import org.cocrea.platform.ToDoItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal home's "cast your ballot" of every ballot tool: each open ballot box, accepting ballots now, that the
 * person may vote in ({@link Voters#mayVoteIn}) and has cast nothing in. One statement over all the tools' tables
 * (a UNION ALL of each {@link BallotToDo}'s query) and one for the person's standing, however many tools and ballots.
 */
@Component
class BallotsToDo implements ToDo {
    private final JdbcClient jdbc;
    private final Voters voters;
    private final String sql;

    BallotsToDo(JdbcClient jdbc, Voters voters, List<BallotToDo> tools) {
        this.jdbc = jdbc;
        this.voters = voters;
        this.sql = tools.isEmpty()
                ? null
                : tools.stream().map(BallotToDo::unvotedSql).collect(Collectors.joining(" UNION ALL ")) + " ORDER BY 2";
    }

    /** An open ballot box the person has not voted in, and the tool it belongs to. */
    record Waiting(String tool, Voters.Unvoted ballot) {}

    @Override
    public List<ToDoItem> forPerson(long personId) {
        var waiting = unvoted(personId, Lifecycle.now());
        Map<Long, String> toolOf =
                waiting.stream().collect(Collectors.toMap(w -> w.ballot().toolInstanceId(), Waiting::tool));
        return voters.mayVoteIn(personId, waiting.stream().map(Waiting::ballot).toList()).stream()
                .map(v -> {
                    String tool = toolOf.get(v.reach().id());
                    return new ToDoItem(
                            "ballot",
                            tool + ".todo.ballot",
                            List.of(v.reach().initiativeTitle()),
                            "/" + tool + "/" + v.reach().id(),
                            v.ballot().closesAt());
                })
                .toList();
    }

    /** The open ballot boxes accepting ballots at {@code now} in which the person cast none, of every ballot tool. */
    List<Waiting> unvoted(long personId, OffsetDateTime now) {
        if (sql == null) {
            return List.of();
        }
        return jdbc.sql(sql)
                .param("me", personId)
                .param("now", now)
                .query((rs, n) -> new Waiting(rs.getString(1), BallotToDo.unvoted(rs)))
                .list();
    }
}
