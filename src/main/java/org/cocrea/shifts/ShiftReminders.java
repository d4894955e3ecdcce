package org.cocrea.shifts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.cocrea.platform.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ShiftReminders the day before: every hour, under a {@link JobLock} (one node a round), each person holding a place on
 * a shift that starts within the next 24 hours is told once. "Once" is the primary key of {@code shift_reminder}:
 * the row and the notification are written in one transaction, and a row already there means that person is
 * skipped. A guardian who signed up themself and a minor for the same shift is reminded once.
 */
@Component
class ShiftReminders {
    private static final Logger log = LoggerFactory.getLogger(ShiftReminders.class);
    static final Duration AHEAD = Duration.ofHours(24);
    private final JobLock lock;
    private final ShiftRepository shifts;
    private final ShiftService service;
    private final TransactionTemplate transactions;

    ShiftReminders(JobLock lock, ShiftRepository shifts, ShiftService service, TransactionTemplate transactions) {
        this.lock = lock;
        this.shifts = shifts;
        this.service = service;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${cocrea.shifts.reminders:0 25 * * * *}", zone = "UTC")
    void tick() {
        if (!lock.tryAcquire("shifts.reminders", Duration.ofMinutes(30))) {
            return;
        }
        Integer sent = transactions.execute(status -> run(Instant.now()));
        if (sent != null && sent > 0) {
            log.info("Shift reminders sent to {} people", sent);
        }
    }

    /** One round at {@code now}: returns how many people were reminded. */
    @Transactional
    public int run(Instant now) {
        var byShift = new LinkedHashMap<Long, List<ShiftRepository.Due>>();
        shifts.dueReminders(now, now.plus(AHEAD))
                .forEach(d -> byShift.computeIfAbsent(d.shiftId(), k -> new ArrayList<>())
                        .add(d));
        int sent = 0;
        for (var rows : byShift.values()) {
            var people = new ArrayList<Long>();
            for (var d : rows) {
                if (shifts.markReminded(d.shiftId(), d.personId())) {
                    people.add(d.personId());
                }
            }
            var first = rows.get(0);
            service.notify(
                    people,
                    "shifts.mail.reminder.subject",
                    "shifts.mail.reminder.body",
                    first.toolInstanceId(),
                    first.shiftId(),
                    first.title(),
                    first.startsAt().toInstant());
            sent += people.size();
        }
        return sent;
    }
}
