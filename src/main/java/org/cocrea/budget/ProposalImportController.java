package org.cocrea.budget;

import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Import accepted proposals as projects", on the budget's manage page. */
@Controller
class ProposalImportController {
    private final ProposalImport importer;

    ProposalImportController(ProposalImport importer) {
        this.importer = importer;
    }

    @PostMapping("/budget/{id:\\d+}/import-proposals")
    String importProposals(@OpenTool(BudgetTool.ID) ToolAccess budget, RedirectAttributes redirect) {
        var outcome = importer.importAccepted(budget);
        String notice;
        if (outcome == null) {
            notice = "budget.import.locked";
        } else if (outcome.imported() == 0) {
            notice = outcome.skipped() == 0 ? "budget.import.none" : "budget.import.allSkipped";
        } else {
            notice = outcome.skipped() == 0 ? "budget.import.proposalsDone" : "budget.import.someSkipped";
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/budget/" + budget.id() + "/manage";
    }
}
