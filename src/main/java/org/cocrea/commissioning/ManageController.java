package org.cocrea.commissioning;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cocrea.ballots.ManagePage;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facilitators' side on the ballot tools' manage page ({@link ManagePage}): settings, projects, open, close. */
@Controller
class ManageController {
    private final BudgetService service;

    ManageController(BudgetService service) {
        this.service = service;
    }

    @GetMapping("/budget/{id:\\d+}/manage")
    String manage(@OpenTool(BudgetTool.ID) ToolAccess budget, Model model) {
        return page(budget, model, settings(budget), ProjectForm.empty(), null);
    }

    @PostMapping("/budget/{id:\\d+}/settings")
    String settings(
            @OpenTool(BudgetTool.ID) ToolAccess budget,
            @ModelAttribute SettingsForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return ManagePage.change(
                budget,
                response,
                redirect,
                "budget.settings.saved",
                () -> service.saveSettings(budget, form),
                errors -> page(budget, model, form, ProjectForm.empty(), errors));
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
                errors -> page(budget, model, settings(budget), form, errors));
    }

    /** Opening and closing: the ballot tools' lifecycle, for the budget. */
    @PostMapping({"/budget/{id:\\d+}/open", "/budget/{id:\\d+}/close"})
    String step(
            @OpenTool(BudgetTool.ID) ToolAccess budget,
            jakarta.servlet.http.HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean open = ManagePage.opens(request);
        Runnable step = open ? () -> service.open(budget) : () -> service.close(budget);
        return ManagePage.change(
                budget,
                response,
                redirect,
                open ? "budget.opened" : "budget.closed",
                open ? "manage" : "results",
                step,
                errors -> page(budget, model, settings(budget), ProjectForm.empty(), errors));
    }

    private SettingsForm settings(ToolAccess budget) {
        return service.budget(budget.id()).map(SettingsForm::of).orElse(SettingsForm.empty());
    }

    /** The manage page showing the problems of a form handled elsewhere (the Pabulib import). */
    String withProblems(ToolAccess budget, Model model, BindingResult errors) {
        return page(budget, model, settings(budget), ProjectForm.empty(), errors);
    }

    private String page(
            ToolAccess access, Model model, SettingsForm settings, ProjectForm project, BindingResult errors) {
        ManagePage.open(access, model);
        var budget = service.budget(access.id()).orElse(null);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", budget == null ? List.of() : service.projects(budget));
        model.addAttribute("ballots", budget == null ? 0L : service.ballotCount(budget));
        model.addAttribute("settings", settings);
        model.addAttribute("project", project);
        model.addAttribute("errors", errors);
        return "commissioning/manage";
    }
}
