package org.cocrea.budget;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Import accepted ideas as projects", on the budget's manage page. The route says "ideas", the tool's name (ADR 7);
 * its first name, {@code import-proposals}, answers 308 so that a manage page still open in a browser sends its form
 * to the new address.
 */
@Controller
class IdeaImportController {
    private final IdeaImport importer;

    IdeaImportController(IdeaImport importer) {
        this.importer = importer;
    }

    @PostMapping("/budget/{id:\\d+}/import-ideas")
    String importIdeas(@OpenTool(BudgetTool.ID) ToolAccess budget, RedirectAttributes redirect) {
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

    @PostMapping("/budget/{id:\\d+}/import-proposals")
    ResponseEntity<Void> oldAddress(@OpenTool(BudgetTool.ID) ToolAccess budget, HttpServletRequest request) {
        // opened as every budget route is, so an unknown or unreadable budget is not found here either
        return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
                .location(URI.create(request.getContextPath() + "/budget/" + budget.id() + "/import-ideas"))
                .build();
    }
}
