package org.cocrea.commissioning;

import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Import accepted proposals as projects", on the budget's manage page. */
@Controller
class ProposalImportController {
    private final BudgetController budgets;
    private final ProposalImport importer;

    ProposalImportController(BudgetController budgets, ProposalImport importer) {
        this.budgets = budgets;
        this.importer = importer;
    }

    @PostMapping("/budget/{id:\\d+}/import-proposals")
    String importProposals(
            @PathVariable long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        budgets.visible(id, me);
        var outcome = importer.importAccepted(me, id);
        String notice;
        if (outcome == null) {
            notice = "budget.import.locked";
        } else if (outcome.imported() == 0) {
            notice = outcome.skipped() == 0 ? "budget.import.none" : "budget.import.allSkipped";
        } else {
            notice = outcome.skipped() == 0 ? "budget.import.proposalsDone" : "budget.import.someSkipped";
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/budget/" + id + "/manage";
    }
}
