package org.cocrea.meetings;

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

/**
 * Reminders the day before: every hour, under a {@link JobLock} (one node a round), each person holding a place in a
 * meeting that starts within the next 24 hours is told once. "Once" is the primary key of {@code meeting_reminder}:
 * the row and the notification are written in one transaction, and a row already there (an overlapping round on
 * another node) means that person is skipped.
 */
@Component
class Reminders {
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final Duration AHEAD = Duration.ofHours(24);
    private final JobLock lock;
    private final MeetingRepository meetings;
    private final MeetingService service;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    Reminders(
            JobLock lock,
            MeetingRepository meetings,
            MeetingService service,
            org.springframework.transaction.support.TransactionTemplate transactions) {
        this.lock = lock;
        this.transactions = transactions;
        this.meetings = meetings;
        this.service = service;
    }

    @Scheduled(cron = "${cocrea.meetings.reminders:0 20 * * * *}", zone = "UTC")
    void tick() {
        if (!lock.tryAcquire("meetings.reminders", Duration.ofMinutes(30))) {
            return;
        }
        Integer sent = transactions.execute(status -> run(Instant.now()));
        if (sent != null && sent > 0) {
            log.info("Meeting reminders sent to {} people", sent);
        }
    }

    /** One round at {@code now}: returns how many people were reminded. */
    @Transactional
    public int run(Instant now) {
        var due = meetings.dueReminders(now, now.plus(AHEAD));
        var byMeeting = new LinkedHashMap<Long, List<MeetingRepository.Due>>();
        due.forEach(d ->
                byMeeting.computeIfAbsent(d.meetingId(), k -> new ArrayList<>()).add(d));
        int sent = 0;
        for (var rows : byMeeting.values()) {
            var people = new ArrayList<Long>();
            for (var d : rows) {
                if (meetings.markReminded(d.meetingId(), d.personId())) {
                    people.add(d.personId());
                }
            }
            var first = rows.get(0);
            service.notify(
                    people,
                    "meetings.mail.reminder.subject",
                    "meetings.mail.reminder.body",
                    first.toolInstanceId(),
                    first.meetingId(),
                    first.title(),
                    first.startsAt().toInstant());
            sent += people.size();
        }
        return sent;
    }
}
