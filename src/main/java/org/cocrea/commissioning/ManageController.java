package org.cocrea.commissioning;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facilitators' side: settings, projects, opening and closing the vote. */
@Controller
class ManageController {
    private final BudgetController budgets;
    private final BudgetService service;

    ManageController(BudgetController budgets, BudgetService service) {
        this.budgets = budgets;
        this.service = service;
    }

    @GetMapping("/budget/{id:\\d+}/manage")
    String manage(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var budget = service.budget(id);
        return page(
                id, me, model, budget.map(SettingsForm::of).orElse(SettingsForm.empty()), ProjectForm.empty(), null);
    }

    @PostMapping("/budget/{id:\\d+}/settings")
    String settings(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute SettingsForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        budgets.visible(id, me);
        var problems = service.saveSettings(me, id, form);
        return done(id, me, model, response, redirect, problems, form, ProjectForm.empty(), "budget.settings.saved");
    }

    @PostMapping("/budget/{id:\\d+}/projects")
    String project(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute ProjectForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        budgets.visible(id, me);
        var problems = service.addProject(me, id, form);
        var settings = service.budget(id).map(SettingsForm::of).orElse(SettingsForm.empty());
        return done(id, me, model, response, redirect, problems, settings, form, "budget.project.added");
    }

    @PostMapping("/budget/{id:\\d+}/open")
    String open(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        budgets.visible(id, me);
        var problems = service.open(me, id).stream().toList();
        var settings = service.budget(id).map(SettingsForm::of).orElse(SettingsForm.empty());
        return done(id, me, model, response, redirect, problems, settings, ProjectForm.empty(), "budget.opened");
    }

    @PostMapping("/budget/{id:\\d+}/close")
    String close(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        budgets.visible(id, me);
        var problems = service.close(me, id).stream().toList();
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", "budget.closed");
            return "redirect:/budget/" + id + "/results";
        }
        var settings = service.budget(id).map(SettingsForm::of).orElse(SettingsForm.empty());
        return done(id, me, model, response, redirect, problems, settings, ProjectForm.empty(), "budget.closed");
    }

    /** The manage page showing problems of a form handled elsewhere (the Pabulib import). */
    String withProblems(long id, SignedInPerson me, Model model, List<Problem> problems) {
        var settings = service.budget(id).map(SettingsForm::of).orElse(SettingsForm.empty());
        return page(id, me, model, settings, ProjectForm.empty(), BudgetController.errors(problems));
    }

    private String done(
            long id,
            SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            List<Problem> problems,
            SettingsForm settings,
            ProjectForm project,
            String notice) {
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/budget/" + id + "/manage";
        }
        response.setStatus(422);
        return page(id, me, model, settings, project, BudgetController.errors(problems));
    }

    private String page(
            long id, SignedInPerson me, Model model, SettingsForm settings, ProjectForm project, BindingResult errors) {
        var access = budgets.managing(id, me);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        var budget = service.budget(id).orElse(null);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", budget == null ? List.of() : service.projects(budget));
        model.addAttribute("ballots", budget == null ? 0L : service.ballotCount(budget));
        model.addAttribute("settings", settings);
        model.addAttribute("project", project);
        model.addAttribute("errors", errors);
        return "commissioning/manage";
    }
}
