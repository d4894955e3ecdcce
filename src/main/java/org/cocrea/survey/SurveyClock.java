package org.cocrea.survey;

import java.time.Duration;
import org.cocrea.platform.JobLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every five minutes, on the node holding the lock: tells members of the surveys whose opening time came, and closes
 * those whose closing time came (publishing {@link SurveyClosed}). Correctness does not rest on the lock: both are
 * conditional updates under the survey's row lock, so a survey is announced and closed once.
 */
@Component
class SurveyClock {
    private final JobLock lock;
    private final SurveyRepository surveys;
    private final SurveyService service;

    SurveyClock(JobLock lock, SurveyRepository surveys, SurveyService service) {
        this.lock = lock;
        this.surveys = surveys;
        this.service = service;
    }

    @Scheduled(cron = "${cocrea.survey.clock:0 */5 * * * *}", zone = "UTC")
    void tick() {
        if (lock.tryAcquire("survey.clock", Duration.ofMinutes(4))) {
            run();
        }
    }

    int run() {
        int done = 0;
        for (long instance : surveys.dueToAnnounce(SurveyService.now())) {
            if (service.announceDue(instance)) {
                done++;
            }
        }
        for (long instance : surveys.dueToClose(SurveyService.now())) {
            if (service.closeDue(instance)) {
                done++;
            }
        }
        return done;
    }
}
