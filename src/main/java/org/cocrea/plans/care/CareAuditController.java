package org.cocrea.plans.care;

import java.util.Objects;
import org.cocrea.plans.privacy.AuditEntry;
import org.cocrea.platform.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Who accessed the needs, the diary, the ladder or the reviews: shown, like the plan's audit, to the citizen
 * and their proxies only; everyone else gets "not found". Reading the audit is itself audited.
 */
@Controller
class CareAuditController {
    private final CareAccess access;

    CareAuditController(CareAccess access) {
        this.access = access;
    }

    @GetMapping("/plans/{tool:needs|actions|ladder|review}/{id:\\d+}/audit")
    String show(@PathVariable String tool, @PathVariable long id, @OpenPlanTool CareAccess.Opened a, Model model) {
        if (a.side() != Side.CITIZEN) {
            throw new NotFound();
        }
        var entries = access.auditLog(a);
        model.addAttribute("initiative", a.initiative());
        model.addAttribute("back", "/plans/" + tool + "/" + id);
        model.addAttribute("toolName", "care." + tool + ".name");
        model.addAttribute("entries", entries);
        model.addAttribute(
                "names",
                access.names(entries.stream()
                        .map(AuditEntry::personId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList()));
        return "plans/care-audit";
    }
}
