package org.cocrea.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import org.cocrea.ballots.ManagePage;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Images;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budget's own part of the ballot tools' manage page (the page, settings, opening and closing are the
 * {@code ballots} module's skeleton): adding a project to a draft budget.
 */
@Controller
class ManageController {
    private final BudgetService service;
    private final BudgetTool tool;
    private final ProjectImages images;

    ManageController(BudgetService service, BudgetTool tool, ProjectImages images) {
        this.images = images;
        this.service = service;
        this.tool = tool;
    }

    @PostMapping("/budget/{id:\\d+}/projects")
    String project(
            @OpenTool(BudgetTool.ID) ToolAccess budget,
            @ModelAttribute ProjectForm form,
            @RequestParam(name = Images.FILE, required = false) MultipartFile image,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return ManagePage.change(
                budget,
                response,
                redirect,
                "budget.project.added",
                () -> {
                    var imageProblems = new ArrayList<Refused.Problem>();
                    var upload = images.images().check(image, form.imageAlt(), imageProblems);
                    service.addProject(budget, form, upload, imageProblems);
                },
                errors -> tool.managePage(budget, model, null, form, errors));
    }
}
