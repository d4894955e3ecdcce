package org.cocrea.platform.web;

import org.cocrea.platform.Backups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's backup page: an online backup of the embedded database, or how to back up PostgreSQL. */
@Controller
class BackupController {
    private static final Logger log = LoggerFactory.getLogger(BackupController.class);
    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping("/admin/backup")
    String page(Model model) throws java.io.IOException {
        model.addAttribute("embedded", backups.embedded());
        model.addAttribute(
                "files",
                backups.list().stream().map(p -> p.toAbsolutePath().toString()).toList());
        return "platform/backup";
    }

    @PostMapping("/admin/backup")
    String backUp(RedirectAttributes redirect) {
        try {
            var file = backups.backUp();
            log.info("Backup written to {}", file.toAbsolutePath());
            redirect.addFlashAttribute("notice", "backup.done");
        } catch (Exception e) {
            log.error("Backup failed: {}", e.getMessage());
            redirect.addFlashAttribute("notice", "backup.failed");
        }
        return "redirect:/admin/backup";
    }
}
