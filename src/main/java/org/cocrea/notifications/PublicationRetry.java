package org.cocrea.notifications;

import java.time.Duration;
import org.cocrea.platform.JobLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications that did not complete (a listener failed, e.g. the database was away, or the node
 * died mid-delivery), on one node at a time. Start-up resubmits them too
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); deliveries are idempotent, so a
 * publication resubmitted while its first delivery still runs does no harm.
 */
@Component
class PublicationRetry {
    static final Duration OLDER_THAN = Duration.ofMinutes(5);

    private final IncompleteEventPublications incomplete;
    private final JobLock lock;

    PublicationRetry(IncompleteEventPublications incomplete, JobLock lock) {
        this.incomplete = incomplete;
        this.lock = lock;
    }

    @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void retry() {
        if (lock.tryAcquire("event-publications", Duration.ofMinutes(4))) {
            incomplete.resubmitIncompletePublicationsOlderThan(OLDER_THAN);
        }
    }
}
