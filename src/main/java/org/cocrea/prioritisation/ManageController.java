package org.cocrea.prioritisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.ballots.ManagePage;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facilitators' side on the ballot tools' manage page ({@link ManagePage}): question and rules, options. */
@Controller("voteManageController")
class ManageController {
    private final VoteService service;

    ManageController(VoteService service) {
        this.service = service;
    }

    @GetMapping("/vote/{id:\\d+}/manage")
    String manage(@OpenTool(VoteTool.ID) ToolAccess vote, Model model) {
        return page(vote, model, settings(vote), OptionForm.empty(), null);
    }

    @PostMapping("/vote/{id:\\d+}/settings")
    String settings(
            @OpenTool(VoteTool.ID) ToolAccess vote,
            @ModelAttribute SettingsForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Runnable save = () -> service.saveSettings(vote, form);
        return ManagePage.change(
                vote,
                response,
                redirect,
                "vote.settings.saved",
                save,
                errors -> page(vote, model, form, OptionForm.empty(), errors));
    }

    /** Adding an option, or removing one: the vote's own part of the manage page. */
    @PostMapping({"/vote/{id:\\d+}/options", "/vote/{id:\\d+}/options/{option:\\d+}/remove"})
    String option(
            @OpenTool(VoteTool.ID) ToolAccess vote,
            @PathVariable(required = false) Long option,
            @ModelAttribute OptionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Runnable change =
                option == null ? () -> service.addOption(vote, form) : () -> service.removeOption(vote, option);
        String notice = option == null ? "vote.option.added" : "vote.option.removed";
        var shown = option == null ? form : OptionForm.empty();
        return ManagePage.change(
                vote, response, redirect, notice, change, errors -> page(vote, model, settings(vote), shown, errors));
    }

    @PostMapping({"/vote/{id:\\d+}/open", "/vote/{id:\\d+}/close"})
    String step(
            @OpenTool(VoteTool.ID) ToolAccess vote,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean opens = ManagePage.opens(request);
        return ManagePage.change(
                vote,
                response,
                redirect,
                opens ? "vote.opened" : "vote.closed",
                opens ? "manage" : "results",
                opens ? () -> service.open(vote) : () -> service.close(vote),
                errors -> page(vote, model, settings(vote), OptionForm.empty(), errors));
    }

    private SettingsForm settings(ToolAccess vote) {
        return service.vote(vote.id()).map(SettingsForm::of).orElse(SettingsForm.empty());
    }

    private String page(
            ToolAccess access, Model model, SettingsForm settings, OptionForm option, BindingResult errors) {
        ManagePage.open(access, model);
        var vote = service.vote(access.id()).orElse(null);
        model.addAttribute("vote", vote);
        model.addAttribute("options", vote == null ? List.of() : service.options(vote));
        model.addAttribute("ballots", vote == null ? 0L : service.ballotCount(vote));
        model.addAttribute("stage", vote == null ? "none" : vote.stage(Lifecycle.now()));
        model.addAttribute("settings", settings);
        model.addAttribute("option", option);
        model.addAttribute("errors", errors);
        return "prioritisation/manage";
    }
}
