package org.cocrea.decision;

import java.time.Duration;
import org.cocrea.platform.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every five minutes, on the node holding the lock (as the initiatives' phase clock does): closes the decisions
 * whose closing time has come, and sends the review reminders whose date has come, in the organisation's time
 * zone. Correctness does not rest on the lock: a close is a conditional update under the decision's row lock, and
 * a reminder is sent only by the round whose row in {@code decision_review_reminder} went in, so once.
 */
@Component
class DecisionClock {
    private static final Logger log = LoggerFactory.getLogger(DecisionClock.class);
    private final JobLock lock;
    private final DecisionRepository decisions;
    private final DecisionService service;

    DecisionClock(JobLock lock, DecisionRepository decisions, DecisionService service) {
        this.lock = lock;
        this.decisions = decisions;
        this.service = service;
    }

    @Scheduled(cron = "${cocrea.decision.clock:0 */5 * * * *}", zone = "UTC")
    void tick() {
        if (!lock.tryAcquire("decision.clock", Duration.ofMinutes(4))) {
            return;
        }
        var done = run();
        if (done.closed() + done.reminded() > 0) {
            log.info("Decisions closed: {}, review reminders sent: {}", done.closed(), done.reminded());
        }
    }

    record Round(int closed, int reminded) {}

    Round run() {
        int closed = 0;
        for (var due : decisions.dueToClose(DecisionService.now())) {
            if (service.closeDue(due)) {
                closed++;
            }
        }
        int reminded = 0;
        for (var due : decisions.dueForReview(service.today())) {
            if (service.remind(due)) {
                reminded++;
            }
        }
        return new Round(closed, reminded);
    }
}
