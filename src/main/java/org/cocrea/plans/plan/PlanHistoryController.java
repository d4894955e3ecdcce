package org.cocrea.plans.plan;

import java.util.HashSet;
import org.cocrea.plans.care.OpenPlanTool;
import org.cocrea.plans.privacy.AuditRepository;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Every version of a plan, a page at a time: years of history never load at once. */
@Controller
class PlanHistoryController {
    static final int PAGE_SIZE = 50;

    private final PlanService plans;
    private final PlanRepository versions;
    private final AuditRepository audit;

    PlanHistoryController(PlanService plans, PlanRepository versions, AuditRepository audit) {
        this.plans = plans;
        this.versions = versions;
        this.audit = audit;
    }

    @GetMapping("/plans/{id:\\d+}/history")
    @Transactional
    String history(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") String page,
            @AuthenticationPrincipal SignedInPerson me,
            @OpenPlanTool(PlanTool.ID) PlanService.Access a,
            Model model) {
        int number = page(page);
        audit.record(a.id(), me.personId(), "history.read", "page " + number, a.from());
        int total = versions.latestNumber(a.id());
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        number = Math.min(number, pages);
        var list = versions.history(a.id(), PAGE_SIZE, (number - 1) * PAGE_SIZE);
        var signatures = versions.signedVersions(a.id());
        var ids = new HashSet<Long>();
        list.forEach(v -> {
            if (v.authorId() != null) {
                ids.add(v.authorId());
            }
        });
        model.addAttribute(
                "page", new HistoryPage(a.initiative(), a.id(), list, signatures, plans.names(ids), number, pages));
        return "plans/history";
    }

    /** Anything that is not a page number shows the first page rather than an error. */
    static int page(String text) {
        try {
            return Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
