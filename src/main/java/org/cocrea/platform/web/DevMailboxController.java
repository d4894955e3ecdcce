package org.cocrea.platform.web;

import org.cocrea.platform.mail.DevMailbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's view of mails that were not sent because no SMTP server is configured. */
@Controller
class DevMailboxController {
    private final DevMailbox mailbox;

    DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/admin/mailbox")
    String mailbox(Model model) {
        model.addAttribute("mails", mailbox.latest(100));
        return "platform/mailbox";
    }
}
