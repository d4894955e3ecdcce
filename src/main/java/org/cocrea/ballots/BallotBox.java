package org.cocrea.ballots;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cocrea.platform.Refused;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores ballots, each in one transaction: a refused ballot ({@link Refused}, thrown by the checks) stores
 * nothing, a changed ballot replaces the earlier one whole, and the same ballot again is answered as a success and
 * stores nothing (so a retried request never doubles a ballot). One ballot per voter is left to the database's
 * unique constraints, the only check no concurrent request can slip past: a request that loses that race (or a
 * lock, on H2) runs again and then finds the winner's ballot, so every ballot is counted exactly once.
 */
@Component
public class BallotBox {
    /** Many concurrent edits of one ballot may each lose a race; every retry sees the winner's ballot. */
    static final int ATTEMPTS = 20;

    private final TransactionTemplate tx;

    public BallotBox(PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
    }

    /** What a cast did: a first ballot, one that replaced the voter's earlier one, or the same one again. */
    public enum Cast {
        FIRST,
        REPLACED,
        UNCHANGED;

        /** Whether the voter had cast a ballot before this one. */
        public boolean again() {
            return this != FIRST;
        }
    }

    /** One voter's place in one ballot box, as each tool stores it. Called inside the transaction. */
    public interface Slot {
        /**
         * Checks the ballot (open, the tool's rules) and throws {@link Refused} when it may not be cast; returns the
         * ballot as stored (e.g. ranks renumbered), which is also what "the same ballot again" compares.
         */
        Map<Long, Integer> check(Map<Long, Integer> marks);

        /** The voter's stored ballot, if any. */
        Optional<? extends Map<Long, Integer>> current();

        /** Stores the ballot in place of the stored one, if any. */
        void replace(Map<Long, Integer> marks, boolean hadOne);
    }

    /**
     * Checks and stores a voter's ballot in one transaction; {@code lost} is the refusal when every attempt lost a
     * race (never seen in practice: the next attempt finds the winner).
     */
    public Cast cast(Slot slot, Map<Long, Integer> marks, Refused lost) {
        return retrying(
                () -> {
                    var stored = slot.check(marks);
                    var current = slot.current();
                    if (current.isPresent() && current.get().equals(stored)) {
                        return Cast.UNCHANGED;
                    }
                    slot.replace(stored, current.isPresent());
                    return current.isPresent() ? Cast.REPLACED : Cast.FIRST;
                },
                lost);
    }

    /**
     * Runs the work in one transaction, again when it lost a race: a unique constraint or a lock conflict means a
     * concurrent ballot won, and the next attempt sees it. A {@link Refused} thrown by the work rolls it back.
     */
    public <T> T retrying(Supplier<T> work, Refused lost) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> work.get());
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }
}
