package org.cocrea.platform.mail;

import java.time.Duration;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.JobLock;
import org.cocrea.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends mail through SMTP; without a server, keeps it in the dev mailbox (demo or development mode only) or
 * queues it in the outbox, which is retried every few minutes once a server is configured. The log never shows a
 * security token: in the dev mailbox mode it shows the mail with its tokens masked, otherwise only who and what.
 */
@Component
class CocreaMailer implements Mailer {
    private static final Logger log = LoggerFactory.getLogger(CocreaMailer.class);
    private static final int BATCH = 100;

    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final DevMailbox mailbox;
    private final MailOutbox outbox;
    private final JobLock lock;
    private final String from;

    @Autowired
    CocreaMailer(
            ObjectProvider<JavaMailSender> smtp,
            MailSettings settings,
            DevMailbox mailbox,
            MailOutbox outbox,
            JobLock lock,
            CocreaSettings cocrea) {
        this(smtp, settings, mailbox, outbox, lock, cocrea.mail().from());
    }

    CocreaMailer(
            ObjectProvider<JavaMailSender> smtp,
            MailSettings settings,
            DevMailbox mailbox,
            MailOutbox outbox,
            JobLock lock,
            String from) {
        this.smtp = smtp.getIfAvailable();
        this.settings = settings;
        this.mailbox = mailbox;
        this.outbox = outbox;
        this.lock = lock;
        this.from = from;
    }

    @Override
    public void send(String recipient, String subject, String body) {
        if (smtp != null) {
            if (!deliver(recipient, subject, body)) {
                outbox.queue(recipient, subject, body);
            }
        } else if (settings.devMailbox()) {
            // A demo or development installation: the mail is kept for /admin/mailbox and the addressee's own
            // /mailbox; the log shows it without its tokens.
            log.info("Dev mailbox: mail '{}' to {} kept, not sent:\n{}", subject, recipient, Secrets.mask(body));
            mailbox.store(recipient, subject, body);
        } else {
            log.warn("No mail server configured: mail '{}' to {} queued until one is", subject, recipient);
            outbox.queue(recipient, subject, body);
        }
    }

    @Override
    public void sendOnce(String key, String recipient, String subject, String body) {
        if (smtp == null && settings.devMailbox()) {
            if (mailbox.storeOnce(key, recipient, subject, body)) {
                log.info("Dev mailbox: mail '{}' to {} kept, not sent:\n{}", subject, recipient, Secrets.mask(body));
            }
            return;
        }
        long queued = outbox.queueOnce(key, recipient, subject, body);
        if (queued < 0 || smtp == null) {
            return; // sent or queued already; or queued until a server is configured
        }
        // Through SMTP only once the caller's transaction holds the queued row: a crash before the commit leaves
        // nothing sent, and the retry finds nothing queued; a crash after the mail left and before the row was marked
        // sent is the one window where a mail could go twice.
        Runnable deliverNow = () -> {
            var mail = outbox.find(queued);
            if (mail != null && deliver(mail.recipient(), mail.subject(), mail.body())) {
                outbox.sent(mail.id());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliverNow.run();
                }
            });
        } else {
            deliverNow.run();
        }
    }

    private boolean deliver(String recipient, String subject, String body) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        try {
            smtp.send(message);
            return true;
        } catch (MailException e) {
            log.error("Could not send mail '{}' to {} (queued for a retry): {}", subject, recipient, e.getMessage());
            return false;
        }
    }

    /** Mails queued while no server was configured or it refused them go out once it takes them; one node at a time. */
    @Scheduled(fixedDelayString = "${cocrea.mail.retry:PT5M}", initialDelayString = "${cocrea.mail.retry:PT5M}")
    void deliverQueued() {
        if (smtp == null || !lock.tryAcquire("mail-outbox", Duration.ofMinutes(4))) {
            return;
        }
        for (var mail : outbox.oldest(BATCH)) {
            if (deliver(mail.recipient(), mail.subject(), mail.body())) {
                outbox.sent(mail.id());
            } else {
                outbox.failed(mail.id());
                return;
            }
        }
    }
}
