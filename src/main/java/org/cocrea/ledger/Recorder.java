package org.cocrea.ledger;

import java.math.BigDecimal;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a contribution exactly once by its key (ADR 0020): the first event of a key inserts the entry (a UNIQUE
 * key decides between racing deliveries), a later one locks the entry and replaces it only when its revision is
 * higher (a conditional UPDATE, so the same or an older revision, replayed or retried, changes nothing); the totals
 * move by the difference in the same transaction. A transaction that loses a race on a database that answers with
 * an error instead of waiting (H2 may) is simply run again: the second time it sees the winner's row.
 */
@Component
class Recorder {
    /** What one recording did: stored the first revision, replaced an older one, or nothing (replay, old). */
    enum Outcome {
        STORED,
        REPLACED,
        UNCHANGED
    }

    private static final int ATTEMPTS = 8;
    private final LedgerRepository ledger;
    private final TransactionTemplate transactions;

    Recorder(LedgerRepository ledger, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Outcome record(ContributionRecorded e) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> once(e));
            } catch (ConcurrencyFailureException | DataIntegrityViolationException ex) {
                if (attempt >= ATTEMPTS || (ex instanceof DataIntegrityViolationException && !duplicate(ex))) {
                    throw ex;
                }
                pause(attempt);
            }
        }
    }

    private Outcome once(ContributionRecorded e) {
        String unit = unit(e);
        if (ledger.insert(e, unit)) {
            ledger.adjust(total(e, unit), e.quantity(), e.quantity().signum() > 0 ? 1 : 0);
            return Outcome.STORED;
        }
        var stored = ledger.lock(e.key()).orElseThrow(() -> new ConcurrencyFailureException("entry vanished"));
        if (stored.revision() >= e.revision() || !ledger.replace(e.key(), stored.revision(), e, unit)) {
            return Outcome.UNCHANGED;
        }
        // Take away what the entry counted and add what it counts now, in the order of the totals' keys, so two
        // corrections that move between the same two totals lock them in the same order.
        var before = stored.total();
        var after = total(e, unit);
        BigDecimal old = stored.quantity();
        long oldEntries = old.signum() > 0 ? 1 : 0;
        long newEntries = e.quantity().signum() > 0 ? 1 : 0;
        if (before.equals(after)) {
            ledger.adjust(after, e.quantity().subtract(old), newEntries - oldEntries);
        } else if (before.toString().compareTo(after.toString()) < 0) {
            ledger.adjust(before, old.negate(), -oldEntries);
            ledger.adjust(after, e.quantity(), newEntries);
        } else {
            ledger.adjust(after, e.quantity(), newEntries);
            ledger.adjust(before, old.negate(), -oldEntries);
        }
        return Outcome.REPLACED;
    }

    private static LedgerRepository.TotalKey total(ContributionRecorded e, String unit) {
        return new LedgerRepository.TotalKey(e.initiativeId(), e.phase(), e.toolId(), e.side(), e.kind(), unit, e.on());
    }

    /** Only materials have a unit of their own ("sacchi"); hours, euros and kilometres are their own unit. */
    static String unit(ContributionRecorded e) {
        if (e.kind() != ContributionRecorded.Kind.MATERIALS || e.unit() == null) {
            return "";
        }
        String unit = e.unit().strip();
        return unit.length() > 40 ? unit.substring(0, 40) : unit;
    }

    private static boolean duplicate(Exception ex) {
        return ex instanceof org.springframework.dao.DuplicateKeyException
                || String.valueOf(ex.getMessage()).contains("23505");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(5L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
