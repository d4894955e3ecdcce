package org.cocrea.demodata;

import java.util.function.IntConsumer;
import java.util.function.IntToLongFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a step's batches, skipping those already done; each batch commits together with its row in
 * {@code demo_data_progress}, so a rerun skips exactly the finished batches.
 */
@Component
class Batches {
    private final ProgressStore progress;
    private final TransactionTemplate tx;

    Batches(ProgressStore progress, PlatformTransactionManager transactions) {
        this.progress = progress;
        this.tx = new TransactionTemplate(transactions);
    }

    void run(Run r, String step, int count, long total, IntToLongFunction units, IntConsumer work) {
        var done = progress.done(step);
        var bar = new ProgressBar(r.err, step, total);
        for (int b = 0; b < count; b++) {
            if (done.contains(b)) {
                bar.skip(units.applyAsLong(b));
                continue;
            }
            int batch = b;
            tx.executeWithoutResult(status -> {
                work.accept(batch);
                progress.mark(step, batch);
            });
            bar.advance(units.applyAsLong(b));
        }
        bar.finish();
    }

    static int count(int total, int size) {
        return (total + size - 1) / size;
    }

    static int sizeOf(int batch, int total, int size) {
        return Math.min(size, total - batch * size);
    }
}
