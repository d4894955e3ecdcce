package org.cocrea.prioritisation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facilitators' side: question and rules, options, opening and closing. */
@Controller("voteManageController")
class ManageController {
    private final VoteController votes;
    private final VoteService service;

    ManageController(VoteController votes, VoteService service) {
        this.votes = votes;
        this.service = service;
    }

    @GetMapping("/vote/{id:\\d+}/manage")
    String manage(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(id, me, model, settings(id), OptionForm.empty(), null);
    }

    @PostMapping("/vote/{id:\\d+}/settings")
    String settings(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute SettingsForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        votes.visible(id, me);
        var problems = service.saveSettings(me, id, form);
        return done(id, me, model, response, redirect, problems, form, OptionForm.empty(), "vote.settings.saved");
    }

    @PostMapping("/vote/{id:\\d+}/options")
    String option(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute OptionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        votes.visible(id, me);
        var problems = service.addOption(me, id, form);
        return done(id, me, model, response, redirect, problems, settings(id), form, "vote.option.added");
    }

    @PostMapping("/vote/{id:\\d+}/options/{option:\\d+}/remove")
    String removeOption(
            @PathVariable long id,
            @PathVariable long option,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        votes.visible(id, me);
        var problems = service.removeOption(me, id, option);
        return done(
                id, me, model, response, redirect, problems, settings(id), OptionForm.empty(), "vote.option.removed");
    }

    @PostMapping("/vote/{id:\\d+}/open")
    String open(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        votes.visible(id, me);
        var problems = service.open(me, id);
        return done(id, me, model, response, redirect, problems, settings(id), OptionForm.empty(), "vote.opened");
    }

    @PostMapping("/vote/{id:\\d+}/close")
    String close(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        votes.visible(id, me);
        var problems = service.close(me, id);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", "vote.closed");
            return "redirect:/vote/" + id + "/results";
        }
        return done(id, me, model, response, redirect, problems, settings(id), OptionForm.empty(), "vote.closed");
    }

    private SettingsForm settings(long id) {
        return service.vote(id).map(SettingsForm::of).orElse(SettingsForm.empty());
    }

    private String done(
            long id,
            SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            List<Problem> problems,
            SettingsForm settings,
            OptionForm option,
            String notice) {
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/vote/" + id + "/manage";
        }
        response.setStatus(422);
        return page(id, me, model, settings, option, VoteController.errors(problems));
    }

    private String page(
            long id, SignedInPerson me, Model model, SettingsForm settings, OptionForm option, BindingResult errors) {
        var instance = votes.instance(id);
        var initiative = votes.visible(instance, me);
        model.addAttribute("initiative", initiative);
        model.addAttribute("instance", instance);
        if (!VoteService.manages(initiative, service.role(initiative, me))) {
            throw new AccessDeniedException("not a facilitator of this vote");
        }
        var vote = service.vote(id).orElse(null);
        model.addAttribute("vote", vote);
        model.addAttribute("options", vote == null ? List.of() : service.options(vote));
        model.addAttribute("ballots", vote == null ? 0L : service.ballotCount(vote));
        model.addAttribute("stage", vote == null ? "none" : vote.stage(VoteService.now()));
        model.addAttribute("settings", settings);
        model.addAttribute("option", option);
        model.addAttribute("errors", errors);
        return "prioritisation/manage";
    }
}
