package org.cocrea.ballots;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.RowCallbackHandler;

/** Reading ballots stored as a ballot row with item rows (project or option → points, rank or mark). */
public final class BallotRows {
    private BallotRows() {}

    /**
     * Collects rows of (ballot id, item id, value), items possibly null for an empty ballot (a LEFT JOIN), into
     * {@code byBallot}, one map of items per ballot in the order the rows come.
     */
    public static <M extends Map<Long, Integer>> RowCallbackHandler into(Map<Long, M> byBallot, Supplier<M> newBallot) {
        return rs -> {
            var items = byBallot.computeIfAbsent(rs.getLong(1), k -> newBallot.get());
            long item = rs.getLong(2);
            if (!rs.wasNull()) {
                items.put(item, rs.getInt(3));
            }
        };
    }
}
