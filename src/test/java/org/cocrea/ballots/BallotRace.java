package org.cocrea.ballots;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The race every ballot tool's box must win, shared by the budget's and the vote's concurrency tests (on H2 and
 * PostgreSQL): each voter casts a first ballot and, if an editor, a changed one, one after the other within that
 * voter's task (so "last" is well defined), while voters race each other from many threads released together by
 * a start barrier, in a shuffled order.
 */
public final class BallotRace {
    private BallotRace() {}

    /** One voter's ballot: {@code edit} false for the first, true for the change. */
    @FunctionalInterface
    public interface Caster {
        BallotBox.Cast cast(long voter, boolean edit);
    }

    /** Runs the race and returns each voter's casts in order; a refused ballot fails the race. */
    public static Map<Long, List<BallotBox.Cast>> run(List<Long> voters, Set<Long> editors, int threads, Caster caster)
            throws Exception {
        var order = new ArrayList<>(voters);
        Collections.shuffle(order, new Random(42));
        var casts = new ConcurrentHashMap<Long, List<BallotBox.Cast>>();
        var pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<?>>();
            for (long voter : order) {
                futures.add(pool.submit(() -> {
                    start.await();
                    var mine = new ArrayList<BallotBox.Cast>();
                    mine.add(caster.cast(voter, false));
                    if (editors.contains(voter)) {
                        mine.add(caster.cast(voter, true));
                    }
                    casts.put(voter, mine);
                    return null;
                }));
            }
            start.countDown();
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return casts;
    }

    /** What each voter's casts must be: a first ballot, then, for an editor, one that replaced it. */
    public static List<BallotBox.Cast> expected(Set<Long> editors, long voter) {
        return editors.contains(voter)
                ? List.of(BallotBox.Cast.FIRST, BallotBox.Cast.REPLACED)
                : List.of(BallotBox.Cast.FIRST);
    }
}
