package org.cocrea.ledger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The ledger's consumer of {@link ContributionRecorded}: a Modulith module listener, so it runs after the publishing
 * transaction committed (a contribution rolled back is never recorded), asynchronously, with its publication kept
 * in {@code event_publication} until it returns (a crash before is resubmitted by the notifications module's
 * retry, which the exactly-once recording makes harmless). The listener itself opens no transaction: the {@link
 * Recorder} runs each attempt in its own. In-process tests deliver on the publishing thread after the commit
 * ({@code test.notifications.synchronous}, which makes every module listener synchronous), so a web test reads the
 * ledger as soon as the request returns.
 */
@Component
class Contributions {
    private final Recorder recorder;

    Contributions(Recorder recorder) {
        this.recorder = recorder;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ContributionRecorded contribution) {
        recorder.record(contribution);
    }
}
