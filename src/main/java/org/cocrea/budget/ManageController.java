package org.cocrea.budget;

import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.ballots.ManagePage;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budget's own part of the ballot tools' manage page (the page, settings, opening and closing are the
 * {@code ballots} module's skeleton): adding a project to a draft budget.
 */
@Controller
class ManageController {
    private final BudgetService service;
    private final BudgetTool tool;

    ManageController(BudgetService service, BudgetTool tool) {
        this.service = service;
        this.tool = tool;
    }

    @PostMapping("/budget/{id:\\d+}/projects")
    String project(
            @OpenTool(BudgetTool.ID) ToolAccess budget,
            @ModelAttribute ProjectForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return ManagePage.change(
                budget,
                response,
                redirect,
                "budget.project.added",
                () -> service.addProject(budget, form),
                errors -> tool.managePage(budget, model, null, form, errors));
    }
}
