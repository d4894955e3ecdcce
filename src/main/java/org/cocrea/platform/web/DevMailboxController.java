package org.cocrea.platform.web;

import java.security.Principal;
import java.util.List;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.mail.DevMail;
import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.platform.mail.MailSettings;
import org.cocrea.platform.mail.Secrets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Mails kept because no SMTP server is configured, in demo or development mode only (404 otherwise). The admin's
 * view lists every mail but masks the tokens of mails to other people, so an administrator cannot take over an
 * account with its reset link (issue 11, finding 4); each signed-in person reads their own mails, links included,
 * at /mailbox.
 */
@Controller
class DevMailboxController {
    private final DevMailbox mailbox;
    private final MailSettings settings;

    DevMailboxController(DevMailbox mailbox, MailSettings settings) {
        this.mailbox = mailbox;
        this.settings = settings;
    }

    @GetMapping("/admin/mailbox")
    String everyone(Principal viewer, Model model) {
        requireDevMailbox();
        List<DevMail> mails = mailbox.latest(100).stream()
                .map(mail -> mail.recipient().equalsIgnoreCase(viewer.getName())
                        ? mail
                        : new DevMail(
                                mail.id(),
                                mail.recipient(),
                                mail.subject(),
                                Secrets.mask(mail.body()),
                                mail.createdAt()))
                .toList();
        model.addAttribute("mails", mails);
        model.addAttribute("own", false);
        return "platform/mailbox";
    }

    @GetMapping("/mailbox")
    String own(Principal viewer, Model model) {
        requireDevMailbox();
        model.addAttribute(
                "mails", mailbox.to(viewer.getName()).stream().limit(100).toList());
        model.addAttribute("own", true);
        return "platform/mailbox";
    }

    private void requireDevMailbox() {
        if (!settings.devMailbox()) {
            throw new NotFound();
        }
    }
}
