package org.cocrea.platform.mail;

import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Where mail goes (issue 11, finding 4): to the SMTP server when one is configured; otherwise to the dev mailbox
 * only in demo or development mode ({@code cocrea.mail.dev-mailbox=true}, or unset on a demo installation, which
 * the embedded default is), and otherwise into the outbox, until a server is configured. The dev mailbox lets an
 * administrator read other people's mail, so it must never be on where real people sign in.
 */
@Component
public class MailSettings {
    private static final Logger log = LoggerFactory.getLogger(MailSettings.class);

    private final boolean smtp;
    private final boolean devMailbox;

    @Autowired
    MailSettings(ObjectProvider<JavaMailSender> smtp, CocreaSettings settings, DemoMode demo) {
        this(smtp.getIfAvailable() != null, devMailboxSetting(settings, demo));
    }

    MailSettings(boolean smtp, boolean devMailboxWanted) {
        this.smtp = smtp;
        this.devMailbox = !smtp && devMailboxWanted;
    }

    private static boolean devMailboxSetting(CocreaSettings settings, DemoMode demo) {
        Boolean explicit = settings.mail().devMailbox();
        return explicit == null ? demo.enabled() : explicit;
    }

    /** An SMTP server is configured. */
    public boolean smtp() {
        return smtp;
    }

    /** Mails are kept in the dev mailbox (no SMTP server, demo or development mode): every page says so. */
    public boolean devMailbox() {
        return devMailbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        if (devMailbox) {
            log.warn("DEV MAILBOX ON: no mail is sent; mails are kept at /admin/mailbox (demo or development mode)."
                    + " Configure SPRING_MAIL_HOST and set cocrea.mail.dev-mailbox=false before real people use"
                    + " this installation.");
        } else if (!smtp) {
            log.warn("No mail server configured (SPRING_MAIL_HOST): mails are queued in the database and sent once"
                    + " one is; /actuator/health shows how many wait.");
        }
    }
}
