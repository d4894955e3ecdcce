package org.cocrea.platform.mail;

import org.cocrea.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

@Component
class CocreaMailer implements Mailer {
    private static final Logger log = LoggerFactory.getLogger(CocreaMailer.class);

    private final JavaMailSender smtp;
    private final DevMailbox mailbox;
    private final String from;

    CocreaMailer(ObjectProvider<JavaMailSender> smtp, DevMailbox mailbox, @Value("${cocrea.mail.from}") String from) {
        this.smtp = smtp.getIfAvailable();
        this.mailbox = mailbox;
        this.from = from;
    }

    @Override
    public void send(String recipient, String subject, String body) {
        if (smtp == null) {
            // Without a mail server this is a demo or a trial: the whole mail goes to the log and the dev mailbox,
            // so links in it can be followed. Configure SMTP before real people use the installation.
            log.info(
                    "No SMTP server configured: mail '{}' to {} kept in the dev mailbox:\n{}",
                    subject,
                    recipient,
                    body);
            mailbox.store(recipient, subject, body);
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        try {
            smtp.send(message);
        } catch (MailException e) {
            log.error("Could not send mail '{}' to {}: {}", subject, recipient, e.getMessage());
        }
    }
}
