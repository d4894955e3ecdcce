package org.cocrea.vote;

import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.ballots.ManagePage;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vote's own part of the ballot tools' manage page (the page, settings, opening and closing are the
 * {@code ballots} module's skeleton): adding an option to a draft vote, or removing one.
 */
@Controller("voteManageController")
class ManageController {
    private final VoteTool tool;
    private final VoteService service;

    ManageController(VoteTool tool, VoteService service) {
        this.tool = tool;
        this.service = service;
    }

    @PostMapping({"/vote/{id:\\d+}/options", "/vote/{id:\\d+}/options/{option:\\d+}/remove"})
    String option(
            @OpenTool(VoteTool.ID) ToolAccess vote,
            @PathVariable(required = false) Long option,
            @ModelAttribute OptionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean adding = option == null;
        Runnable change = adding ? () -> service.addOption(vote, form) : () -> service.removeOption(vote, option);
        var shown = adding ? form : OptionForm.empty();
        return ManagePage.change(
                vote,
                response,
                redirect,
                adding ? "vote.option.added" : "vote.option.removed",
                change,
                errors -> tool.managePage(vote, model, null, shown, errors));
    }
}
