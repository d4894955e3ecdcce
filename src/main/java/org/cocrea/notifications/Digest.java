package org.cocrea.notifications;

import java.time.Duration;
import org.cocrea.accounts.Accounts;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.JobLock;
import org.cocrea.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, mails each person who chose the digest for some kind the notifications gathered since the last one,
 * on one node (a {@code JobLock}); each person's digest is mailed and marked in one transaction, under a key made
 * of the newest notification it holds, so a round cut short and run again mails nobody twice.
 */
@Component
class Digest {
    private static final int PEOPLE_PER_ROUND = 500;

    private final NotificationRepository notifications;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CocreaSettings settings;
    private final JobLock lock;
    private final TransactionTemplate transactions;

    Digest(
            NotificationRepository notifications,
            Accounts accounts,
            Mailer mailer,
            MessageSource messages,
            CocreaSettings settings,
            JobLock lock,
            TransactionTemplate transactions) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.lock = lock;
        this.transactions = transactions;
    }

    @Scheduled(cron = "0 0 7 * * *")
    void daily() {
        if (lock.tryAcquire("notification-digest", Duration.ofHours(1))) {
            sendAll();
        }
    }

    /** Mails every digest that is due; returns how many went out. */
    int sendAll() {
        int sent = 0;
        for (long person : notifications.digestDue(PEOPLE_PER_ROUND)) {
            if (Boolean.TRUE.equals(transactions.execute(status -> send(person)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long personId) {
        var due = notifications.dueFor(personId);
        var person = accounts.person(personId).orElse(null);
        if (due.isEmpty()) {
            return false;
        }
        long newest = due.get(due.size() - 1).id();
        notifications.digested(personId, newest);
        if (person == null || person.deleted()) {
            return false;
        }
        var locale = person.language().locale();
        var items = new StringBuilder();
        for (var n : due) {
            items.append("- ").append(n.subject()).append('\n');
            if (n.link() != null) {
                items.append("  ").append(settings.link(n.link())).append('\n');
            }
        }
        mailer.sendOnce(
                "digest:" + personId + ":" + newest,
                person.email(),
                messages.getMessage("notifications.digest.subject", null, locale),
                messages.getMessage(
                        "notifications.digest.body",
                        new Object[] {person.name(), items.toString(), settings.link("/notifications")},
                        locale));
        return true;
    }
}
