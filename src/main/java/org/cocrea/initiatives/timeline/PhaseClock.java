package org.cocrea.initiatives.timeline;

import java.time.Duration;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.platform.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves active phases along with the calendar. On several nodes only the lock holder runs a round (the lock is
 * held for {@code cocrea.initiatives.phase-clock-hold}, 30 minutes, so one round per hourly tick); should two
 * rounds ever overlap, {@link PhaseAnnouncer} still tells each follower once, by a conditional update.
 */
@Component
public class PhaseClock {
    private static final Logger log = LoggerFactory.getLogger(PhaseClock.class);
    private final JobLock lock;
    private final InitiativeRepository initiatives;
    private final PhaseAnnouncer announcer;

    private final Duration hold;

    PhaseClock(
            JobLock lock,
            InitiativeRepository initiatives,
            PhaseAnnouncer announcer,
            @org.springframework.beans.factory.annotation.Value("${cocrea.initiatives.phase-clock-hold:PT30M}")
                    Duration hold) {
        this.lock = lock;
        this.hold = hold;
        this.initiatives = initiatives;
        this.announcer = announcer;
    }

    @Scheduled(cron = "${cocrea.initiatives.phase-clock:0 5 * * * *}", zone = "UTC")
    void tick() {
        if (!lock.tryAcquire("initiatives.phase-clock", hold)) {
            return;
        }
        int changed = run();
        if (changed > 0) {
            log.info("Phase changes announced for {} initiatives", changed);
        }
    }

    public int run() {
        int changed = 0;
        for (long id : initiatives.idsWithStatus(Status.OPEN)) {
            if (announcer.announceIfChanged(id)) {
                changed++;
            }
        }
        return changed;
    }
}
